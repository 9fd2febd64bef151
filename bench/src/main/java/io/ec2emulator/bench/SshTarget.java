package io.ec2emulator.bench;

import java.nio.file.Path;

/**
 * One emulated instance the SSH benchmark logs in to.
 *
 * @param gatewayPort  the port of the emulator's SSH gateway on 127.0.0.1
 * @param keyFile      the launch key pair's OpenSSH private key (ed25519), mode 600
 * @param instanceId   the instance's id
 * @param publicIp     the public IPv4 address DescribeInstances reports
 * @param osUser       the image's default user
 */
public record SshTarget(int gatewayPort, Path keyFile, String instanceId, String publicIp, String osUser) {

    /** The direct-login user name: {@code ec2-user+i-0123...}. */
    public String directUser() {
        return osUser + "+" + instanceId;
    }
}
