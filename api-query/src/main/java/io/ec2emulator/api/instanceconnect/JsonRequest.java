package io.ec2emulator.api.instanceconnect;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.ec2emulator.core.Ec2Error;
import io.ec2emulator.core.instanceconnect.InstanceConnectErrors;

/**
 * The JSON object of an AWS JSON 1.1 request. An empty body is an empty object; members the operation
 * does not know are ignored; a member that is {@code null} is absent. A body that is not one JSON
 * object, or a member of the wrong JSON type, is {@code SerializationException}.
 */
final class JsonRequest {

    static final String SERIALIZATION_ERROR = "SerializationException";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final JsonNode body;

    private JsonRequest(JsonNode body) {
        this.body = body;
    }

    static JsonRequest parse(byte[] content) {
        if (content.length == 0) {
            return new JsonRequest(MAPPER.createObjectNode());
        }
        JsonNode tree;
        try {
            tree = MAPPER.readTree(content);
        } catch (JacksonException e) {
            throw serialization("The request body is not valid JSON");
        } catch (java.io.IOException e) {
            throw serialization("The request body could not be read");
        }
        if (tree == null || tree.isMissingNode()) {
            return new JsonRequest(MAPPER.createObjectNode());
        }
        if (!tree.isObject()) {
            throw serialization("The request body must be a JSON object");
        }
        return new JsonRequest(tree);
    }

    /** The string member {@code name}, or null when absent. */
    String text(String name) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw serialization("Expected a string for " + name);
        }
        return value.textValue();
    }

    /** The integer member {@code name}, or null when absent; out of the int range is invalid, not absent. */
    Integer integer(String name) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber()) {
            throw serialization("Expected an integer for " + name);
        }
        if (!value.canConvertToInt()) {
            throw InstanceConnectErrors.invalidArgs("Invalid value for " + name);
        }
        return value.intValue();
    }

    private static Ec2Error serialization(String message) {
        return Ec2Error.client(SERIALIZATION_ERROR, message);
    }
}
