package io.ec2emulator.core.reachability;

/**
 * The answer to "can this TCP connection be made?": reachable, or blocked by one named component
 * (an instance, a route table, an internet gateway, a network ACL, security groups) with the reason
 * in words, e.g. {@code security group sg-0123 has no inbound rule for tcp/22 from 198.51.100.7}.
 *
 * @param blockedBy the id of the component that stops the connection; null when reachable
 * @param reason    why it is blocked; null when reachable
 */
public record Verdict(boolean reachable, String blockedBy, String reason) {

    static Verdict open() {
        return new Verdict(true, null, null);
    }

    static Verdict blocked(String component, String reason) {
        return new Verdict(false, component, reason);
    }

    @Override
    public String toString() {
        return reachable ? "reachable" : reason;
    }
}
