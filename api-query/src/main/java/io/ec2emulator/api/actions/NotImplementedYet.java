package io.ec2emulator.api.actions;

import io.ec2emulator.core.Ec2Error;
import software.amazon.awssdk.core.util.SdkAutoConstructList;

/**
 * Refuses a parameter that EC2 has and this emulator does not implement yet, naming it, with the
 * same 501 {@code NotImplemented} as an unimplemented action: never silently ignored.
 */
final class NotImplementedYet {

    private NotImplementedYet() {
    }

    static void reject(String action, String parameter, Object value) {
        boolean given = value != null && !(value instanceof SdkAutoConstructList)
                && !(value instanceof java.util.List && ((java.util.List<?>) value).isEmpty())
                && !Boolean.FALSE.equals(value);
        if (given) {
            throw new Ec2Error("NotImplemented", "The parameter " + parameter + " of " + action
                    + " is valid in the EC2 API but not implemented by this emulator yet", 501);
        }
    }
}
