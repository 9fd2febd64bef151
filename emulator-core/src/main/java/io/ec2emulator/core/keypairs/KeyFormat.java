package io.ec2emulator.core.keypairs;

import java.util.Optional;

/** The format of the private key material CreateKeyPair returns ({@code KeyFormat} parameter). */
public enum KeyFormat {
    /** PEM: PKCS#1 for RSA, the OpenSSH private key format for Ed25519. */
    PEM("pem"),
    /** A PuTTY private key file (.ppk). */
    PPK("ppk");

    private final String wireValue;

    KeyFormat(String wireValue) {
        this.wireValue = wireValue;
    }

    /** The value EC2 uses on the wire: {@code pem} or {@code ppk}. */
    public String wireValue() {
        return wireValue;
    }

    /** The format with this exact wire value, or empty for anything else (including null). */
    public static Optional<KeyFormat> fromWire(String s) {
        for (KeyFormat format : values()) {
            if (format.wireValue.equals(s)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
