package io.ec2emulator.server.logging;

import java.util.Locale;

/** How each log line is written: {@code --log-format text|json}. */
public enum LogFormat {
    /** {@code 2026-01-15T10:00:00.000Z INFO Main - listening on ...}. */
    TEXT,
    /** One JSON object per line (JSON Lines), for log collectors. */
    JSON;

    public static LogFormat parse(String text, String source) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + " must be text or json, not '" + text + "'");
        }
    }
}
