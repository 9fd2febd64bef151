package io.ec2emulator.ssh.shell;

/** One command of the emulated shell, for example {@code ls}; the {@link CommandTable} names them. */
public interface ShellCommand {

    /** Runs the command; returns its exit status. Output goes to {@link Invocation#out()} and {@link Invocation#err()}. */
    int run(Invocation call);

    /**
     * Whether this is a shell builtin with no program behind it ({@code cd}, {@code exit}): {@code sudo}
     * cannot run it.
     */
    default boolean builtinOnly() {
        return false;
    }
}
