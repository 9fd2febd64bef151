package io.ec2emulator.server.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.event.KeyValuePair;
import org.slf4j.event.Level;

/** The two line formats, including the characters that would break a hand-written JSON line. */
class LogLinesTest {

    private static final long TIME = 1_768_471_200_123L; // 2026-01-15T10:00:00.123Z
    private static final String NL = System.lineSeparator();

    @Test
    void jsonEscapesEverythingAndKeepsNumbersNumbers() throws Exception {
        LogLine line = new LogLine(TIME, Level.WARN, "io.ec2emulator.requests", "say \"hi\"\n\tand \\ bye \u0001",
                List.of(new KeyValuePair("status", 400), new KeyValuePair("durationMs", BigDecimal.valueOf(1234, 3)),
                        new KeyValuePair("error", "Bad\"Code"), new KeyValuePair("action", null)),
                new IllegalStateException("boom"));
        String json = JsonLines.format(line);
        assertTrue(json.endsWith(NL));
        assertEquals(1, json.strip().lines().count(), json);
        JsonNode node = new ObjectMapper().readTree(json);
        assertEquals("2026-01-15T10:00:00.123Z", node.get("time").asText());
        assertEquals("WARN", node.get("level").asText());
        assertEquals("io.ec2emulator.requests", node.get("logger").asText());
        assertEquals("say \"hi\"\n\tand \\ bye \u0001", node.get("message").asText());
        assertEquals(400, node.get("status").intValue());
        assertTrue(node.get("status").isIntegralNumber());
        assertEquals(new BigDecimal("1.234"), node.get("durationMs").decimalValue());
        assertEquals("Bad\"Code", node.get("error").asText());
        assertTrue(node.get("action").isNull());
        assertTrue(node.get("exception").asText().startsWith("java.lang.IllegalStateException: boom"));
    }

    @Test
    void jsonLeavesOutAnEmptyMessage() throws Exception {
        JsonNode node = new ObjectMapper().readTree(JsonLines.format(new LogLine(TIME, Level.INFO, "x", "",
                List.of(new KeyValuePair("a", true)), null)));
        assertEquals(List.of("time", "level", "logger", "a"), List.copyOf(iterable(node)));
    }

    @Test
    void textIsTimeLevelShortLoggerMessageAndPairs() {
        assertEquals("2026-01-15T10:00:00.123Z INFO Main - listening on http://127.0.0.1:4566" + NL,
                TextLines.format(new LogLine(TIME, Level.INFO, "io.ec2emulator.server.Main",
                        "listening on http://127.0.0.1:4566", List.of(), null)));
        assertEquals("2026-01-15T10:00:00.123Z INFO requests - action=DescribeRegions status=200" + NL,
                TextLines.format(new LogLine(TIME, Level.INFO, "io.ec2emulator.requests",
                        "action=DescribeRegions status=200", List.of(new KeyValuePair("action", "DescribeRegions"),
                        new KeyValuePair("status", 200)), null)), "the pairs are in the message already");
        String withTrace = TextLines.format(new LogLine(TIME, Level.ERROR, "D", "failed", List.of(),
                new IllegalStateException("boom")));
        assertTrue(withTrace.startsWith("2026-01-15T10:00:00.123Z ERROR D - failed" + NL
                + "java.lang.IllegalStateException: boom" + NL), withTrace);
    }

    @Test
    void levelsAndFormatsParseInAnyCaseAndExplainBadValues() {
        assertEquals(LogLevel.DEBUG, LogLevel.parse("Debug", "--log-level"));
        assertEquals(LogLevel.OFF, LogLevel.parse("off", "--log-level"));
        assertEquals(LogFormat.JSON, LogFormat.parse("JSON", "--log-format"));
        assertEquals("--log-level must be one of error, warn, info, debug or off, not 'loud'",
                org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                        () -> LogLevel.parse("loud", "--log-level")).getMessage());
        assertEquals("EC2_EMULATOR_LOG_FORMAT must be text or json, not 'xml'",
                org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                        () -> LogFormat.parse("xml", "EC2_EMULATOR_LOG_FORMAT")).getMessage());
    }

    private static List<String> iterable(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
