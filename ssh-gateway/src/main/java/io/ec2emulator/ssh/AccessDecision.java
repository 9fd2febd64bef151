package io.ec2emulator.ssh;

/**
 * What a client sees when it opens a TCP connection to an instance's port, as the network model decides.
 *
 * @param outcome how the connection ends
 * @param reason  why, in one line, for the log; null when it connects
 */
public record AccessDecision(Outcome outcome, String reason) {

    /** How a TCP connection attempt ends. */
    public enum Outcome {
        /** The connection is made to the instance's SSH server. */
        CONNECTED,
        /** Nothing listens on the port (a Windows instance, a port other than 22): refused at once. */
        REFUSED,
        /** A security group, ACL or route drops the packets, or the instance is off: it hangs until a timeout. */
        DROPPED,
        /** The address is not one of the emulator's instances. */
        UNKNOWN
    }

    static AccessDecision connected() {
        return new AccessDecision(Outcome.CONNECTED, null);
    }

    static AccessDecision refused(String reason) {
        return new AccessDecision(Outcome.REFUSED, reason);
    }

    static AccessDecision dropped(String reason) {
        return new AccessDecision(Outcome.DROPPED, reason);
    }

    static AccessDecision unknown(String reason) {
        return new AccessDecision(Outcome.UNKNOWN, reason);
    }
}
