package io.ec2emulator.core.instanceconnect;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;

/** OpenSSH public key lines of freshly generated keys, for tests. */
final class SshKeyLines {

    private SshKeyLines() {
    }

    static String rsa(int bits) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(bits);
            RSAPublicKey key = (RSAPublicKey) generator.generateKeyPair().getPublic();
            ByteArrayOutputStream blob = new ByteArrayOutputStream();
            string(blob, "ssh-rsa".getBytes(StandardCharsets.US_ASCII));
            string(blob, key.getPublicExponent().toByteArray());
            string(blob, key.getModulus().toByteArray());
            return "ssh-rsa " + Base64.getEncoder().encodeToString(blob.toByteArray()) + " test@host";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @param curve 256, 384 or 521 */
    static String ecdsa(int curve) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp" + curve + "r1"));
            ECPublicKey key = (ECPublicKey) generator.generateKeyPair().getPublic();
            int size = (curve + 7) / 8;
            ByteArrayOutputStream point = new ByteArrayOutputStream();
            point.write(4);
            point.writeBytes(fixed(key.getW().getAffineX(), size));
            point.writeBytes(fixed(key.getW().getAffineY(), size));
            String type = "ecdsa-sha2-nistp" + curve;
            ByteArrayOutputStream blob = new ByteArrayOutputStream();
            string(blob, type.getBytes(StandardCharsets.US_ASCII));
            string(blob, ("nistp" + curve).getBytes(StandardCharsets.US_ASCII));
            string(blob, point.toByteArray());
            return type + " " + Base64.getEncoder().encodeToString(blob.toByteArray()) + " test@host";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] fixed(BigInteger value, int size) {
        byte[] raw = value.toByteArray();
        byte[] out = new byte[size];
        int copy = Math.min(raw.length, size);
        System.arraycopy(raw, raw.length - copy, out, size - copy, copy);
        return out;
    }

    private static void string(ByteArrayOutputStream out, byte[] value) {
        out.write(value.length >>> 24);
        out.write(value.length >>> 16);
        out.write(value.length >>> 8);
        out.write(value.length);
        out.writeBytes(value);
    }
}
