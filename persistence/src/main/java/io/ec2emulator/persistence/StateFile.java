package io.ec2emulator.persistence;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ec2emulator.core.Emulator;
import io.ec2emulator.core.state.AccountRegion;
import io.ec2emulator.core.state.Change;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The whole state of an emulator as one JSON document, to share a prepared environment:
 * <pre>{"format": "ec2-emulator-state", "version": 1, "savedAt": "...",
 *  "regions": [{"account": "123456789012", "region": "us-east-1",
 *               "records": [{"store": "vpc", "id": "vpc-...", "type": "io.ec2emulator.core.vpc.Vpc", "value": {...}}]}]}</pre>
 * Reading checks the whole document before anything is replaced; a bad one changes nothing.
 */
public final class StateFile {

    public static final String FORMAT = "ec2-emulator-state";
    public static final int VERSION = 1;
    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");

    private final RecordCodec codec = new RecordCodec();

    /** The emulator's state now (each region as of one moment). */
    public byte[] save(Emulator emulator) {
        return write(emulator.records());
    }

    /**
     * Replaces the emulator's state with the document's (and keeps it in the data directory, if any).
     *
     * @throws IllegalArgumentException if the document is not a state file this version reads
     */
    public void load(Emulator emulator, byte[] document) {
        emulator.replaceState(read(document), true);
    }

    byte[] write(Map<AccountRegion, List<Change>> state) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (JsonGenerator g = codec.mapper().getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeNumberField("version", VERSION);
            g.writeStringField("savedAt", Instant.now().toString());
            g.writeArrayFieldStart("regions");
            for (Map.Entry<AccountRegion, List<Change>> region : state.entrySet()) {
                g.writeStartObject();
                g.writeStringField("account", region.getKey().accountId());
                g.writeStringField("region", region.getKey().region());
                g.writeArrayFieldStart("records");
                for (Change record : region.getValue()) {
                    g.writeStartObject();
                    g.writeStringField("store", record.store());
                    g.writeStringField("id", record.id());
                    g.writeStringField("type", record.value().getClass().getName());
                    g.writeFieldName("value");
                    codec.mapper().writeValue(g, record.value());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** @throws IllegalArgumentException with a message that says what is wrong and where */
    Map<AccountRegion, List<Change>> read(byte[] document) {
        JsonNode root;
        try {
            root = codec.mapper().readTree(document);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a JSON document: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("a state file is a JSON object");
        }
        if (!FORMAT.equals(root.path("format").asText(null))) {
            throw new IllegalArgumentException("not a state file: \"format\" must be \"" + FORMAT + "\"");
        }
        if (!root.path("version").isInt() || root.path("version").asInt() != VERSION) {
            throw new IllegalArgumentException("state file version " + root.path("version")
                    + " is not supported; this emulator reads version " + VERSION);
        }
        JsonNode regions = root.path("regions");
        if (!regions.isArray()) {
            throw new IllegalArgumentException("\"regions\" must be an array");
        }
        Map<AccountRegion, List<Change>> state = new LinkedHashMap<>();
        int r = 0;
        for (JsonNode region : regions) {
            String where = "regions[" + r++ + "]";
            String account = text(region, "account", where);
            String name = text(region, "region", where);
            if (!ACCOUNT.matcher(account).matches()) {
                throw new IllegalArgumentException(where + ": account must be a 12-digit account id");
            }
            AccountRegion key = new AccountRegion(account, name);
            if (state.containsKey(key)) {
                throw new IllegalArgumentException(where + ": " + account + "/" + name + " appears twice");
            }
            JsonNode records = region.path("records");
            if (!(records instanceof ArrayNode)) {
                throw new IllegalArgumentException(where + ": \"records\" must be an array");
            }
            List<Change> changes = new ArrayList<>(records.size());
            Set<String> seen = new HashSet<>();
            int i = 0;
            for (JsonNode record : records) {
                String at = where + ".records[" + i++ + "]";
                String store = text(record, "store", at);
                String id = text(record, "id", at);
                String type = text(record, "type", at);
                JsonNode value = record.get("value");
                if (!(value instanceof ObjectNode)) {
                    throw new IllegalArgumentException(at + ": \"value\" must be an object");
                }
                if (!seen.add(store + "\n" + id)) {
                    throw new IllegalArgumentException(at + ": " + store + " " + id + " appears twice");
                }
                try {
                    changes.add(new Change(store, id, codec.read(type, value)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(at + ": " + e.getMessage());
                }
            }
            state.put(key, changes);
        }
        return state;
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isEmpty()) {
            throw new IllegalArgumentException(where + ": \"" + field + "\" must be a non-empty string");
        }
        return value.asText();
    }
}
