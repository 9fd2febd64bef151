package io.ec2emulator.ssh.shell.commands;

import io.ec2emulator.ssh.shell.Invocation;
import io.ec2emulator.ssh.shell.ShellCommand;
import java.util.List;

/**
 * {@code sudo command…}: runs a command as root (the images let their default user do so without a
 * password). Shell builtins such as {@code cd} have no program, so sudo does not find them. Options
 * ({@code -i}, {@code -u}, …) are not emulated.
 */
public final class Sudo implements ShellCommand {

    @Override
    public int run(Invocation call) {
        List<String> args = call.args();
        if (args.isEmpty()) {
            call.err().append("usage: sudo -h | -K | -k | -V\n");
            return 1;
        }
        String name = args.get(0);
        if (name.startsWith("-")) {
            return call.fail(1, "the emulated shell does not support sudo's options (" + name + ")");
        }
        ShellCommand command = call.table().find(name);
        if (command == null || command.builtinOnly()) {
            return call.fail(1, name + ": command not found");
        }
        return command.run(call.as("root", name, args.subList(1, args.size())));
    }
}
