package io.ec2emulator.server.logging;

/** The log level and line format; {@link #defaults()} is {@code info} as text. */
public record LogSettings(LogLevel level, LogFormat format) {

    public static LogSettings defaults() {
        return new LogSettings(LogLevel.INFO, LogFormat.TEXT);
    }

    public LogSettings withLevel(LogLevel newLevel) {
        return new LogSettings(newLevel, format);
    }

    public LogSettings withFormat(LogFormat newFormat) {
        return new LogSettings(level, newFormat);
    }
}
