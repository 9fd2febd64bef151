package io.ec2emulator.ssh.session;

import io.ec2emulator.ssh.shell.CommandTable;
import io.ec2emulator.ssh.shell.InstanceContext;
import io.ec2emulator.ssh.shell.InteractiveTerminal;
import io.ec2emulator.ssh.shell.Interpreter;
import io.ec2emulator.ssh.shell.ShellSession;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.Signal;
import org.apache.sshd.server.session.ServerSession;

/**
 * {@code ssh host}: with a terminal, an interactive shell ({@link InteractiveTerminal}); without one
 * ({@code ssh -T}, piped input), commands read line by line from standard input, without prompt or echo.
 */
final class ShellChannel extends ChannelCommand {

    private final CommandTable table;

    ShellChannel(Function<ServerSession, InstanceContext> resolver, CommandTable table) {
        super(resolver);
        this.table = table;
    }

    @Override
    int serve(InstanceContext context, Environment environment) throws IOException {
        return hasTerminal(environment) ? interactive(context, environment) : script(context);
    }

    private int interactive(InstanceContext context, Environment environment) throws IOException {
        Interpreter interpreter = new Interpreter(new ShellSession(context, ShellSession.Mode.INTERACTIVE), table);
        interpreter.prepareFiles();
        InteractiveTerminal terminal = new InteractiveTerminal(interpreter, columns(environment));
        environment.addSignalListener((channel, signal) -> terminal.resize(columns(environment)), Signal.WINCH);
        write(out(), terminal.start());
        Reader typed = new InputStreamReader(in(), StandardCharsets.UTF_8);
        char[] buffer = new char[1024];
        while (!terminal.closed()) {
            int count = typed.read(buffer);
            if (count < 0) {
                break;
            }
            write(out(), terminal.feed(new String(buffer, 0, count)));
        }
        return interpreter.session().exitStatus();
    }

    private int script(InstanceContext context) throws IOException {
        ShellSession session = new ShellSession(context, ShellSession.Mode.SCRIPT);
        Interpreter interpreter = new Interpreter(session, table);
        interpreter.prepareFiles();
        BufferedReader lines = new BufferedReader(new InputStreamReader(in(), StandardCharsets.UTF_8));
        String line;
        while (!session.exited() && (line = lines.readLine()) != null) {
            StringBuilder out = new StringBuilder();
            StringBuilder err = new StringBuilder();
            interpreter.run(line, out, err, 0);
            write(out(), out.toString());
            write(err(), err.toString());
            session.nextLine();
        }
        return session.exitStatus();
    }
}
