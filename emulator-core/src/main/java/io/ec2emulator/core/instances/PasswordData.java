package io.ec2emulator.core.instances;

import java.time.Instant;

/**
 * What GetPasswordData answers.
 *
 * @param passwordData the base64 encrypted password, or the empty string while there is none
 * @param timestamp    when the password became available, or the time of the call while there is none
 */
public record PasswordData(String instanceId, Instant timestamp, String passwordData) {

    public boolean available() {
        return !passwordData.isEmpty();
    }
}
