package io.ec2emulator.core.images;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Ids of the public catalog's images and snapshots: derived from a hash of the region and the image name,
 * so each region has its own ids (as on AWS) and they are the same after every restart.
 */
final class CatalogIds {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private CatalogIds() {
    }

    static String imageId(String region, String imageName) {
        return id("ami", region + "\n" + imageName);
    }

    static String snapshotId(String region, String imageName, String deviceName) {
        return id("snap", region + "\n" + imageName + "\n" + deviceName);
    }

    /** {@code prefix-0} and 16 hex digits of the SHA-256 of the prefix and seed, like AWS's 17-digit ids. */
    private static String id(String prefix, String seed) {
        byte[] digest = sha256((prefix + "\n" + seed).getBytes(StandardCharsets.UTF_8));
        StringBuilder id = new StringBuilder(prefix.length() + 18).append(prefix).append("-0");
        for (int i = 0; i < 8; i++) {
            id.append(HEX[(digest[i] >> 4) & 0xF]).append(HEX[digest[i] & 0xF]);
        }
        return id.toString();
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
