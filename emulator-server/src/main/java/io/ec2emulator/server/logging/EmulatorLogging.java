package io.ec2emulator.server.logging;

import java.nio.charset.StandardCharsets;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMarkerFactory;

/**
 * The emulator's own SLF4J back end, configured once by {@code Main} from {@code --log-level} and
 * {@code --log-format}: every line goes to standard error, whole, as text or as one JSON object,
 * through a {@link LineWriter}.
 * Netty's loggers never go below {@code warn}.
 */
public final class EmulatorLogging {

    /**
     * Marks the {@code listening on http://...} line that scripts wait for: it is written at every
     * level but {@code off}, so {@code --log-level warn} quiets the request lines but not that one.
     */
    public static final Marker READY = new BasicMarkerFactory().getDetachedMarker("READY");

    private static volatile LogSettings settings = LogSettings.defaults();

    private EmulatorLogging() {
    }

    /** Applies to every logger at once, including those already created. */
    public static void configure(LogSettings newSettings) {
        settings = newSettings;
    }

    public static LogSettings settings() {
        return settings;
    }

    static boolean isEnabled(String logger, Level level, int floor) {
        return level.toInt() >= Math.max(settings.level().threshold(), floor);
    }

    /**
     * Netty logs from warnings up. Apache sshd only errors: its warnings are the ordinary races of a
     * client closing a forwarded connection ("still have N bytes", "Connection reset"); the gateway's
     * classes that extend sshd's log them under their own names ({@code io.ec2emulator.ssh.*}), while
     * the gateway's decisions go to the logger {@code io.ec2emulator.ssh} itself.
     */
    static int floorOf(String logger) {
        if (logger.startsWith("org.apache.sshd") || logger.startsWith("io.ec2emulator.ssh.")) {
            return Level.ERROR.toInt();
        }
        return logger.startsWith("io.netty") ? Level.WARN.toInt() : Level.TRACE.toInt();
    }

    static void write(LogLine line) {
        String text = settings.format() == LogFormat.JSON ? JsonLines.format(line) : TextLines.format(line);
        Output.WRITER.write(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Started with the first line written. */
    private static final class Output {
        static final LineWriter WRITER = LineWriter.standardError();
    }
}
