package io.ec2emulator.ssh.session;

import io.ec2emulator.ssh.shell.CommandTable;
import io.ec2emulator.ssh.shell.InstanceContext;
import java.util.function.Function;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.server.command.CommandFactory;
import org.apache.sshd.server.session.ServerSession;

/**
 * sshd's {@link CommandFactory} for emulated instances: {@code ssh host 'command'} runs the command
 * line in the emulated shell of the instance the {@code resolver} names for the session.
 */
public final class EmulatedCommandFactory implements CommandFactory {

    private final Function<ServerSession, InstanceContext> resolver;
    private final CommandTable table;

    public EmulatedCommandFactory(Function<ServerSession, InstanceContext> resolver) {
        this(resolver, CommandTable.standard());
    }

    public EmulatedCommandFactory(Function<ServerSession, InstanceContext> resolver, CommandTable table) {
        this.resolver = resolver;
        this.table = table;
    }

    @Override
    public Command createCommand(ChannelSession channel, String command) {
        return new ExecChannel(resolver, table, command);
    }
}
