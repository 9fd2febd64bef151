package io.ec2emulator.ssh.shell;

import java.util.List;

/**
 * One run of a command: its name and arguments, the user it runs as, the files, the session, and where
 * its output goes.
 */
public final class Invocation {

    private final String name;
    private final List<String> args;
    private final ShellSession session;
    private final VirtualFileSystem files;
    private final Access access;
    private final CommandTable table;
    private final StringBuilder out;
    private final StringBuilder err;
    private final int terminalColumns;

    public Invocation(String name, List<String> args, ShellSession session, VirtualFileSystem files, Access access,
                      CommandTable table, StringBuilder out, StringBuilder err, int terminalColumns) {
        this.name = name;
        this.args = List.copyOf(args);
        this.session = session;
        this.files = files;
        this.access = access;
        this.table = table;
        this.out = out;
        this.err = err;
        this.terminalColumns = terminalColumns;
    }

    /** The same output and session, another command, run as {@code user} (for {@code sudo}). */
    public Invocation as(String user, String otherName, List<String> otherArgs) {
        return new Invocation(otherName, otherArgs, session, files, new Access(user, files), table, out, err,
                terminalColumns);
    }

    public String name() {
        return name;
    }

    public List<String> args() {
        return args;
    }

    public ShellSession session() {
        return session;
    }

    public InstanceContext context() {
        return session.context();
    }

    public OsProfile profile() {
        return session.profile();
    }

    public VirtualFileSystem files() {
        return files;
    }

    public Access access() {
        return access;
    }

    /** The user the command runs as ({@code root} under {@code sudo}). */
    public String user() {
        return access.user();
    }

    public CommandTable table() {
        return table;
    }

    /** The terminal's width when standard output is a terminal; 0 when it is not (a pipe, a file). */
    public int terminalColumns() {
        return terminalColumns;
    }

    public StringBuilder out() {
        return out;
    }

    public StringBuilder err() {
        return err;
    }

    /** {@code path} as an absolute path, from the working directory. */
    public String resolve(String path) {
        return ShellPaths.resolve(session.cwd(), path);
    }

    /** Prints a line on standard output. */
    public void println(String line) {
        out.append(line).append('\n');
    }

    /** Prints {@code name: message} on standard error, as coreutils do; returns {@code status}. */
    public int fail(int status, String message) {
        err.append(name).append(": ").append(message).append('\n');
        return status;
    }

    /** coreutils' answer to a bad option or operand: the message, then the {@code --help} hint; status 1. */
    public int usage(String message) {
        fail(1, message);
        err.append("Try '").append(name).append(" --help' for more information.\n");
        return 1;
    }

    /** A builtin's error, with bash's prefix: {@code -bash: cd: message}; returns {@code status}. */
    public int builtinFail(int status, String message) {
        err.append(session.errorPrefix()).append(name).append(": ").append(message).append('\n');
        return status;
    }

    /** {@code 'text'} as coreutils quote file names in messages. */
    public static String quote(String text) {
        return "'" + text + "'";
    }
}
