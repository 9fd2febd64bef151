package io.ec2emulator.core.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the emulator's bundled data files (catalogs of regions, instance types, images, …) into plain
 * maps, lists, strings, numbers and booleans with Jackson's streaming parser. Data binding is left
 * out on purpose: it loads some 400 classes, which would cost a quarter of the start-up budget.
 */
public final class JsonData {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonData() {
    }

    /** Reads the resource at {@code path} beside {@code owner}; fails loudly if it is missing or malformed. */
    public static Object readResource(Class<?> owner, String path) {
        try (InputStream in = owner.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + path + " next to " + owner.getName());
            }
            try (JsonParser parser = FACTORY.createParser(in)) {
                parser.nextToken();
                Object value = read(parser);
                if (parser.nextToken() != null) {
                    throw new IllegalStateException(path + ": trailing content");
                }
                return value;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }

    /**
     * {@code override} laid over {@code base}, both objects as {@link #readResource} returns them: objects
     * merge field by field, lists and other values replace, and a null in {@code override} removes the field.
     */
    static Map<String, Object> merge(Map<?, ?> base, Map<?, ?> override) {
        Map<String, Object> out = new LinkedHashMap<>();
        base.forEach((k, v) -> out.put((String) k, v));
        override.forEach((k, v) -> {
            String key = (String) k;
            Object old = out.get(key);
            if (v == null) {
                out.remove(key);
            } else if (v instanceof Map && old instanceof Map) {
                out.put(key, merge((Map<?, ?>) old, (Map<?, ?>) v));
            } else {
                out.put(key, v);
            }
        });
        return out;
    }

    private static Object read(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == null) {
            throw new IOException("unexpected end of data");
        }
        switch (token) {
            case START_OBJECT: {
                Map<String, Object> object = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    if (object.put(name, read(parser)) != null) {
                        throw new IOException("duplicate field " + name + " at " + parser.currentLocation());
                    }
                }
                return object;
            }
            case START_ARRAY: {
                List<Object> array = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(read(parser));
                }
                return array;
            }
            case VALUE_STRING:
                return parser.getText();
            case VALUE_NUMBER_INT:
                return parser.getLongValue();
            case VALUE_NUMBER_FLOAT:
                return parser.getDoubleValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw new IOException("unexpected " + token + " at " + parser.currentLocation());
        }
    }
}
