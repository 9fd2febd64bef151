package io.ec2emulator.ssh.shell.commands;

import io.ec2emulator.ssh.shell.Invocation;
import io.ec2emulator.ssh.shell.KernelNames;
import io.ec2emulator.ssh.shell.ShellCommand;

/** {@code hostname}: EC2's IP-based name (the private DNS name on Red Hat-like images, the short name on Debian-like ones). */
public final class Hostname implements ShellCommand {

    @Override
    public int run(Invocation call) {
        if (!call.args().isEmpty()) {
            if (call.access().isRoot()) {
                return call.fail(1, "the emulated shell cannot change the host name");
            }
            return call.fail(1, "you must be root to change the host name");
        }
        call.println(KernelNames.hostname(call.profile(), call.context()));
        return 0;
    }
}
