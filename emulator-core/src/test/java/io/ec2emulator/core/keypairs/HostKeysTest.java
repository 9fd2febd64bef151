package io.ec2emulator.core.keypairs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Signature;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostKeysTest {

    @Test
    void theSameSeedGivesTheSameKeysAndAnotherSeedOtherKeys() {
        String seed = HostKeys.newSeed();
        List<HostKeys.HostKey> once = HostKeys.fromSeed(seed).keys();
        List<HostKeys.HostKey> again = HostKeys.fromSeed(seed).keys();
        List<HostKeys.HostKey> other = HostKeys.fromSeed(HostKeys.newSeed()).keys();
        for (int i = 0; i < once.size(); i++) {
            assertEquals(once.get(i).fingerprint(), again.get(i).fingerprint());
            assertNotEquals(once.get(i).fingerprint(), other.get(i).fingerprint());
        }
        assertEquals(List.of("ecdsa-sha2-nistp256", "ssh-ed25519"), once.stream().map(HostKeys.HostKey::type).toList());
    }

    @Test
    void thePrivateKeysSignWhatThePublicKeysVerify() throws Exception {
        for (HostKeys.HostKey key : HostKeys.fromSeed(HostKeys.newSeed()).keys()) {
            String algorithm = key.type().equals("ssh-ed25519") ? "Ed25519" : "SHA256withECDSA";
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(key.keyPair().getPrivate());
            signer.update("hello".getBytes(StandardCharsets.US_ASCII));
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(key.keyPair().getPublic());
            verifier.update("hello".getBytes(StandardCharsets.US_ASCII));
            assertTrue(verifier.verify(signature), key.type());
        }
    }

    /** The fingerprint is what OpenSSH's ssh-keygen computes for the public key line. */
    @Test
    void fingerprintsMatchSshKeygen(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/ssh-keygen")), "ssh-keygen is not installed");
        for (HostKeys.HostKey key : HostKeys.fromSeed(HostKeys.newSeed()).keys()) {
            Path file = dir.resolve(key.label() + ".pub");
            Files.writeString(file, key.publicKeyLine() + " root@ip-172-31-5-10.ec2.internal\n");
            Process keygen = new ProcessBuilder("ssh-keygen", "-l", "-f", file.toString()).redirectErrorStream(true).start();
            String output = new String(keygen.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            assertTrue(keygen.waitFor(10, TimeUnit.SECONDS));
            assertEquals("256 " + key.fingerprint() + " root@ip-172-31-5-10.ec2.internal (" + key.label() + ")", output);
        }
    }
}
