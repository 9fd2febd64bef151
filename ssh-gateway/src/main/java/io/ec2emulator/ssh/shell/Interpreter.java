package io.ec2emulator.ssh.shell;

import io.ec2emulator.core.filesystems.FileEntry;
import io.ec2emulator.ssh.shell.parse.CommandLineParser;
import io.ec2emulator.ssh.shell.parse.Redirect;
import io.ec2emulator.ssh.shell.parse.Step;
import io.ec2emulator.ssh.shell.parse.SyntaxError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs command lines in a session: parses them, expands each command's words, applies its output
 * redirections and runs it from the {@link CommandTable}. Each command runs alone on the instance's
 * files ({@link FileSystemStore#alone}) and its changes are stored in that same step.
 */
public final class Interpreter {

    /** An opened output redirection: where the command's stream goes. */
    private record OpenedRedirect(int stream, String path, StringBuilder text) {
    }

    private final ShellSession session;
    private final CommandTable table;
    private final Expander expander;

    public Interpreter(ShellSession session, CommandTable table) {
        this.session = session;
        this.table = table;
        this.expander = new Expander(session);
    }

    public ShellSession session() {
        return session;
    }

    /** Creates the instance's files from the image's base content if this is its first session. */
    public void prepareFiles() {
        FileSystemStore store = session.context().files();
        store.alone(() -> {
            if (store.read().isEmpty()) {
                store.write(BaseContent.create(session.context()));
            }
            return null;
        });
    }

    /**
     * Runs one command line; returns the last command's status (also {@link ShellSession#lastStatus()}).
     *
     * @param terminalColumns the terminal's width when standard output is a terminal, else 0
     */
    public int run(String line, StringBuilder out, StringBuilder err, int terminalColumns) {
        List<Step> steps;
        try {
            steps = CommandLineParser.parse(line);
        } catch (SyntaxError e) {
            err.append(session.errorPrefix()).append(e.getMessage()).append('\n');
            session.lastStatus(2);
            return 2;
        }
        for (Step step : steps) {
            if (session.exited()) {
                break;
            }
            boolean skip = step.when() == Step.When.IF_SUCCEEDED && session.lastStatus() != 0
                    || step.when() == Step.When.IF_FAILED && session.lastStatus() == 0;
            if (!skip) {
                session.lastStatus(runStep(step, out, err, terminalColumns));
            }
        }
        return session.lastStatus();
    }

    private int runStep(Step step, StringBuilder out, StringBuilder err, int terminalColumns) {
        List<String> targets = step.redirects().stream().map(r -> expander.expand(r.target())).toList();
        FileSystemStore store = session.context().files();
        return store.alone(() -> {
            Map<String, FileEntry> current = store.read().orElseGet(() -> BaseContent.create(session.context()));
            VirtualFileSystem files = new VirtualFileSystem(current, session.context().clock());
            Access access = new Access(session.user(), files);
            List<String> argv = new ArrayList<>();
            step.words().forEach(word -> argv.addAll(expander.expand(word, files, access)));
            int status = runOn(files, access, argv, step.redirects(), targets, out, err, terminalColumns);
            if (files.changed() || store.read().isEmpty()) {
                store.write(files.entries());
            }
            return status;
        });
    }

    private int runOn(VirtualFileSystem files, Access access, List<String> argv, List<Redirect> redirects,
                      List<String> targets, StringBuilder out, StringBuilder err, int terminalColumns) {
        List<OpenedRedirect> opened = new ArrayList<>();
        for (int i = 0; i < redirects.size(); i++) {
            Redirect redirect = redirects.get(i);
            String target = targets.get(i);
            String path = ShellPaths.resolve(session.cwd(), target);
            String problem = openProblem(access, files, path);
            if (problem != null) {
                err.append(session.errorPrefix()).append(target).append(": ").append(problem).append('\n');
                return 1;
            }
            if (!files.exists(path) || !redirect.append()) {
                files.writeFile(path, access.user(), access.newFileMode(), "");
            }
            opened.add(new OpenedRedirect(redirect.stream(), path, new StringBuilder()));
        }
        StringBuilder commandOut = out;
        StringBuilder commandErr = err;
        int columns = terminalColumns;
        for (OpenedRedirect redirect : opened) {
            if (redirect.stream() == 1) {
                commandOut = redirect.text();
                columns = 0;
            } else {
                commandErr = redirect.text();
            }
        }
        int status = 0;
        if (!argv.isEmpty()) {
            String name = argv.get(0);
            ShellCommand command = table.find(name);
            if (command == null) {
                commandErr.append(session.errorPrefix()).append(name).append(": command not found\n");
                status = 127;
            } else {
                status = command.run(new Invocation(name, argv.subList(1, argv.size()), session, files, access, table,
                        commandOut, commandErr, columns));
            }
        }
        for (OpenedRedirect redirect : opened) {
            if (redirect.text().length() > 0) {
                FileEntry file = files.get(redirect.path()).orElseThrow();
                files.replaceContent(redirect.path(), file.content() + redirect.text());
            }
        }
        return status;
    }

    /** Why bash could not open {@code path} for writing, or null. */
    private static String openProblem(Access access, VirtualFileSystem files, String path) {
        String problem = access.reachProblem(path);
        if (problem != null) {
            return problem;
        }
        FileEntry existing = files.get(path).orElse(null);
        if (existing == null) {
            return access.createProblem(path);
        }
        if (existing.directory()) {
            return "Is a directory";
        }
        return access.canWrite(existing) ? null : Access.PERMISSION_DENIED;
    }
}
