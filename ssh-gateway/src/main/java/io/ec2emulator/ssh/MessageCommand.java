package io.ec2emulator.ssh;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;

/** A session program that prints a message and exits with a status: the gateway's notices. */
final class MessageCommand implements Command {

    private final String message;
    private final int exitStatus;
    private OutputStream out;
    private ExitCallback exit;

    MessageCommand(String message, int exitStatus) {
        this.message = message;
        this.exitStatus = exitStatus;
    }

    @Override
    public void setInputStream(InputStream in) {
        // input is not read
    }

    @Override
    public void setOutputStream(OutputStream out) {
        this.out = out;
    }

    @Override
    public void setErrorStream(OutputStream err) {
        // nothing is written to stderr
    }

    @Override
    public void setExitCallback(ExitCallback callback) {
        this.exit = callback;
    }

    @Override
    public void start(ChannelSession channel, Environment env) throws IOException {
        boolean pty = env.getPtyModes() != null && !env.getPtyModes().isEmpty();
        String text = pty ? message.replace("\n", "\r\n") : message;
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
        exit.onExit(exitStatus);
    }

    @Override
    public void destroy(ChannelSession channel) {
        // nothing to release
    }
}
