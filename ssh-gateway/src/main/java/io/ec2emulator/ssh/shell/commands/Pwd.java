package io.ec2emulator.ssh.shell.commands;

import io.ec2emulator.ssh.shell.Invocation;
import io.ec2emulator.ssh.shell.ShellCommand;

/** {@code pwd}: the working directory. */
public final class Pwd implements ShellCommand {

    @Override
    public int run(Invocation call) {
        call.println(call.session().cwd());
        return 0;
    }
}
