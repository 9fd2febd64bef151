package io.ec2emulator.core.data;

import java.util.List;
import java.util.Map;

/** Typed access to one object of a data file, with errors that name the file and the field. */
public final class DataObject {

    private final Map<?, ?> fields;
    private final String where;

    public DataObject(Object value, String where) {
        if (!(value instanceof Map)) {
            throw new IllegalStateException(where + ": expected an object");
        }
        this.fields = (Map<?, ?>) value;
        this.where = where;
    }

    public String where() {
        return where;
    }

    /** A required non-blank string. */
    public String string(String field) {
        String value = optionalString(field);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(where + ": missing " + field);
        }
        return value;
    }

    public String optionalString(String field) {
        Object value = fields.get(field);
        if (value != null && !(value instanceof String)) {
            throw new IllegalStateException(where + ": " + field + " must be a string");
        }
        return (String) value;
    }

    public String string(String field, String fallback) {
        String value = optionalString(field);
        return value != null ? value : fallback;
    }

    /** A required list of objects, each wrapped for typed access. */
    public List<DataObject> objects(String field) {
        Object value = fields.get(field);
        if (!(value instanceof List)) {
            throw new IllegalStateException(where + ": " + field + " must be a list");
        }
        List<?> items = (List<?>) value;
        return java.util.stream.IntStream.range(0, items.size())
                .mapToObj(i -> new DataObject(items.get(i), where + "." + field + "[" + i + "]"))
                .toList();
    }
}
