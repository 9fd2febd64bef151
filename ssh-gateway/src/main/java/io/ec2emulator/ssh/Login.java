package io.ec2emulator.ssh;

import org.apache.sshd.common.AttributeRepository.AttributeKey;

/**
 * Who a session is logged in as, on which instance: kept as an attribute of the SSH session once
 * public-key authentication succeeds.
 *
 * @param instance the instance
 * @param user     the login user: the image's OS user, or {@code root} (whose session only gets a notice)
 */
public record Login(InstanceRef instance, String user) {

    /** The session attribute holding a session's login. */
    public static final AttributeKey<Login> KEY = new AttributeKey<>();
}
