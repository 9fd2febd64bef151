package io.ec2emulator.ssh;

/** Where a connection to an instance comes from, as the network model sees it. */
public sealed interface Origin {

    /** A client on the internet with this IPv4 address (the gateway's configured client address). */
    record Internet(String clientAddress) implements Origin {
        @Override
        public String toString() {
            return clientAddress;
        }
    }

    /** An SSH session on another instance, e.g. a bastion host. */
    record Instance(InstanceRef source) implements Origin {
        @Override
        public String toString() {
            return source.instanceId();
        }
    }
}
