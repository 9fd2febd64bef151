package io.ec2emulator.ssh.shell.commands;

import io.ec2emulator.core.filesystems.FileEntry;
import io.ec2emulator.ssh.shell.Access;
import io.ec2emulator.ssh.shell.Invocation;
import io.ec2emulator.ssh.shell.Options;
import io.ec2emulator.ssh.shell.ShellCommand;
import io.ec2emulator.ssh.shell.ShellPaths;
import java.util.List;
import java.util.Map;

/** {@code cp [-rR] source… destination}: copies files, and directories with {@code -r}; copies belong to the user. */
public final class Cp implements ShellCommand {

    @Override
    public int run(Invocation call) {
        Options options = Options.parse(call, "rR");
        if (options == null) {
            return 1;
        }
        List<Transfers.Transfer> transfers = Transfers.plan(call, options.operands());
        if (transfers == null) {
            return 1;
        }
        boolean recursive = options.has('r') || options.has('R');
        int status = 0;
        for (Transfers.Transfer t : transfers) {
            String problem = copy(call, t, recursive);
            if (problem != null) {
                status = call.fail(1, problem);
            }
        }
        return status;
    }

    /** Copies one source; returns the message if it cannot. */
    private static String copy(Invocation call, Transfers.Transfer t, boolean recursive) {
        Access access = call.access();
        String reach = access.reachProblem(t.sourcePath());
        FileEntry source = reach == null ? call.files().get(t.sourcePath()).orElse(null) : null;
        if (source == null) {
            return "cannot stat " + Invocation.quote(t.source()) + ": " + (reach == null ? Access.NO_SUCH_FILE : reach);
        }
        if (source.directory() && !recursive) {
            return "-r not specified; omitting directory " + Invocation.quote(t.source());
        }
        if (t.sourcePath().equals(t.targetPath())) {
            return Invocation.quote(t.source()) + " and " + Invocation.quote(t.target()) + " are the same file";
        }
        if (!access.canRead(source)) {
            return "cannot open " + Invocation.quote(t.source()) + " for reading: " + Access.PERMISSION_DENIED;
        }
        FileEntry existing = access.canReach(t.targetPath()) ? call.files().get(t.targetPath()).orElse(null) : null;
        if (source.directory()) {
            if (ShellPaths.isWithin(t.targetPath(), t.sourcePath())) {
                return "cannot copy a directory, " + Invocation.quote(t.source()) + ", into itself, "
                        + Invocation.quote(t.target());
            }
            if (existing == null) {
                String problem = access.createProblem(t.targetPath());
                if (problem != null) {
                    return "cannot create directory " + Invocation.quote(t.target()) + ": " + problem;
                }
            } else if (!existing.directory()) {
                return "cannot overwrite non-directory " + Invocation.quote(t.target()) + " with directory "
                        + Invocation.quote(t.source());
            }
            for (Map.Entry<String, FileEntry> e : call.files().tree(t.sourcePath()).entrySet()) {
                String to = t.targetPath() + e.getKey().substring(t.sourcePath().length());
                if (!call.files().exists(to)) {
                    place(call, to, e.getValue());
                } else if (!e.getValue().directory()) {
                    call.files().replaceContent(to, e.getValue().content());
                }
            }
            return null;
        }
        if (existing != null) {
            if (existing.directory()) {
                return "cannot overwrite directory " + Invocation.quote(t.target()) + " with non-directory";
            }
            if (!access.canWrite(existing)) {
                return "cannot create regular file " + Invocation.quote(t.target()) + ": " + Access.PERMISSION_DENIED;
            }
            call.files().replaceContent(t.targetPath(), source.content());
            return null;
        }
        String problem = access.createProblem(t.targetPath());
        if (problem != null) {
            return "cannot create regular file " + Invocation.quote(t.target()) + ": " + problem;
        }
        place(call, t.targetPath(), source);
        return null;
    }

    /** A new copy of {@code entry} at {@code path}: the user's, with the source's mode less the umask. */
    private static void place(Invocation call, String path, FileEntry entry) {
        int umask = call.access().isRoot() ? 0022 : 0002;
        int mode = entry.mode() & 0777 & ~umask;
        if (entry.directory()) {
            call.files().makeDirectory(path, call.user(), mode);
        } else {
            call.files().writeFile(path, call.user(), mode, entry.content());
        }
    }
}
