package io.ec2emulator.server.logging;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import org.slf4j.event.KeyValuePair;

/**
 * One JSON object per line: {@code time}, {@code level}, {@code logger}, {@code message} (when not
 * empty), every key/value pair as its own field (numbers stay numbers), and {@code exception} with the
 * whole stack trace. Written with Jackson's streaming generator, so every line is valid JSON.
 */
final class JsonLines {

    private static final JsonFactory JSON = new JsonFactory();

    private JsonLines() {
    }

    static String format(LogLine line) {
        StringWriter out = new StringWriter(200);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("time", TextLines.TIME.format(Instant.ofEpochMilli(line.epochMillis())));
            g.writeStringField("level", line.level().name());
            g.writeStringField("logger", line.logger());
            if (!line.message().isEmpty()) {
                g.writeStringField("message", line.message());
            }
            for (KeyValuePair pair : line.keyValues()) {
                g.writeFieldName(pair.key);
                writeValue(g, pair.value);
            }
            if (line.thrown() != null) {
                StringWriter trace = new StringWriter();
                line.thrown().printStackTrace(new PrintWriter(trace));
                g.writeStringField("exception", trace.toString());
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append(System.lineSeparator()).toString();
    }

    private static void writeValue(JsonGenerator g, Object value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            g.writeNumber(((Number) value).longValue());
        } else if (value instanceof BigDecimal) {
            g.writeNumber((BigDecimal) value);
        } else if (value instanceof Double || value instanceof Float) {
            g.writeNumber(((Number) value).doubleValue());
        } else if (value instanceof Boolean) {
            g.writeBoolean((Boolean) value);
        } else {
            g.writeString(value.toString());
        }
    }
}
