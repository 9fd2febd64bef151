package io.ec2emulator.api.dispatch;

/**
 * What the front end sends back: an HTTP status and a body (an XML document for the EC2 Query API, a
 * JSON object for EC2 Instance Connect), with what the request log records.
 */
public record ApiResponse(int status, byte[] body, String requestId, String action, String errorCode) {
}
