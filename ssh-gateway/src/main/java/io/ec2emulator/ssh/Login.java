package io.ec2emulator.ssh;

import org.apache.sshd.common.AttributeRepository.AttributeKey;

/**
 * Who a session is logged in as, on which instance: kept as an attribute of the SSH session once
 * public-key authentication succeeds.
 *
 * @param instance the instance
 * @param user     the login user: the image's OS user, or {@code root}
 * @param asRoot   whether this is a {@code root} login that Amazon's images answer with a notice only
 * @param osUser   the image's OS default user, named in the notice
 */
public record Login(InstanceRef instance, String user, boolean asRoot, String osUser) {

    /** The session attribute holding a session's login. */
    public static final AttributeKey<Login> KEY = new AttributeKey<>();
}
