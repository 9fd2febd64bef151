package io.ec2emulator.ssh;

/**
 * A TCP connection the gateway forwarded to an instance's SSH server: to which instance and from where.
 * The instance's SSH server learns it from {@link HopTable} when the connection arrives.
 */
public record Hop(InstanceRef target, Origin origin) {
}
