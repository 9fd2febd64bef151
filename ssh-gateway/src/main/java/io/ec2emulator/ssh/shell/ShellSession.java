package io.ec2emulator.ssh.shell;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The state of one shell session: who runs it, the working directory, the variables, the last exit
 * status, and whether {@code exit} was called.
 */
public final class ShellSession {

    /** How the session reads commands; decides bash's error prefix. */
    public enum Mode {
        /** A terminal: errors read {@code -bash: …}. */
        INTERACTIVE,
        /** Commands from standard input without a terminal: {@code bash: line N: …}. */
        SCRIPT,
        /** {@code ssh host 'command'}: {@code bash: line 1: …}. */
        EXEC
    }

    private final InstanceContext context;
    private final OsProfile profile;
    private final Mode mode;
    private final String user;
    private final Map<String, String> variables = new LinkedHashMap<>();
    private String cwd;
    private int lastStatus;
    private int lineNumber = 1;
    private Integer exitStatus;

    public ShellSession(InstanceContext context, Mode mode) {
        this.context = context;
        this.profile = OsProfiles.of(context.osRelease());
        this.mode = mode;
        this.user = context.osUser();
        this.cwd = context.homeOf(user);
        variables.put("HOME", cwd);
        variables.put("USER", user);
        variables.put("LOGNAME", user);
        variables.put("SHELL", "/bin/bash");
        variables.put("PATH", "/home/" + user + "/.local/bin:/home/" + user
                + "/bin:/usr/local/bin:/usr/bin:/usr/local/sbin:/usr/sbin");
        variables.put("HOSTNAME", KernelNames.hostname(profile, context));
        variables.put("PWD", cwd);
    }

    public InstanceContext context() {
        return context;
    }

    public OsProfile profile() {
        return profile;
    }

    public Mode mode() {
        return mode;
    }

    /** The logged-in user (commands under {@code sudo} run as root, the session stays this user's). */
    public String user() {
        return user;
    }

    public String home() {
        return variables.get("HOME");
    }

    public String cwd() {
        return cwd;
    }

    /** Changes the working directory, keeping {@code PWD} and {@code OLDPWD} as bash does. */
    public void changeDirectory(String path) {
        variables.put("OLDPWD", cwd);
        cwd = path;
        variables.put("PWD", path);
    }

    /** A variable's value, or null; {@code ?} is the last exit status. */
    public String variable(String name) {
        return name.equals("?") ? String.valueOf(lastStatus) : variables.get(name);
    }

    public int lastStatus() {
        return lastStatus;
    }

    public void lastStatus(int status) {
        this.lastStatus = status;
    }

    /** Counts the lines a script session has read (for {@code bash: line N:} messages). */
    public void nextLine() {
        lineNumber++;
    }

    /** What bash puts before its own messages: {@code -bash: } in a terminal, {@code bash: line N: } otherwise. */
    public String errorPrefix() {
        return mode == Mode.INTERACTIVE ? "-bash: " : "bash: line " + lineNumber + ": ";
    }

    /** Ends the session with {@code status} once the current line is done. */
    public void exit(int status) {
        exitStatus = status;
    }

    public boolean exited() {
        return exitStatus != null;
    }

    /** The status the session ended with; {@link #lastStatus()} if it has not called {@code exit}. */
    public int exitStatus() {
        return exitStatus == null ? lastStatus : exitStatus;
    }
}
