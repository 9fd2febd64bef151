package io.ec2emulator.server;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A duration setting as written on the command line or in a variable: {@code 0}, {@code 250ms}, {@code 2s}, {@code 5m}, {@code 1h}. */
final class DurationText {

    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})(ms|s|m|h)?");

    private DurationText() {
    }

    /**
     * @param source   the flag or variable, named in the message
     * @param examples the examples the message gives, e.g. {@code 0, 500ms, 2s, 5m or 1h}
     */
    static Duration parse(String text, String source, String examples) {
        Matcher m = DURATION.matcher(text.trim());
        if (!m.matches() || (m.group(2) == null && !m.group(1).equals("0"))) {
            throw new IllegalArgumentException(source + " must be a duration such as " + examples + ", not '" + text + "'");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2) == null ? "s" : m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofSeconds(n);
        };
    }
}
