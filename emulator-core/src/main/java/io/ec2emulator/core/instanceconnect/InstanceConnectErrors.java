package io.ec2emulator.core.instanceconnect;

import io.ec2emulator.core.Ec2Error;

/** The errors of the EC2 Instance Connect API, by the names its model gives them (all HTTP 400). */
public final class InstanceConnectErrors {

    public static final String INVALID_ARGS = "InvalidArgsException";
    public static final String INSTANCE_NOT_FOUND = "EC2InstanceNotFoundException";
    public static final String INSTANCE_STATE_INVALID = "EC2InstanceStateInvalidException";
    public static final String INSTANCE_UNAVAILABLE = "EC2InstanceUnavailableException";
    public static final String SERIAL_CONSOLE_DISABLED = "SerialConsoleAccessDisabledException";

    private InstanceConnectErrors() {
    }

    public static Ec2Error invalidArgs(String message) {
        return Ec2Error.client(INVALID_ARGS, message);
    }

    static Ec2Error instanceNotFound(String instanceId) {
        return Ec2Error.client(INSTANCE_NOT_FOUND, "Instance not found: " + instanceId);
    }

    static Ec2Error stateInvalid(String instanceId, String state) {
        return Ec2Error.client(INSTANCE_STATE_INVALID, "Unable to connect to instance " + instanceId
                + " because it is " + state + ". Connecting to a stopped or terminated instance is not supported.");
    }

    static Ec2Error unavailable(String instanceId) {
        return Ec2Error.client(INSTANCE_UNAVAILABLE, "Instance " + instanceId
                + " is currently unavailable. Wait a few minutes and try again.");
    }

    static Ec2Error serialConsoleDisabled() {
        return Ec2Error.client(SERIAL_CONSOLE_DISABLED, "Your account is not authorized to use the EC2 Serial"
                + " Console. To authorize your account, run the EnableSerialConsoleAccess API.");
    }
}
