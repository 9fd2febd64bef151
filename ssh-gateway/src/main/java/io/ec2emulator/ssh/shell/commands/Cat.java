package io.ec2emulator.ssh.shell.commands;

import io.ec2emulator.core.filesystems.FileEntry;
import io.ec2emulator.ssh.shell.Invocation;
import io.ec2emulator.ssh.shell.Options;
import io.ec2emulator.ssh.shell.ShellCommand;

/**
 * {@code cat file…}: the files' contents, one after the other. Reading standard input (no operand or
 * {@code -}) is not emulated: it reads nothing.
 */
public final class Cat implements ShellCommand {

    @Override
    public int run(Invocation call) {
        Options options = Options.parse(call, "");
        if (options == null) {
            return 1;
        }
        int status = 0;
        for (String operand : options.operands()) {
            if (operand.equals("-")) {
                continue;
            }
            String path = call.resolve(operand);
            String problem = call.access().reachProblem(path);
            if (problem != null) {
                status = call.fail(1, operand + ": " + problem);
                continue;
            }
            FileEntry entry = call.files().get(path).orElse(null);
            if (entry == null) {
                status = call.fail(1, operand + ": No such file or directory");
            } else if (entry.directory()) {
                status = call.fail(1, operand + ": Is a directory");
            } else if (!call.access().canRead(entry)) {
                status = call.fail(1, operand + ": Permission denied");
            } else {
                call.out().append(entry.content());
            }
        }
        return status;
    }
}
