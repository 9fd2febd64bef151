package io.ec2emulator.server.logging;

import java.util.Locale;
import org.slf4j.event.Level;

/** How much the emulator logs: {@code --log-level error|warn|info|debug|off}. */
public enum LogLevel {
    ERROR(Level.ERROR.toInt()),
    WARN(Level.WARN.toInt()),
    INFO(Level.INFO.toInt()),
    DEBUG(Level.DEBUG.toInt()),
    OFF(Integer.MAX_VALUE);

    private final int threshold;

    LogLevel(int threshold) {
        this.threshold = threshold;
    }

    /** The lowest SLF4J level ({@link Level#toInt()}) that is written. */
    int threshold() {
        return threshold;
    }

    /** Reads {@code error}, {@code warn}, {@code info}, {@code debug} or {@code off}, in any case. */
    public static LogLevel parse(String text, String source) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + " must be one of error, warn, info, debug or off, not '"
                    + text + "'");
        }
    }
}
