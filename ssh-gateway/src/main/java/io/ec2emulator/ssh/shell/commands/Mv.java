package io.ec2emulator.ssh.shell.commands;

import io.ec2emulator.core.filesystems.FileEntry;
import io.ec2emulator.ssh.shell.Access;
import io.ec2emulator.ssh.shell.Invocation;
import io.ec2emulator.ssh.shell.Options;
import io.ec2emulator.ssh.shell.ShellCommand;
import io.ec2emulator.ssh.shell.ShellPaths;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/** {@code mv source… destination}: renames or moves files and directories, keeping owner, mode and time. */
public final class Mv implements ShellCommand {

    @Override
    public int run(Invocation call) {
        Options options = Options.parse(call, "f");
        if (options == null) {
            return 1;
        }
        List<Transfers.Transfer> transfers = Transfers.plan(call, options.operands());
        if (transfers == null) {
            return 1;
        }
        int status = 0;
        for (Transfers.Transfer t : transfers) {
            String problem = move(call, t);
            if (problem != null) {
                status = call.fail(1, problem);
            }
        }
        return status;
    }

    private static String move(Invocation call, Transfers.Transfer t) {
        Access access = call.access();
        String reach = access.reachProblem(t.sourcePath());
        FileEntry source = reach == null ? call.files().get(t.sourcePath()).orElse(null) : null;
        if (source == null) {
            return "cannot stat " + Invocation.quote(t.source()) + ": " + (reach == null ? Access.NO_SUCH_FILE : reach);
        }
        String moving = "cannot move " + Invocation.quote(t.source()) + " to ";
        if (t.sourcePath().equals(t.targetPath())) {
            return Invocation.quote(t.source()) + " and " + Invocation.quote(t.target()) + " are the same file";
        }
        if (source.directory() && ShellPaths.isWithin(t.targetPath(), t.sourcePath())) {
            return moving + "a subdirectory of itself, " + Invocation.quote(t.target());
        }
        String targetReach = access.reachProblem(t.targetPath());
        FileEntry existing = targetReach == null ? call.files().get(t.targetPath()).orElse(null) : null;
        if (existing != null && existing.directory() && !source.directory()) {
            return "cannot overwrite directory " + Invocation.quote(t.target()) + " with non-directory";
        }
        if (existing != null && !existing.directory() && source.directory()) {
            return "cannot overwrite non-directory " + Invocation.quote(t.target()) + " with directory "
                    + Invocation.quote(t.source());
        }
        if (existing != null && existing.directory() && !call.files().children(t.targetPath()).isEmpty()) {
            return moving + Invocation.quote(t.target()) + ": Directory not empty";
        }
        String problem = existing == null ? access.createProblem(t.targetPath()) : targetReach;
        if (problem == null && (!access.canRemove(t.sourcePath())
                || existing != null && !access.canRemove(t.targetPath()))) {
            problem = Access.PERMISSION_DENIED;
        }
        if (problem != null) {
            return moving + Invocation.quote(t.target()) + ": " + problem;
        }
        NavigableMap<String, FileEntry> tree = call.files().tree(t.sourcePath());
        call.files().remove(t.sourcePath());
        if (existing != null) {
            call.files().remove(t.targetPath());
        }
        for (Map.Entry<String, FileEntry> e : tree.entrySet()) {
            call.files().put(t.targetPath() + e.getKey().substring(t.sourcePath().length()), e.getValue());
        }
        return null;
    }
}
