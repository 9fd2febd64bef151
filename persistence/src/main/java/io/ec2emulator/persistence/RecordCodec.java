package io.ec2emulator.persistence;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns the core's immutable records into JSON and back: every record component, by name, with
 * instants as ISO-8601 text. Only records of the core's packages are read back, so a file cannot
 * make the emulator instantiate anything else.
 */
final class RecordCodec {

    private static final String CORE_PACKAGE = "io.ec2emulator.core.";

    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .visibility(PropertyAccessor.ALL, Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, Visibility.ANY)
            .visibility(PropertyAccessor.CREATOR, Visibility.ANY)
            .build();
    private final Map<String, ObjectReader> readers = new ConcurrentHashMap<>();
    private final Map<Class<?>, ObjectWriter> writers = new ConcurrentHashMap<>();

    ObjectMapper mapper() {
        return mapper;
    }

    String write(Object record) {
        try {
            return writers.computeIfAbsent(record.getClass(), mapper::writerFor).writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a " + record.getClass().getName() + " as JSON", e);
        }
    }

    JsonNode tree(Object record) {
        return mapper.valueToTree(record);
    }

    /** @throws IllegalArgumentException if the type is not a core record or the JSON does not fit it */
    Object read(String typeName, String json) {
        try {
            return reader(typeName).readValue(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a " + typeName + " record could not be read: "
                    + e.getOriginalMessage());
        }
    }

    /** @throws IllegalArgumentException if the type is not a core record or the JSON does not fit it */
    Object read(String typeName, JsonNode json) {
        try {
            return reader(typeName).readValue(json);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("a " + typeName + " record could not be read: " + e.getMessage());
        }
    }

    private ObjectReader reader(String name) {
        ObjectReader known = readers.get(name);
        if (known != null) {
            return known;
        }
        if (name == null || !name.startsWith(CORE_PACKAGE)) {
            throw new IllegalArgumentException("unknown record type '" + name + "'");
        }
        Class<?> type;
        try {
            type = Class.forName(name, false, RecordCodec.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("unknown record type '" + name + "'");
        }
        if (!type.isRecord()) {
            throw new IllegalArgumentException("'" + name + "' is not a record type");
        }
        ObjectReader reader = mapper.readerFor(type);
        readers.put(name, reader);
        return reader;
    }
}
