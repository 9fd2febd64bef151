package io.ec2emulator.api.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;

/** Asserts that a real SDK call fails with EC2's error code, status and message. */
final class Ec2Assertions {

    private Ec2Assertions() {
    }

    static Ec2Exception assertEc2Error(String code, int status, String messagePart, Executable call) {
        Ec2Exception error = assertThrows(Ec2Exception.class, call);
        assertEquals(code, error.awsErrorDetails().errorCode(), () -> "message: " + error.awsErrorDetails().errorMessage());
        assertEquals(status, error.statusCode());
        assertTrue(error.awsErrorDetails().errorMessage().contains(messagePart),
                () -> "'" + error.awsErrorDetails().errorMessage() + "' should contain '" + messagePart + "'");
        assertTrue(error.requestId() != null && !error.requestId().isEmpty(), "request id");
        return error;
    }

    static Ec2Exception assertEc2Error(String code, String messagePart, Executable call) {
        return assertEc2Error(code, 400, messagePart, call);
    }
}
