package io.ec2emulator.ssh.session;

import io.ec2emulator.ssh.shell.InstanceContext;
import io.ec2emulator.ssh.shell.InteractiveTerminal;
import io.ec2emulator.ssh.shell.RootLoginNotice;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.server.session.ServerSession;

/**
 * What the shell and exec channels share: the channel's streams, a thread of their own (sshd's
 * {@code start} must not block), the instance found for the session, the root-login notice, and the
 * exit status sent back when the work is done.
 */
abstract class ChannelCommand implements Command {

    private final Function<ServerSession, InstanceContext> resolver;
    private InputStream in;
    private OutputStream out;
    private OutputStream err;
    private ExitCallback exit;
    private Thread worker;

    ChannelCommand(Function<ServerSession, InstanceContext> resolver) {
        this.resolver = resolver;
    }

    /** Does the channel's work; returns the exit status. */
    abstract int serve(InstanceContext context, Environment environment) throws IOException;

    @Override
    public void start(ChannelSession channel, Environment environment) {
        InstanceContext context = resolver.apply(channel.getSession());
        worker = new Thread(() -> {
            int status;
            try {
                status = RootLoginNotice.applies(context) ? rootLoginNotice(context, environment)
                        : serve(context, environment);
                out.flush();
                err.flush();
            } catch (IOException | RuntimeException e) {
                exit.onExit(1, String.valueOf(e.getMessage()));
                return;
            }
            exit.onExit(status);
        }, "ssh-shell-" + context.instanceId());
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void destroy(ChannelSession channel) {
        if (worker != null) {
            worker.interrupt();
        }
    }

    /** A root login with the launch key gets the image's notice and its exit status, whatever it asked for. */
    private int rootLoginNotice(InstanceContext context, Environment environment) throws IOException {
        String notice = RootLoginNotice.text(context);
        write(out, hasTerminal(environment) ? InteractiveTerminal.crlf(notice) : notice);
        return RootLoginNotice.EXIT_STATUS;
    }

    /** Whether the client asked for a terminal ({@code pty-req}). */
    static boolean hasTerminal(Environment environment) {
        return !environment.getPtyModes().isEmpty() || environment.getEnv().containsKey(Environment.ENV_TERM);
    }

    /** The terminal's width, 80 when the client did not say. */
    static int columns(Environment environment) {
        Map<String, String> env = environment.getEnv();
        try {
            return Integer.parseInt(env.getOrDefault(Environment.ENV_COLUMNS, "80"));
        } catch (NumberFormatException e) {
            return 80;
        }
    }

    InputStream in() {
        return in;
    }

    void write(OutputStream stream, String text) throws IOException {
        if (!text.isEmpty()) {
            stream.write(text.getBytes(StandardCharsets.UTF_8));
            stream.flush();
        }
    }

    OutputStream out() {
        return out;
    }

    OutputStream err() {
        return err;
    }

    @Override
    public void setInputStream(InputStream in) {
        this.in = in;
    }

    @Override
    public void setOutputStream(OutputStream out) {
        this.out = out;
    }

    @Override
    public void setErrorStream(OutputStream err) {
        this.err = err;
    }

    @Override
    public void setExitCallback(ExitCallback callback) {
        this.exit = callback;
    }
}
