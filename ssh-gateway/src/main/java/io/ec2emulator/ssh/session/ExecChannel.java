package io.ec2emulator.ssh.session;

import io.ec2emulator.ssh.shell.CommandTable;
import io.ec2emulator.ssh.shell.InstanceContext;
import io.ec2emulator.ssh.shell.InteractiveTerminal;
import io.ec2emulator.ssh.shell.Interpreter;
import io.ec2emulator.ssh.shell.ShellSession;
import java.io.IOException;
import java.util.function.Function;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.session.ServerSession;

/**
 * {@code ssh host 'command'}: runs the command line as {@code bash -c} would, standard output and error
 * on their own streams (both on the terminal, with {@code \r\n}, under {@code ssh -t}), then the exit status.
 */
final class ExecChannel extends ChannelCommand {

    private final CommandTable table;
    private final String commandLine;

    ExecChannel(Function<ServerSession, InstanceContext> resolver, CommandTable table, String commandLine) {
        super(resolver);
        this.table = table;
        this.commandLine = commandLine;
    }

    @Override
    int serve(InstanceContext context, Environment environment) throws IOException {
        boolean terminal = hasTerminal(environment);
        Interpreter interpreter = new Interpreter(new ShellSession(context, ShellSession.Mode.EXEC), table);
        interpreter.prepareFiles();
        StringBuilder out = new StringBuilder();
        StringBuilder err = terminal ? out : new StringBuilder();
        interpreter.run(commandLine, out, err, 0);
        if (terminal) {
            write(out(), InteractiveTerminal.crlf(out.toString()));
        } else {
            write(out(), out.toString());
            write(err(), err.toString());
        }
        return interpreter.session().exitStatus();
    }
}
