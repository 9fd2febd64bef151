package io.ec2emulator.core.keypairs;

import java.time.Instant;

/** A key pair EC2 holds: the public half only, with the fingerprint EC2 reports for it. */
public record KeyPair(String keyPairId, String keyName, KeyType keyType, String fingerprint,
                      String publicKey, Instant createTime) {
}
