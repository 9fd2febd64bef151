package io.ec2emulator.core.keypairs;

import io.ec2emulator.core.Ec2Error;
import java.util.Objects;

/**
 * The cryptography behind EC2 key pairs: creating a key pair as CreateKeyPair does, and checking a
 * public key handed to ImportKeyPair. Fingerprints are computed exactly as EC2 computes them.
 */
public final class KeyMaterial {

    /**
     * A freshly created key pair as EC2 CreateKeyPair returns it.
     *
     * @param type the key type
     * @param privateKeyMaterial the private key file text in the requested format, ending with a newline
     * @param fingerprint SHA-1 of the PKCS#8 DER private key (RSA) or base64 SHA-256 of the public key blob (Ed25519)
     * @param publicKey the OpenSSH public key line with the key name as comment
     */
    public record CreatedKey(KeyType type, String privateKeyMaterial, String fingerprint, String publicKey) {}

    /**
     * A public key accepted by ImportKeyPair.
     *
     * @param type the key type
     * @param fingerprint MD5 of the DER SubjectPublicKeyInfo (RSA) or base64 SHA-256 of the public key blob (Ed25519)
     * @param publicKey the OpenSSH public key line, with the comment the user sent if any
     * @param bits the key size in bits (the RSA modulus length, 256 for Ed25519)
     */
    public record ImportedKey(KeyType type, String fingerprint, String publicKey, int bits) {}

    private KeyMaterial() {}

    /**
     * Creates a new key pair: 2048-bit RSA or Ed25519, its private key in the given format.
     *
     * @param keyName the key pair name, used as the public key comment and the PPK comment
     */
    public static CreatedKey create(KeyType type, KeyFormat format, String keyName) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(format, "format");
        return KeyCreator.create(type, format, keyName == null ? "" : keyName);
    }

    /**
     * Checks and normalises the public key given to ImportKeyPair.
     *
     * @param material the raw bytes of ImportKeyPair's PublicKeyMaterial (already base64-decoded once by the
     *     wire layer): an OpenSSH public key line, an RFC 4716 public key, or (base64) DER of an RSA public key
     * @throws Ec2Error {@code InvalidKey.Format} for anything not accepted; no other exception escapes
     */
    public static ImportedKey importPublicKey(byte[] material) {
        return PublicKeyParser.parse(material);
    }

    /**
     * Encrypts {@code plaintext} under the RSA key of an OpenSSH public key line with RSA PKCS#1 v1.5
     * padding, as EC2 encrypts a Windows Administrator password for GetPasswordData.
     *
     * @return the base64 ciphertext, or empty if the line is not an {@code ssh-rsa} key
     */
    public static java.util.Optional<String> encryptForPublicKey(String openSshLine, byte[] plaintext) {
        return RsaEncryption.encrypt(openSshLine, plaintext);
    }
}
