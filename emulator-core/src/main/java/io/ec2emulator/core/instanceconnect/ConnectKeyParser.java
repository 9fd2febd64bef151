package io.ec2emulator.core.instanceconnect;

import io.ec2emulator.core.Ec2Error;
import io.ec2emulator.core.keypairs.KeyMaterial;
import io.ec2emulator.core.keypairs.KeyType;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Checks the {@code SSHPublicKey} of SendSSHPublicKey and SendSerialConsoleSSHPublicKey and returns it as
 * one canonical OpenSSH line ({@code type base64-blob}, no comment). Accepted: an OpenSSH public key line
 * or an RFC 4716 ("SSH2") public key of type RSA (2048 or 4096 bits) or Ed25519, and an OpenSSH line of
 * an ECDSA key (NIST P-256, P-384, P-521). Anything else is {@code InvalidArgsException}.
 */
final class ConnectKeyParser {

    /** The RSA key lengths EC2 Instance Connect takes. */
    static final Set<Integer> RSA_BITS = Set.of(2048, 4096);
    private static final String RFC4716_BEGIN = "---- BEGIN SSH2 PUBLIC KEY ----";

    private ConnectKeyParser() {
    }

    static String canonical(String sshPublicKey) {
        String text = sshPublicKey.strip();
        if (text.startsWith(EcdsaKeys.PREFIX)) {
            return EcdsaKeys.canonical(text);
        }
        if (!text.startsWith("ssh-rsa ") && !text.startsWith("ssh-rsa\t") && !text.startsWith("ssh-ed25519 ")
                && !text.startsWith("ssh-ed25519\t") && !text.startsWith(RFC4716_BEGIN)) {
            throw notAKey();
        }
        KeyMaterial.ImportedKey key;
        try {
            key = KeyMaterial.importPublicKey(text.getBytes(StandardCharsets.UTF_8));
        } catch (Ec2Error e) {
            throw notAKey();
        }
        if (key.type() == KeyType.RSA && !RSA_BITS.contains(key.bits())) {
            throw InstanceConnectErrors.invalidArgs("Unsupported RSA key length " + key.bits()
                    + ". The supported key lengths are 2048 and 4096 bits.");
        }
        String[] parts = key.publicKey().split(" ", 3);
        return parts[0] + " " + parts[1];
    }

    static Ec2Error notAKey() {
        return InstanceConnectErrors.invalidArgs("The SSH public key is not valid. Supported formats are OpenSSH and"
                + " SSH2 (RFC 4716) public keys of type RSA (2048 or 4096 bits), ED25519 or ECDSA.");
    }
}
