package io.ec2emulator.core.images;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Typed access to one object of the image catalog file (strings, integers, booleans, nested objects), with
 * errors that name the file position and the field.
 */
final class CatalogData {

    private final Map<?, ?> fields;
    private final String where;

    CatalogData(Object value, String where) {
        if (!(value instanceof Map)) {
            throw new IllegalStateException(where + ": expected an object");
        }
        this.fields = (Map<?, ?>) value;
        this.where = where;
    }

    String where() {
        return where;
    }

    boolean has(String field) {
        return fields.get(field) != null;
    }

    /** A required non-blank string. */
    String string(String field) {
        String value = optionalString(field);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(where + ": missing " + field);
        }
        return value;
    }

    String string(String field, String fallback) {
        String value = optionalString(field);
        return value != null ? value : fallback;
    }

    String optionalString(String field) {
        return typed(field, String.class);
    }

    Integer optionalInt(String field) {
        Long value = typed(field, Long.class);
        if (value != null && (value < 0 || value > Integer.MAX_VALUE)) {
            throw new IllegalStateException(where + ": " + field + " out of range");
        }
        return value == null ? null : value.intValue();
    }

    int integer(String field) {
        Integer value = optionalInt(field);
        if (value == null) {
            throw new IllegalStateException(where + ": missing " + field);
        }
        return value;
    }

    Boolean optionalBoolean(String field) {
        return typed(field, Boolean.class);
    }

    boolean bool(String field, boolean fallback) {
        Boolean value = optionalBoolean(field);
        return value == null ? fallback : value;
    }

    CatalogData object(String field) {
        return new CatalogData(fields.get(field), where + "." + field);
    }

    /** A list of objects; an absent field is an empty list. */
    List<CatalogData> objects(String field) {
        Object value = fields.get(field);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List)) {
            throw new IllegalStateException(where + ": " + field + " must be a list");
        }
        List<?> items = (List<?>) value;
        return IntStream.range(0, items.size())
                .mapToObj(i -> new CatalogData(items.get(i), where + "." + field + "[" + i + "]"))
                .toList();
    }

    private <T> T typed(String field, Class<T> type) {
        Object value = fields.get(field);
        if (value != null && !type.isInstance(value)) {
            throw new IllegalStateException(where + ": " + field + " must be a " + type.getSimpleName().toLowerCase());
        }
        return type.cast(value);
    }
}
