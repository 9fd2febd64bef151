package io.ec2emulator.core.keypairs;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.encodings.PKCS1Encoding;
import org.bouncycastle.crypto.engines.RSAEngine;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.params.RSAKeyParameters;

/**
 * Encrypts a short secret under the RSA public key of an OpenSSH public key line, with RSA PKCS#1 v1.5
 * padding (RSA/ECB/PKCS1Padding): what EC2 does with a Windows instance's Administrator password, and
 * what {@code aws ec2 get-password-data --priv-launch-key} undoes ({@code rsa.decrypt}).
 */
final class RsaEncryption {

    private RsaEncryption() {}

    /** One shared generator, created on first use; SecureRandom is thread-safe. */
    private static final class Random {
        static final SecureRandom INSTANCE = new SecureRandom();
    }

    /** The base64 ciphertext, or empty if the line is not a readable {@code ssh-rsa} key. */
    static Optional<String> encrypt(String openSshLine, byte[] plaintext) {
        return rsaKey(openSshLine).map(key -> {
            PKCS1Encoding cipher = new PKCS1Encoding(new RSAEngine());
            cipher.init(true, new ParametersWithRandom(key, Random.INSTANCE));
            try {
                return Base64.getEncoder().encodeToString(cipher.processBlock(plaintext, 0, plaintext.length));
            } catch (InvalidCipherTextException e) {
                throw new IllegalArgumentException("the secret does not fit the key", e);
            }
        });
    }

    /** The RSA public key of an OpenSSH line ({@code ssh-rsa base64 [comment]}), or empty for anything else. */
    static Optional<RSAKeyParameters> rsaKey(String openSshLine) {
        if (openSshLine == null) {
            return Optional.empty();
        }
        String[] parts = openSshLine.strip().split("[ \t]+", 3);
        if (parts.length < 2 || !parts[0].equals(KeyType.RSA.sshName())) {
            return Optional.empty();
        }
        try {
            SshWire.Reader reader = new SshWire.Reader(Base64.getDecoder().decode(parts[1]));
            if (!reader.asciiString().equals(KeyType.RSA.sshName())) {
                return Optional.empty();
            }
            BigInteger exponent = reader.mpint();
            BigInteger modulus = reader.mpint();
            reader.end();
            return Optional.of(new RSAKeyParameters(false, modulus, exponent));
        } catch (RuntimeException e) {
            // A line the emulator stored itself; anything unreadable simply has no RSA key.
            return Optional.empty();
        }
    }
}
