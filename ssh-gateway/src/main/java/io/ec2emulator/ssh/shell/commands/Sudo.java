package io.ec2emulator.ssh.shell.commands;

import io.ec2emulator.ssh.shell.Invocation;
import io.ec2emulator.ssh.shell.ShellCommand;
import io.ec2emulator.ssh.shell.ShellSession;
import java.util.List;
import java.util.Set;

/**
 * {@code sudo command…}: runs a command as root (the images let their default user do so without a
 * password). Shell builtins such as {@code cd} have no program, so sudo does not find them.
 * {@code sudo -i}, {@code sudo su}, {@code sudo su -} start a root login shell and {@code sudo -s} a
 * root shell, in an interactive session; {@code -u root} is accepted; other options are not emulated.
 */
public final class Sudo implements ShellCommand {

    /** The {@code su} arguments that ask for root's login shell. */
    private static final Set<List<String>> SU_LOGIN = Set.of(List.of("-"), List.of("-l"), List.of("-", "root"),
            List.of("-l", "root"), List.of("--login"));

    @Override
    public int run(Invocation call) {
        List<String> args = call.args();
        if (args.size() >= 2 && args.get(0).equals("-u")) {
            if (!args.get(1).equals("root")) {
                return call.fail(1, "unknown user " + args.get(1));
            }
            args = args.subList(2, args.size());
        }
        if (args.isEmpty()) {
            call.err().append("usage: sudo -h | -K | -k | -V\n");
            return 1;
        }
        String name = args.get(0);
        List<String> rest = args.subList(1, args.size());
        if (name.equals("-i") && rest.isEmpty() || name.equals("su") && SU_LOGIN.contains(rest)) {
            return rootShell(call, true);
        }
        if (name.equals("-s") && rest.isEmpty() || name.equals("su") && (rest.isEmpty() || rest.equals(List.of("root")))) {
            return rootShell(call, false);
        }
        if (name.startsWith("-")) {
            return call.fail(1, "the emulated shell does not support sudo's options (" + name + ")");
        }
        ShellCommand command = call.table().find(name);
        if (command == null || command.builtinOnly()) {
            return call.fail(1, name + ": command not found");
        }
        return command.run(call.as("root", name, rest));
    }

    private static int rootShell(Invocation call, boolean login) {
        if (call.session().mode() != ShellSession.Mode.INTERACTIVE) {
            return call.fail(1, "the emulated shell starts a root shell only in an interactive session");
        }
        call.session().enterRootShell(login);
        return 0;
    }
}
