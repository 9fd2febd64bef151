package io.ec2emulator.api.dispatch;

/** What the front end sends back: an HTTP status and an XML document. */
public record ApiResponse(int status, byte[] body, String requestId, String action, String errorCode) {
}
