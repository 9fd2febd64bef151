package io.ec2emulator.ssh.shell.commands;

import io.ec2emulator.core.filesystems.FileEntry;
import io.ec2emulator.ssh.shell.Invocation;
import io.ec2emulator.ssh.shell.ShellCommand;

/** {@code cd [dir]}, a bash builtin: home without an argument, {@code -} for the previous directory. */
public final class Cd implements ShellCommand {

    @Override
    public int run(Invocation call) {
        if (call.args().size() > 1) {
            return call.builtinFail(1, "too many arguments");
        }
        String target;
        boolean printIt = false;
        if (call.args().isEmpty()) {
            target = call.session().home();
        } else if (call.args().get(0).equals("-")) {
            target = call.session().variable("OLDPWD");
            if (target == null) {
                return call.builtinFail(1, "OLDPWD not set");
            }
            printIt = true;
        } else {
            target = call.args().get(0);
        }
        String path = call.resolve(target);
        String problem = call.access().reachProblem(path);
        if (problem != null) {
            return call.builtinFail(1, target + ": " + problem);
        }
        FileEntry entry = call.files().get(path).orElse(null);
        if (entry == null) {
            return call.builtinFail(1, target + ": No such file or directory");
        }
        if (!entry.directory()) {
            return call.builtinFail(1, target + ": Not a directory");
        }
        if (!call.access().canSearch(entry)) {
            return call.builtinFail(1, target + ": Permission denied");
        }
        call.session().changeDirectory(path);
        if (printIt) {
            call.println(path);
        }
        return 0;
    }

    @Override
    public boolean builtinOnly() {
        return true;
    }
}
