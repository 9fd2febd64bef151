package io.ec2emulator.core.instancetypes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Typed, read-only access to one object of the instance type data, after layering: errors name the
 * object and the field. {@link #merge} lays one object over another the way the data file means it.
 */
final class DataMap {

    private final Map<?, ?> fields;
    private final String where;

    DataMap(Object value, String where) {
        if (!(value instanceof Map)) {
            throw new IllegalStateException(where + ": expected an object");
        }
        this.fields = (Map<?, ?>) value;
        this.where = where;
    }

    /**
     * {@code override} laid over {@code base}: objects merge field by field, lists and values replace,
     * and a null removes the field.
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

    Map<?, ?> raw() {
        return fields;
    }

    String where() {
        return where;
    }

    boolean has(String field) {
        return fields.get(field) != null;
    }

    String string(String field) {
        String value = optionalString(field);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(where + ": missing " + field);
        }
        return value;
    }

    String optionalString(String field) {
        return typed(field, String.class);
    }

    String string(String field, String fallback) {
        String value = optionalString(field);
        return value != null ? value : fallback;
    }

    boolean bool(String field) {
        Boolean value = typed(field, Boolean.class);
        if (value == null) {
            throw new IllegalStateException(where + ": missing " + field);
        }
        return value;
    }

    long longValue(String field) {
        Long value = optionalLong(field);
        if (value == null) {
            throw new IllegalStateException(where + ": missing " + field);
        }
        return value;
    }

    int intValue(String field) {
        return Math.toIntExact(longValue(field));
    }

    Long optionalLong(String field) {
        return typed(field, Long.class);
    }

    Integer optionalInt(String field) {
        Long value = optionalLong(field);
        return value == null ? null : Math.toIntExact(value);
    }

    /** A decimal; whole numbers in the file are read as decimals too. */
    Double optionalDouble(String field) {
        Number value = typed(field, Number.class);
        return value == null ? null : value.doubleValue();
    }

    /** A list of strings; absent means empty. */
    List<String> strings(String field) {
        return list(field, String.class);
    }

    /** A list of whole numbers; absent means empty. */
    List<Integer> ints(String field) {
        return list(field, Long.class).stream().map(Math::toIntExact).toList();
    }

    /** A nested object, or null when absent. */
    DataMap object(String field) {
        Object value = fields.get(field);
        return value == null ? null : new DataMap(value, where + "." + field);
    }

    /** A list of objects; absent means empty. */
    List<DataMap> objects(String field) {
        List<Object> items = list(field, Object.class);
        List<DataMap> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            out.add(new DataMap(items.get(i), where + "." + field + "[" + i + "]"));
        }
        return out;
    }

    private <T> T typed(String field, Class<T> type) {
        Object value = fields.get(field);
        if (value != null && !type.isInstance(value)) {
            throw new IllegalStateException(where + ": " + field + " must be a " + type.getSimpleName());
        }
        return type.cast(value);
    }

    private <T> List<T> list(String field, Class<T> type) {
        Object value = fields.get(field);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List)) {
            throw new IllegalStateException(where + ": " + field + " must be a list");
        }
        List<T> out = new ArrayList<>();
        for (Object item : (List<?>) value) {
            if (!type.isInstance(item)) {
                throw new IllegalStateException(where + ": " + field + " items must be " + type.getSimpleName());
            }
            out.add(type.cast(item));
        }
        return List.copyOf(out);
    }
}
