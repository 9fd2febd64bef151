package io.ec2emulator.bench;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.util.Arrays;
import java.util.Base64;

/** Generates the public key the benchmark imports, with the JDK alone. */
public final class KeyMaterial {

    /** An X.509 Ed25519 public key is a 12-byte algorithm header followed by the raw 32-byte key. */
    private static final int ED25519_RAW_LENGTH = 32;

    private KeyMaterial() {
    }

    /**
     * A fresh Ed25519 public key as an OpenSSH line ({@code ssh-ed25519 AAAA... bench}), base64-encoded again
     * as the Query API's {@code PublicKeyMaterial} parameter expects.
     */
    public static String ed25519PublicKeyMaterial() throws GeneralSecurityException {
        byte[] x509 = KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic().getEncoded();
        byte[] raw = Arrays.copyOfRange(x509, x509.length - ED25519_RAW_LENGTH, x509.length);
        ByteArrayOutputStream blob = new ByteArrayOutputStream();
        writeSshString(blob, "ssh-ed25519".getBytes(StandardCharsets.US_ASCII));
        writeSshString(blob, raw);
        String line = "ssh-ed25519 " + Base64.getEncoder().encodeToString(blob.toByteArray()) + " bench";
        return Base64.getEncoder().encodeToString(line.getBytes(StandardCharsets.US_ASCII));
    }

    private static void writeSshString(ByteArrayOutputStream out, byte[] value) {
        out.write(value.length >>> 24);
        out.write(value.length >>> 16);
        out.write(value.length >>> 8);
        out.write(value.length);
        out.writeBytes(value);
    }
}
