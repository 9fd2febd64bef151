package io.ec2emulator.ssh.shell.parse;

/** A command line bash would refuse; the message is bash's, without its {@code -bash: } prefix. */
public final class SyntaxError extends Exception {

    private static final long serialVersionUID = 1L;

    public SyntaxError(String message) {
        super(message);
    }
}
