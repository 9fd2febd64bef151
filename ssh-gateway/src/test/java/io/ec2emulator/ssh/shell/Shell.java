package io.ec2emulator.ssh.shell;

/** Runs command lines in one session of an instance and keeps what they printed; for tests. */
final class Shell {

    /** What one command line did. */
    record Result(String out, String err, int status) {
    }

    private final Interpreter interpreter;

    Shell(InstanceContext context, ShellSession.Mode mode) {
        interpreter = new Interpreter(new ShellSession(context, mode), CommandTable.standard());
        interpreter.prepareFiles();
    }

    /** A {@code ssh host 'command'} session. */
    static Shell exec(InstanceContext context) {
        return new Shell(context, ShellSession.Mode.EXEC);
    }

    /** An interactive session (errors read {@code -bash: …}), output not to a terminal. */
    static Shell interactive(InstanceContext context) {
        return new Shell(context, ShellSession.Mode.INTERACTIVE);
    }

    Result run(String line) {
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        int status = interpreter.run(line, out, err, 0);
        return new Result(out.toString(), err.toString(), status);
    }

    /** Standard output of a line that must succeed silently on standard error. */
    String out(String line) {
        Result result = run(line);
        if (result.status() != 0 || !result.err().isEmpty()) {
            throw new AssertionError(line + " failed with " + result);
        }
        return result.out();
    }

    ShellSession session() {
        return interpreter.session();
    }
}
