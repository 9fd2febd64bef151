package io.ec2emulator.core.state;

import io.ec2emulator.core.Ec2Error;

/**
 * Thrown by an action that EC2 lets succeed in part and still fail: the changes made so far are kept
 * (the transaction commits) and the caller receives {@link #error()}. TerminateInstances is the case:
 * protected instances stop the call, yet instances in other zones are terminated.
 */
public final class PartialFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Ec2Error error;

    public PartialFailure(Ec2Error error) {
        super(error.getMessage(), null, false, false);
        this.error = error;
    }

    public Ec2Error error() {
        return error;
    }
}
