package io.ec2emulator.core.instances;

import java.time.Instant;

/**
 * The Administrator password a Windows instance set at its first boot, as EC2 keeps it for
 * GetPasswordData: encrypted under the launch key pair's RSA public key. EC2 never sees it in clear,
 * and neither does the emulator's state.
 *
 * @param instanceId   the instance
 * @param passwordData the base64 RSA PKCS#1 v1.5 ciphertext of the password
 * @param availableAt  when GetPasswordData starts answering it (empty before)
 */
public record WindowsPassword(String instanceId, String passwordData, Instant availableAt) {
}
