package io.ec2emulator.ssh.shell.commands;

import io.ec2emulator.ssh.shell.Invocation;
import io.ec2emulator.ssh.shell.ShellCommand;

/** {@code true} and {@code false}: nothing, with status 0 or 1. */
public final class True implements ShellCommand {

    private final int status;

    public True(int status) {
        this.status = status;
    }

    @Override
    public int run(Invocation call) {
        return status;
    }
}
