package io.ec2emulator.core.keypairs;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** Key fingerprints exactly as EC2 prints them. */
final class Fingerprints {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Fingerprints() {}

    /** A created RSA key: SHA-1 of the DER PKCS#8 private key, colon-separated lowercase hex. */
    static String createdRsa(byte[] pkcs8Der) {
        return colonHex(digest("SHA-1", pkcs8Der));
    }

    /** An imported RSA key: MD5 of the DER SubjectPublicKeyInfo, colon-separated lowercase hex. */
    static String importedRsa(byte[] subjectPublicKeyInfoDer) {
        return colonHex(digest("MD5", subjectPublicKeyInfoDer));
    }

    /** An Ed25519 key: base64 (with padding) of SHA-256 of the OpenSSH public key blob. */
    static String ed25519(byte[] publicKeyBlob) {
        return Base64.getEncoder().encodeToString(digest("SHA-256", publicKeyBlob));
    }

    static String hex(byte[] bytes) {
        StringBuilder out = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            out.append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
        }
        return out.toString();
    }

    private static String colonHex(byte[] bytes) {
        StringBuilder out = new StringBuilder(bytes.length * 3);
        for (byte b : bytes) {
            if (out.length() > 0) {
                out.append(':');
            }
            out.append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
        }
        return out.toString();
    }

    private static byte[] digest(String algorithm, byte[] data) {
        try {
            return MessageDigest.getInstance(algorithm).digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is required of every Java platform", e);
        }
    }
}
