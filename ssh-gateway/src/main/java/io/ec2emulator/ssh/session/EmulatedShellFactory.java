package io.ec2emulator.ssh.session;

import io.ec2emulator.ssh.shell.CommandTable;
import io.ec2emulator.ssh.shell.InstanceContext;
import java.util.function.Function;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.server.session.ServerSession;
import org.apache.sshd.server.shell.ShellFactory;

/**
 * sshd's {@link ShellFactory} for emulated instances: {@code ssh host} gets the emulated shell of the
 * instance the {@code resolver} names for the session (the gateway decides it at authentication).
 */
public final class EmulatedShellFactory implements ShellFactory {

    private final Function<ServerSession, InstanceContext> resolver;
    private final CommandTable table;

    public EmulatedShellFactory(Function<ServerSession, InstanceContext> resolver) {
        this(resolver, CommandTable.standard());
    }

    public EmulatedShellFactory(Function<ServerSession, InstanceContext> resolver,
                                CommandTable table) {
        this.resolver = resolver;
        this.table = table;
    }

    @Override
    public Command createShell(ChannelSession channel) {
        return new ShellChannel(resolver, table);
    }
}
