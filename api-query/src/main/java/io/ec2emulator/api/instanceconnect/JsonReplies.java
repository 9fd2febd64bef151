package io.ec2emulator.api.instanceconnect;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ec2emulator.api.dispatch.ApiResponse;
import java.nio.charset.StandardCharsets;

/**
 * AWS JSON 1.1 answers: a result object, or an error as {@code {"__type": "<name>", "Message": "..."}}
 * (the shape botocore and the AWS SDKs read the error name and message from).
 */
final class JsonReplies {

    /** The Content-Type of every AWS JSON 1.1 answer. */
    static final String CONTENT_TYPE = "application/x-amz-json-1.1";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonReplies() {
    }

    /** SendSSHPublicKey's and SendSerialConsoleSSHPublicKey's answer. */
    static ApiResponse success(String requestId, String action) {
        ObjectNode body = MAPPER.createObjectNode().put("RequestId", requestId).put("Success", true);
        return new ApiResponse(200, bytes(body), requestId, action, null);
    }

    static ApiResponse error(int status, String type, String message, String requestId, String action) {
        ObjectNode body = MAPPER.createObjectNode().put("__type", type).put("Message", message);
        return new ApiResponse(status, bytes(body), requestId, action, type);
    }

    private static byte[] bytes(ObjectNode body) {
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }
}
