package io.ec2emulator.ssh;

import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.server.command.CommandFactory;
import org.apache.sshd.server.shell.ShellFactory;

/**
 * Chooses what a session runs. A login on an instance gets the instance's shell and commands; a
 * {@code root} login gets the notice Amazon's images print (from root's authorized_keys
 * {@code command=}: the message, an empty line, exit status 142); a jump-host login on the gateway gets a
 * short explanation, as it can only forward connections.
 */
final class SessionPrograms implements ShellFactory, CommandFactory {

    /** The exit status of the {@code command=} Amazon's images put before root's key. */
    static final int ROOT_NOTICE_STATUS = 142;

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
        Login login = channel.getServerSession().getAttribute(Login.KEY);
        Command notice = notice(login);
        return notice != null ? notice : instanceShell.createShell(channel);
    }

    @Override
    public Command createCommand(ChannelSession channel, String command) throws java.io.IOException {
        Login login = channel.getServerSession().getAttribute(Login.KEY);
        Command notice = notice(login);
        return notice != null ? notice : instanceCommands.createCommand(channel, command);
    }

    private static Command notice(Login login) {
        if (login == null) {
            return new MessageCommand(GATEWAY_NOTICE, 1);
        }
        if (login.asRoot()) {
            return new MessageCommand("Please login as the user \"" + login.osUser() + "\" rather than the user \"root\".\n\n",
                    ROOT_NOTICE_STATUS);
        }
        return null;
    }
}
