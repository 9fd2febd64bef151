package io.ec2emulator.core.keypairs;

import java.util.Optional;

/** The type of an EC2 key pair, as the {@code KeyType} parameter and attribute spell it. */
public enum KeyType {
    /** An RSA key; CreateKeyPair makes 2048-bit keys, ImportKeyPair takes 1024 to 4096 bits. */
    RSA("rsa", "ssh-rsa"),
    /** An Ed25519 key. */
    ED25519("ed25519", "ssh-ed25519");

    private final String wireValue;
    private final String sshName;

    KeyType(String wireValue, String sshName) {
        this.wireValue = wireValue;
        this.sshName = sshName;
    }

    /** The value EC2 uses on the wire: {@code rsa} or {@code ed25519}. */
    public String wireValue() {
        return wireValue;
    }

    /** The SSH algorithm name of this key type, e.g. {@code ssh-rsa}. */
    String sshName() {
        return sshName;
    }

    /** The key type with this exact wire value, or empty for anything else (including null). */
    public static Optional<KeyType> fromWire(String s) {
        for (KeyType type : values()) {
            if (type.wireValue.equals(s)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
