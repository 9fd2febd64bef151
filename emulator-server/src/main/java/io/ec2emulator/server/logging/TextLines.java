package io.ec2emulator.server.logging;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * {@code 2026-01-15T10:00:00.000Z INFO Main - message}, then the stack trace of an exception on the
 * following lines. The logger is its short name (after the last dot). Key/value pairs are left to the
 * JSON lines: the request lines already carry them in their message.
 */
final class TextLines {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSX")
            .withZone(ZoneOffset.UTC);

    private TextLines() {
    }

    static String format(LogLine line) {
        StringBuilder text = new StringBuilder(160);
        TIME.formatTo(Instant.ofEpochMilli(line.epochMillis()), text);
        text.append(' ').append(line.level()).append(' ').append(shortName(line.logger()));
        text.append(" - ").append(line.message());
        text.append(System.lineSeparator());
        if (line.thrown() != null) {
            StringWriter trace = new StringWriter();
            line.thrown().printStackTrace(new PrintWriter(trace));
            text.append(trace);
        }
        return text.toString();
    }

    static String shortName(String logger) {
        return logger.substring(logger.lastIndexOf('.') + 1);
    }
}
