package io.ec2emulator.bench;

/**
 * The phases of one SSH login, in nanoseconds from {@code System.nanoTime()} differences; a phase that was not
 * observed is {@code -1}.
 *
 * @param total    from just before the TCP connect to the end of the login (closed, or prompt seen)
 * @param connect  TCP connect and the SSH session object (identification strings not yet exchanged)
 * @param kex      from connected to the new keys taken into use (version exchange and key exchange)
 * @param auth     from the new keys to authentication done (public key: one signature and its check)
 * @param work     from authenticated to the command's channel closed, or to the shell's prompt
 * @param close    the session's graceful close
 */
public record LoginTiming(long total, long connect, long kex, long auth, long work, long close) {

    /** The phase names, in the order {@link #phase(int)} returns them. */
    public static final String[] PHASES = {"connect", "kex", "auth", "exec/shell", "close"};

    /** One phase by its index in {@link #PHASES}. */
    public long phase(int index) {
        return switch (index) {
            case 0 -> connect;
            case 1 -> kex;
            case 2 -> auth;
            case 3 -> work;
            case 4 -> close;
            default -> throw new IllegalArgumentException("no phase " + index);
        };
    }
}
