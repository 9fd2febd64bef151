package io.ec2emulator.ssh.shell;

import java.util.ArrayDeque;
import java.util.Deque;
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
    /** A shell started inside the session ({@code sudo -i}), and what to go back to when it exits. */
    private record Nested(String user, String cwd, Map<String, String> variables, boolean login) {
    }

    private String user;
    private Map<String, String> variables = new LinkedHashMap<>();
    private final Deque<Nested> outer = new ArrayDeque<>();
    private boolean login = true;
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

    /**
     * The user of the current shell: the logged-in user, or root inside {@code sudo -i} (a single command
     * under {@code sudo} runs as root without changing this).
     */
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

    /**
     * Starts a root shell inside this one ({@code sudo -i} with {@code login}: in root's home; {@code sudo -s}:
     * where it is); {@link #exit} returns from it.
     */
    public void enterRootShell(boolean loginShell) {
        outer.push(new Nested(user, cwd, variables, login));
        variables = new LinkedHashMap<>(variables);
        user = "root";
        login = loginShell;
        variables.put("HOME", "/root");
        variables.put("USER", "root");
        variables.put("LOGNAME", "root");
        variables.put("PATH", "/root/.local/bin:/root/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin");
        if (loginShell) {
            changeDirectory("/root");
        }
    }

    /** Whether the current shell is a login shell (its {@code exit} says {@code logout}). */
    public boolean loginShell() {
        return login;
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

    /**
     * What bash puts before its own messages: {@code -bash: } in a login shell on a terminal, {@code bash: }
     * in another shell there, {@code bash: line N: } when reading commands from elsewhere.
     */
    public String errorPrefix() {
        if (mode != Mode.INTERACTIVE) {
            return "bash: line " + lineNumber + ": ";
        }
        return login ? "-bash: " : "bash: ";
    }

    /**
     * Ends the current shell with {@code status}: back to the outer one after {@code sudo -i}, else the
     * session ends once the current line is done.
     */
    public void exit(int status) {
        Nested back = outer.poll();
        if (back == null) {
            exitStatus = status;
            return;
        }
        user = back.user();
        cwd = back.cwd();
        variables = back.variables();
        login = back.login();
        lastStatus = status;
    }

    public boolean exited() {
        return exitStatus != null;
    }

    /** The status the session ended with; {@link #lastStatus()} if it has not called {@code exit}. */
    public int exitStatus() {
        return exitStatus == null ? lastStatus : exitStatus;
    }
}
