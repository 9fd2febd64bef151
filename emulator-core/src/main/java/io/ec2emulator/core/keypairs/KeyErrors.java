package io.ec2emulator.core.keypairs;

import io.ec2emulator.core.Ec2Error;

/** The errors ImportKeyPair answers for a public key it does not accept. */
final class KeyErrors {

    static final String CODE = "InvalidKey.Format";

    private KeyErrors() {}

    static Ec2Error invalidFormat() {
        return Ec2Error.client(CODE, "Key is not in valid OpenSSH public key format");
    }

    static Ec2Error invalidRsaLength() {
        return Ec2Error.client(CODE,
                "Invalid RSA key length. The supported key lengths are 1024, 2048, 3072 and 4096 bits.");
    }
}
