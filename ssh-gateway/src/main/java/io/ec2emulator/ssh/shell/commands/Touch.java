package io.ec2emulator.ssh.shell.commands;

import io.ec2emulator.core.filesystems.FileEntry;
import io.ec2emulator.ssh.shell.Access;
import io.ec2emulator.ssh.shell.Invocation;
import io.ec2emulator.ssh.shell.Options;
import io.ec2emulator.ssh.shell.ShellCommand;

/** {@code touch file…}: creates empty files, or sets the time of existing ones to now. */
public final class Touch implements ShellCommand {

    @Override
    public int run(Invocation call) {
        Options options = Options.parse(call, "");
        if (options == null) {
            return 1;
        }
        if (options.operands().isEmpty()) {
            return call.usage("missing file operand");
        }
        int status = 0;
        for (String operand : options.operands()) {
            String path = call.resolve(operand);
            String problem = call.access().reachProblem(path);
            FileEntry entry = problem == null ? call.files().get(path).orElse(null) : null;
            if (entry != null) {
                problem = call.access().canWrite(entry) ? null : Access.PERMISSION_DENIED;
                if (problem == null) {
                    call.files().touch(path);
                }
            } else if (problem == null) {
                problem = call.access().createProblem(path);
                if (problem == null) {
                    call.files().writeFile(path, call.user(), call.access().newFileMode(), "");
                }
            }
            if (problem != null) {
                status = call.fail(1, "cannot touch " + Invocation.quote(operand) + ": " + problem);
            }
        }
        return status;
    }
}
