package io.ec2emulator.core.keypairs;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.params.RSAPrivateCrtKeyParameters;

/**
 * Writes unencrypted PuTTY private key files, format version 2 ({@code PuTTY-User-Key-File-2}), as
 * documented in appendix C of the PuTTY manual.
 */
final class PuttyKeyWriter {

    private static final int LINE_WIDTH = 64;
    private static final String ENCRYPTION = "none";
    private static final String MAC_KEY_SEED = "putty-private-key-file-mac-key";

    private PuttyKeyWriter() {}

    /** The PPK private blob of an RSA key: mpint d, p, q and iqmp (q^-1 mod p). */
    static byte[] rsaPrivateBlob(RSAPrivateCrtKeyParameters key) {
        return new SshWire.Writer()
                .mpint(key.getExponent())
                .mpint(key.getP())
                .mpint(key.getQ())
                .mpint(key.getQInv())
                .toByteArray();
    }

    /** The PPK private blob of an Ed25519 key: the 32-byte private key as a string. */
    static byte[] ed25519PrivateBlob(byte[] privateKey) {
        return new SshWire.Writer().string(privateKey).toByteArray();
    }

    /** The whole .ppk file, ending with a newline. */
    static String write(KeyType type, byte[] publicBlob, byte[] privateBlob, String comment) {
        String safeComment = comment.replace('\r', ' ').replace('\n', ' ');
        String publicBase64 = Base64.getEncoder().encodeToString(publicBlob);
        String privateBase64 = Base64.getEncoder().encodeToString(privateBlob);
        return "PuTTY-User-Key-File-2: " + type.sshName() + "\n"
                + "Encryption: " + ENCRYPTION + "\n"
                + "Comment: " + safeComment + "\n"
                + "Public-Lines: " + KeyText.lineCount(publicBase64, LINE_WIDTH) + "\n"
                + KeyText.wrap(publicBase64, LINE_WIDTH)
                + "Private-Lines: " + KeyText.lineCount(privateBase64, LINE_WIDTH) + "\n"
                + KeyText.wrap(privateBase64, LINE_WIDTH)
                + "Private-MAC: " + mac(type, safeComment, publicBlob, privateBlob) + "\n";
    }

    /** HMAC-SHA1 keyed with SHA-1 of the MAC key seed (empty passphrase) over the version 2 MAC input. */
    private static String mac(KeyType type, String comment, byte[] publicBlob, byte[] privateBlob) {
        byte[] input = new SshWire.Writer()
                .string(type.sshName())
                .string(ENCRYPTION)
                .string(comment)
                .string(publicBlob)
                .string(privateBlob)
                .toByteArray();
        try {
            byte[] key = MessageDigest.getInstance("SHA-1").digest(MAC_KEY_SEED.getBytes(StandardCharsets.US_ASCII));
            Mac hmac = Mac.getInstance("HmacSHA1");
            hmac.init(new SecretKeySpec(key, "HmacSHA1"));
            return Fingerprints.hex(hmac.doFinal(input));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is required of every Java platform", e);
        }
    }
}
