package io.ec2emulator.server.logging;

import java.util.List;
import org.slf4j.event.KeyValuePair;
import org.slf4j.event.Level;

/**
 * One thing to log: when, how severe, which logger, the formatted message (may be empty), the
 * structured key/value pairs (SLF4J's fluent {@code addKeyValue}), and an optional exception.
 */
record LogLine(long epochMillis, Level level, String logger, String message, List<KeyValuePair> keyValues,
               Throwable thrown) {
}
