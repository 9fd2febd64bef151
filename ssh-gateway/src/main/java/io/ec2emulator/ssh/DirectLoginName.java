package io.ec2emulator.ssh;

import java.util.Optional;

/**
 * The user name of a direct login on the gateway port: {@code <OS user>+<instance>}, where the instance
 * is named by its id, its public IPv4 address or its public DNS name, for example
 * {@code ssh -p 2222 ec2-user+i-0123456789abcdef0@127.0.0.1}. A name without {@code +} is a jump-host
 * login ({@code ssh -J}), which only forwards connections.
 */
public record DirectLoginName(String user, String instance) {

    /** The separator between the OS user and the instance. */
    public static final char SEPARATOR = '+';

    public static Optional<DirectLoginName> parse(String username) {
        int at = username.indexOf(SEPARATOR);
        if (at <= 0 || at == username.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(new DirectLoginName(username.substring(0, at), username.substring(at + 1)));
    }
}
