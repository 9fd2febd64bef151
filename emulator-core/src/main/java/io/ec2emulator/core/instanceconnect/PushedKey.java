package io.ec2emulator.core.instanceconnect;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * An SSH public key pushed with EC2 Instance Connect: usable to log in as {@code osUser} on
 * {@code instanceId} until {@code expiresAt} (60 seconds after the push).
 *
 * @param publicKey the key as one OpenSSH line, {@code type base64-blob} (no comment)
 */
public record PushedKey(String instanceId, String osUser, String publicKey, Instant expiresAt) {

    /** Whether the key still lets a login in at {@code now} (it does up to and including {@code expiresAt}). */
    public boolean validAt(Instant now) {
        return !now.isAfter(expiresAt);
    }

    /**
     * Its id in the region's store: the instance, the user, then a digest of the key, so that the keys of
     * one user on one instance sort together and pushing the same key again replaces it.
     */
    String id() {
        return prefix(instanceId, osUser) + sha256(publicKey);
    }

    /** What the ids of every key of {@code osUser} on {@code instanceId} start with. */
    static String prefix(String instanceId, String osUser) {
        return instanceId + "/" + osUser + "/";
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
