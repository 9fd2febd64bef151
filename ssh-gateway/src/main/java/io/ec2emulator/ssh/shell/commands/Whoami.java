package io.ec2emulator.ssh.shell.commands;

import io.ec2emulator.ssh.shell.Invocation;
import io.ec2emulator.ssh.shell.Options;
import io.ec2emulator.ssh.shell.ShellCommand;

/** {@code whoami}: the user the command runs as. */
public final class Whoami implements ShellCommand {

    @Override
    public int run(Invocation call) {
        Options options = Options.parse(call, "");
        if (options == null) {
            return 1;
        }
        if (!options.operands().isEmpty()) {
            return call.usage("extra operand " + Invocation.quote(options.operands().get(0)));
        }
        call.println(call.user());
        return 0;
    }
}
