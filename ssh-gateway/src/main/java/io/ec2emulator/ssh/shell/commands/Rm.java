package io.ec2emulator.ssh.shell.commands;

import io.ec2emulator.core.filesystems.FileEntry;
import io.ec2emulator.ssh.shell.Access;
import io.ec2emulator.ssh.shell.Invocation;
import io.ec2emulator.ssh.shell.Options;
import io.ec2emulator.ssh.shell.ShellCommand;
import io.ec2emulator.ssh.shell.ShellPaths;

/**
 * {@code rm [-rRf] file…}: removes files, and directories with {@code -r}; {@code -f} ignores missing
 * files. A directory is removed only when every entry in it may be.
 */
public final class Rm implements ShellCommand {

    @Override
    public int run(Invocation call) {
        Options options = Options.parse(call, "rRf");
        if (options == null) {
            return 1;
        }
        boolean force = options.has('f');
        boolean recursive = options.has('r') || options.has('R');
        if (options.operands().isEmpty()) {
            return force ? 0 : call.usage("missing operand");
        }
        int status = 0;
        for (String operand : options.operands()) {
            String name = ShellPaths.name(operand.replaceAll("/+$", ""));
            if (name.equals(".") || name.equals("..")) {
                status = call.fail(1, "refusing to remove '.' or '..' directory: skipping " + Invocation.quote(operand));
                continue;
            }
            String path = call.resolve(operand);
            if (path.equals("/") && recursive) {
                call.fail(1, "it is dangerous to operate recursively on '/'");
                status = call.fail(1, "use --no-preserve-root to override this failsafe");
                continue;
            }
            String problem = call.access().reachProblem(path);
            FileEntry entry = problem == null ? call.files().get(path).orElse(null) : null;
            if (entry == null) {
                problem = problem == null ? Access.NO_SUCH_FILE : problem;
                if (!(force && problem.equals(Access.NO_SUCH_FILE))) {
                    status = call.fail(1, "cannot remove " + Invocation.quote(operand) + ": " + problem);
                }
                continue;
            }
            if (entry.directory() && !recursive) {
                status = call.fail(1, "cannot remove " + Invocation.quote(operand) + ": Is a directory");
                continue;
            }
            String denied = firstDenied(call, path);
            if (denied != null) {
                String shown = denied.equals(path) ? operand : operand + denied.substring(path.length());
                status = call.fail(1, "cannot remove " + Invocation.quote(shown) + ": " + Access.PERMISSION_DENIED);
                continue;
            }
            call.files().remove(path);
        }
        return status;
    }

    /** The deepest-first entry under {@code path} (or itself) that may not be removed, or null. */
    private static String firstDenied(Invocation call, String path) {
        for (String inside : call.files().tree(path).descendingKeySet()) {
            if (!call.access().canRemove(inside)) {
                return inside;
            }
        }
        return null;
    }
}
