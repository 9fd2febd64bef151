package io.ec2emulator.ssh.shell;

import io.ec2emulator.ssh.shell.commands.Cat;
import io.ec2emulator.ssh.shell.commands.Cd;
import io.ec2emulator.ssh.shell.commands.Cp;
import io.ec2emulator.ssh.shell.commands.Df;
import io.ec2emulator.ssh.shell.commands.Echo;
import io.ec2emulator.ssh.shell.commands.Exit;
import io.ec2emulator.ssh.shell.commands.Hostname;
import io.ec2emulator.ssh.shell.commands.Id;
import io.ec2emulator.ssh.shell.commands.Ls;
import io.ec2emulator.ssh.shell.commands.Lsblk;
import io.ec2emulator.ssh.shell.commands.Mkdir;
import io.ec2emulator.ssh.shell.commands.Mv;
import io.ec2emulator.ssh.shell.commands.Pwd;
import io.ec2emulator.ssh.shell.commands.Rm;
import io.ec2emulator.ssh.shell.commands.Sudo;
import io.ec2emulator.ssh.shell.commands.Touch;
import io.ec2emulator.ssh.shell.commands.True;
import io.ec2emulator.ssh.shell.commands.Uname;
import io.ec2emulator.ssh.shell.commands.Whoami;
import java.util.Map;
import java.util.TreeMap;

/** The commands the emulated shell knows, by name; anything else is "command not found". */
public final class CommandTable {

    private final Map<String, ShellCommand> commands;

    public CommandTable(Map<String, ShellCommand> commands) {
        this.commands = Map.copyOf(commands);
    }

    /** The commands the issue promises, implemented faithfully. */
    public static CommandTable standard() {
        Map<String, ShellCommand> commands = new TreeMap<>();
        commands.put("cat", new Cat());
        commands.put("cd", new Cd());
        commands.put("cp", new Cp());
        commands.put("df", new Df());
        commands.put("echo", new Echo());
        commands.put("exit", new Exit());
        commands.put("false", new True(1));
        commands.put("hostname", new Hostname());
        commands.put("id", new Id());
        commands.put("ls", new Ls());
        commands.put("lsblk", new Lsblk());
        commands.put("mkdir", new Mkdir());
        commands.put("mv", new Mv());
        commands.put("pwd", new Pwd());
        commands.put("rm", new Rm());
        commands.put("sudo", new Sudo());
        commands.put("touch", new Touch());
        commands.put("true", new True(0));
        commands.put("uname", new Uname());
        commands.put("whoami", new Whoami());
        return new CommandTable(commands);
    }

    /** The command called {@code name}, or null. */
    public ShellCommand find(String name) {
        return commands.get(name);
    }
}
