package io.ec2emulator.ssh;

import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.server.command.CommandFactory;
import org.apache.sshd.server.shell.ShellFactory;

/**
 * Chooses what a session runs. A login on an instance gets the instance's shell and commands (which
 * answer a {@code root} login with the notice Amazon's images print); a jump-host login on the gateway
 * gets a short explanation, as it can only forward connections.
 */
final class SessionPrograms implements ShellFactory, CommandFactory {

    static final String GATEWAY_NOTICE = "This is the EC2 emulator's SSH gateway. Reach an instance through it:\n"
            + "  ssh -J <gateway> -i key.pem <OS user>@<public IP or public DNS name>\n"
            + "  ssh -p <gateway port> -i key.pem <OS user>+<instance id>@<gateway host>\n";

    private final ShellFactory instanceShell;
    private final CommandFactory instanceCommands;

    SessionPrograms(ShellFactory instanceShell, CommandFactory instanceCommands) {
        this.instanceShell = instanceShell;
        this.instanceCommands = instanceCommands;
    }

    @Override
    public Command createShell(ChannelSession channel) throws java.io.IOException {
        return isOnInstance(channel) ? instanceShell.createShell(channel) : gatewayNotice();
    }

    @Override
    public Command createCommand(ChannelSession channel, String command) throws java.io.IOException {
        return isOnInstance(channel) ? instanceCommands.createCommand(channel, command) : gatewayNotice();
    }

    private static boolean isOnInstance(ChannelSession channel) {
        return channel.getServerSession().getAttribute(Login.KEY) != null;
    }

    private static Command gatewayNotice() {
        return new MessageCommand(GATEWAY_NOTICE, 1);
    }
}
