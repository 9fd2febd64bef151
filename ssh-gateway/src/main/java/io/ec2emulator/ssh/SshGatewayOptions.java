package io.ec2emulator.ssh;

import java.time.Duration;

/**
 * How the SSH gateway listens and behaves.
 *
 * @param bindAddress    the address the gateway listens on ({@code 127.0.0.1} by default)
 * @param port           its port ({@code 2222} by default; 0 picks a free one)
 * @param clientAddress  the IPv4 address the network model gives clients on the internet, which security
 *                       groups and network ACLs are checked against
 * @param droppedTimeout how long a connection the network drops hangs before the gateway gives up
 */
public record SshGatewayOptions(String bindAddress, int port, String clientAddress, Duration droppedTimeout) {

    public static final String DEFAULT_BIND = "127.0.0.1";
    public static final int DEFAULT_PORT = 2222;
    /** An address from TEST-NET-3 (RFC 5737): never a real client, never in the emulator's public pool. */
    public static final String DEFAULT_CLIENT_ADDRESS = "203.0.113.10";
    public static final Duration DEFAULT_DROPPED_TIMEOUT = Duration.ofSeconds(20);

    public SshGatewayOptions {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("SSH port must be 0-65535: " + port);
        }
        if (!InstanceDirectory.isIpv4(clientAddress)) {
            throw new IllegalArgumentException("client address must be an IPv4 address: " + clientAddress);
        }
        if (droppedTimeout.isNegative()) {
            throw new IllegalArgumentException("dropped-connection timeout must not be negative: " + droppedTimeout);
        }
    }

    public static SshGatewayOptions defaults() {
        return new SshGatewayOptions(DEFAULT_BIND, DEFAULT_PORT, DEFAULT_CLIENT_ADDRESS, DEFAULT_DROPPED_TIMEOUT);
    }

    public SshGatewayOptions withPort(int value) {
        return new SshGatewayOptions(bindAddress, value, clientAddress, droppedTimeout);
    }

    public SshGatewayOptions withDroppedTimeout(Duration value) {
        return new SshGatewayOptions(bindAddress, port, clientAddress, value);
    }

    public SshGatewayOptions withClientAddress(String value) {
        return new SshGatewayOptions(bindAddress, port, value, droppedTimeout);
    }
}
