package io.ec2emulator.core.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Typed, read-only access to one object of a data file as {@link JsonData} reads it, with errors that name
 * the file position ({@link #where()}) and the field. Accessors named after a type require the field;
 * {@code optional…} ones return null when it is absent (or JSON null); list accessors read absent as empty.
 * Whole numbers read as {@code int} must lie between 0 and {@link Integer#MAX_VALUE}.
 */
public final class DataObject {

    private final Map<?, ?> fields;
    private final String where;

    /** Wraps {@code value}, which must be an object; {@code where} names it in error messages. */
    public DataObject(Object value, String where) {
        if (!(value instanceof Map)) {
            throw new IllegalStateException(where + ": expected an object");
        }
        this.fields = (Map<?, ?>) value;
        this.where = where;
    }

    /** The file position of this object, as used in error messages. */
    public String where() {
        return where;
    }

    /** Whether the field is present and not null. */
    public boolean has(String field) {
        return fields.get(field) != null;
    }

    /**
     * This object with {@code override} laid over it, named {@code where}: objects merge field by field,
     * lists and other values replace, and a null in {@code override} removes the field.
     */
    public DataObject overlaidWith(DataObject override, String where) {
        return new DataObject(JsonData.merge(fields, override.fields), where);
    }

    /** A required non-blank string. */
    public String string(String field) {
        String value = optionalString(field);
        if (value == null || value.isBlank()) {
            throw missing(field);
        }
        return value;
    }

    /** A string, or {@code fallback} when absent. */
    public String string(String field, String fallback) {
        String value = optionalString(field);
        return value != null ? value : fallback;
    }

    public String optionalString(String field) {
        return typed(field, String.class, "string");
    }

    /** A required boolean. */
    public boolean bool(String field) {
        return required(field, optionalBoolean(field));
    }

    /** A boolean, or {@code fallback} when absent. */
    public boolean bool(String field, boolean fallback) {
        Boolean value = optionalBoolean(field);
        return value == null ? fallback : value;
    }

    public Boolean optionalBoolean(String field) {
        return typed(field, Boolean.class, "boolean");
    }

    /** A required whole number from 0 to {@link Integer#MAX_VALUE}. */
    public int integer(String field) {
        return required(field, optionalInt(field));
    }

    public Integer optionalInt(String field) {
        Long value = optionalLong(field);
        return value == null ? null : toInt(value, field);
    }

    /** A required whole number. */
    public long longValue(String field) {
        return required(field, optionalLong(field));
    }

    public Long optionalLong(String field) {
        return typed(field, Long.class, "whole number");
    }

    /** A decimal; whole numbers in the file are read as decimals too. */
    public Double optionalDouble(String field) {
        Number value = typed(field, Number.class, "number");
        return value == null ? null : value.doubleValue();
    }

    /** A list of strings. */
    public List<String> strings(String field) {
        return list(field, String.class);
    }

    /** A list of whole numbers from 0 to {@link Integer#MAX_VALUE}. */
    public List<Integer> ints(String field) {
        return list(field, Long.class).stream().map(value -> toInt(value, field)).toList();
    }

    /** A required nested object. */
    public DataObject object(String field) {
        return required(field, optionalObject(field));
    }

    public DataObject optionalObject(String field) {
        Object value = fields.get(field);
        return value == null ? null : new DataObject(value, where + "." + field);
    }

    /** A list of objects, each named by its index. */
    public List<DataObject> objects(String field) {
        List<Object> items = list(field, Object.class);
        List<DataObject> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            out.add(new DataObject(items.get(i), where + "." + field + "[" + i + "]"));
        }
        return List.copyOf(out);
    }

    private <T> T required(String field, T value) {
        if (value == null) {
            throw missing(field);
        }
        return value;
    }

    private IllegalStateException missing(String field) {
        return new IllegalStateException(where + ": missing " + field);
    }

    private int toInt(long value, String field) {
        if (value < 0 || value > Integer.MAX_VALUE) {
            throw new IllegalStateException(where + ": " + field + " out of range");
        }
        return (int) value;
    }

    private <T> T typed(String field, Class<T> type, String typeName) {
        Object value = fields.get(field);
        if (value != null && !type.isInstance(value)) {
            throw new IllegalStateException(where + ": " + field + " must be a " + typeName);
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
