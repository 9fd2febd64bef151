package io.ec2emulator.core.keypairs;

import static io.ec2emulator.core.keypairs.Tools.assume;
import static io.ec2emulator.core.keypairs.Tools.ok;
import static io.ec2emulator.core.keypairs.Tools.opensslDigest;
import static io.ec2emulator.core.keypairs.Tools.read;
import static io.ec2emulator.core.keypairs.Tools.shell;
import static io.ec2emulator.core.keypairs.Tools.typeAndBlob;
import static io.ec2emulator.core.keypairs.Tools.writeKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ec2emulator.core.Ec2Error;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks created and imported keys against independent tools: OpenSSH's ssh-keygen, OpenSSL and PuTTY's
 * puttygen. Each test is skipped, not failed, when a tool it needs is missing.
 */
class KeyMaterialToolsTest {

    @TempDir
    Path dir;

    @Test
    void rsaPemIsReadBySshKeygenAndOpensslWithTheSameKeyAndFingerprint() {
        assume("ssh-keygen", "openssl");
        KeyMaterial.CreatedKey key = KeyMaterial.create(KeyType.RSA, KeyFormat.PEM, "my-rsa-key");
        writeKey(dir, "key.pem", key.privateKeyMaterial());

        assertEquals(typeAndBlob(ok(dir, "ssh-keygen", "-y", "-f", "key.pem")), typeAndBlob(key.publicKey()));
        assertEquals(opensslDigest(shell(dir,
                        "openssl pkcs8 -in key.pem -inform PEM -outform DER -topk8 -nocrypt | openssl sha1 -c")),
                key.fingerprint());
        assertTrue(shell(dir, "openssl rsa -in key.pem -text -noout").contains("Private-Key: (2048 bit"));
        assertTrue(shell(dir, "openssl rsa -in key.pem -check -noout").contains("RSA key ok"));
        assertTrue(ok(dir, "ssh-keygen", "-l", "-f", "key.pem").startsWith("2048 "));
    }

    @Test
    void ed25519PemIsReadBySshKeygenWithTheSameKeyAndFingerprint() {
        assume("ssh-keygen");
        KeyMaterial.CreatedKey key = KeyMaterial.create(KeyType.ED25519, KeyFormat.PEM, "my-ed-key");
        writeKey(dir, "key.pem", key.privateKeyMaterial());

        assertEquals(typeAndBlob(ok(dir, "ssh-keygen", "-y", "-f", "key.pem")), typeAndBlob(key.publicKey()));
        assertEquals(sshKeygenSha256(dir, "key.pem") + "=", key.fingerprint());
    }

    @Test
    void rsaPpkIsReadByPuttygen() {
        assume("puttygen", "ssh-keygen", "openssl");
        KeyMaterial.CreatedKey key = KeyMaterial.create(KeyType.RSA, KeyFormat.PPK, "my-rsa-ppk");
        checkPpkWithPuttygen(key, "my-rsa-ppk");
        String converted = read(dir.resolve("out"));
        if (converted.startsWith("-----BEGIN RSA PRIVATE KEY-----")) {
            assertEquals(opensslDigest(shell(dir,
                            "openssl pkcs8 -in out -inform PEM -outform DER -topk8 -nocrypt | openssl sha1 -c")),
                    key.fingerprint());
        }
    }

    @Test
    void ed25519PpkIsReadByPuttygen() {
        assume("puttygen", "ssh-keygen");
        KeyMaterial.CreatedKey key = KeyMaterial.create(KeyType.ED25519, KeyFormat.PPK, "my-ed-ppk");
        checkPpkWithPuttygen(key, "my-ed-ppk");
        assertEquals(sshKeygenSha256(dir, "out") + "=", key.fingerprint());
    }

    /** puttygen checks the MAC on load, then must print and convert the very same key. */
    private void checkPpkWithPuttygen(KeyMaterial.CreatedKey key, String keyName) {
        writeKey(dir, "key.ppk", key.privateKeyMaterial());
        String publicKey = ok(dir, "puttygen", "key.ppk", "-O", "public-openssh").strip();
        assertEquals(typeAndBlob(key.publicKey()), typeAndBlob(publicKey));
        assertTrue(publicKey.endsWith(" " + keyName), publicKey);

        ok(dir, "puttygen", "key.ppk", "-O", "private-openssh", "-o", "out");
        writeKey(dir, "out", read(dir.resolve("out")));
        assertEquals(typeAndBlob(key.publicKey()), typeAndBlob(ok(dir, "ssh-keygen", "-y", "-f", "out")));
    }

    @ParameterizedTest
    @ValueSource(ints = {1024, 2048, 3072, 4096})
    void rsaKeysFromSshKeygenAreImportedInEveryFormat(int bits) {
        assume("ssh-keygen", "openssl", "base64");
        ok(dir, "ssh-keygen", "-q", "-t", "rsa", "-b", Integer.toString(bits), "-N", "", "-C", "user@laptop",
                "-f", "key");
        String line = read(dir.resolve("key.pub")).strip();
        String md5 = opensslDigest(shell(dir,
                "ssh-keygen -ef key.pub -m PEM | openssl rsa -RSAPublicKey_in -outform DER | openssl md5 -c"));

        KeyMaterial.ImportedKey fromLine = importText("  " + line + "  \r\n");
        assertImportedRsa(fromLine, bits, md5);
        assertEquals(line, fromLine.publicKey());

        String rfc4716 = ok(dir, "ssh-keygen", "-e", "-f", "key.pub");
        KeyMaterial.ImportedKey fromRfc4716 = importText(rfc4716.replace("\n", "\r\n"));
        assertImportedRsa(fromRfc4716, bits, md5);
        assertEquals(typeAndBlob(line) + " " + rfc4716Comment(rfc4716), fromRfc4716.publicKey());

        String spkiBase64 = shell(dir,
                "ssh-keygen -e -m PKCS8 -f key.pub | openssl pkey -pubin -outform DER | base64");
        KeyMaterial.ImportedKey fromDer = importText(spkiBase64);
        assertImportedRsa(fromDer, bits, md5);
        assertEquals(typeAndBlob(line), fromDer.publicKey());

        String pkcs1Base64 = shell(dir, "ssh-keygen -e -m PEM -f key.pub"
                + " | openssl rsa -RSAPublicKey_in -RSAPublicKey_out -outform DER | base64 -w0");
        assertImportedRsa(importText(pkcs1Base64), bits, md5);

        byte[] rawDer = Tools.okBytes(dir, "bash", "-o", "pipefail", "-c",
                "ssh-keygen -e -m PKCS8 -f key.pub | openssl pkey -pubin -outform DER").stdout();
        assertImportedRsa(KeyMaterial.importPublicKey(rawDer), bits, md5);
    }

    @Test
    void ed25519KeysFromSshKeygenAreImportedAsOpenSshLineAndRfc4716() {
        assume("ssh-keygen");
        ok(dir, "ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "  spaced  comment ", "-f", "key");
        String line = read(dir.resolve("key.pub"));
        String fingerprint = sshKeygenSha256(dir, "key.pub") + "=";

        KeyMaterial.ImportedKey fromLine = importText(line);
        assertEquals(KeyType.ED25519, fromLine.type());
        assertEquals(256, fromLine.bits());
        assertEquals(fingerprint, fromLine.fingerprint());
        assertEquals(typeAndBlob(line) + " spaced  comment", fromLine.publicKey());

        String rfc4716 = ok(dir, "ssh-keygen", "-e", "-f", "key.pub");
        KeyMaterial.ImportedKey fromRfc4716 = importText(rfc4716);
        assertEquals(KeyType.ED25519, fromRfc4716.type());
        assertEquals(fingerprint, fromRfc4716.fingerprint());
        assertEquals(typeAndBlob(line) + " " + rfc4716Comment(rfc4716), fromRfc4716.publicKey());
    }

    @Test
    void rfc4716HeaderContinuationIsFollowed() {
        assume("ssh-keygen");
        ok(dir, "ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", "key");
        String[] exported = ok(dir, "ssh-keygen", "-e", "-f", "key.pub").split("\n");
        StringBuilder text = new StringBuilder(exported[0]).append('\n')
                .append("x-Private-Header: ignored\n")
                .append("Comment: \"a comment long enough to be continued on \\\n")
                .append("the next line\"\n");
        for (int i = 2; i < exported.length; i++) {
            text.append(exported[i]).append('\n');
        }
        KeyMaterial.ImportedKey key = importText(text.toString());
        assertEquals(typeAndBlob(read(dir.resolve("key.pub")))
                + " a comment long enough to be continued on the next line", key.publicKey());
    }

    @Test
    void dsaAndEcdsaKeysAreRejected() {
        assume("ssh-keygen");
        var dsa = Tools.run(dir, new byte[0],
                java.util.List.of("ssh-keygen", "-q", "-t", "dsa", "-N", "", "-f", "dsa"));
        String dsaLine = dsa.exitCode() == 0 ? read(dir.resolve("dsa.pub")) : handBuiltDsaLine();
        assertInvalidFormat(dsaLine);
        if (dsa.exitCode() == 0) {
            assertInvalidFormat(ok(dir, "ssh-keygen", "-e", "-f", "dsa.pub"));
        }
        for (String bits : new String[] {"256", "384", "521"}) {
            ok(dir, "ssh-keygen", "-q", "-t", "ecdsa", "-b", bits, "-N", "", "-f", "ecdsa" + bits);
            assertInvalidFormat(read(dir.resolve("ecdsa" + bits + ".pub")));
            assertInvalidFormat(ok(dir, "ssh-keygen", "-e", "-f", "ecdsa" + bits + ".pub"));
        }
    }

    @Test
    void rsaKeysOutsideOneThousandTwentyFourToFourThousandNinetySixBitsAreRejected() {
        assume("openssl", "base64");
        shell(dir, "openssl genrsa -out small.pem 512 2>/dev/null");
        assertInvalidLength(shell(dir, "openssl pkey -in small.pem -pubout -outform DER | base64"));
        String modulusHex = shell(dir, "openssl rsa -in small.pem -noout -modulus").strip().substring("Modulus=".length());
        assertInvalidLength(KeyMaterialTest.rsaLine(new BigInteger(modulusHex, 16), BigInteger.valueOf(65537)));
        assertInvalidLength(KeyMaterialTest.rsaLine(KeyMaterialTest.oddNumber(8192), BigInteger.valueOf(65537)));
    }

    @Test
    void privateKeysAreRejected() {
        assume("ssh-keygen", "openssl", "base64");
        ok(dir, "ssh-keygen", "-q", "-t", "rsa", "-b", "1024", "-N", "", "-f", "openssh");
        assertInvalidFormat(read(dir.resolve("openssh")));
        shell(dir, "openssl genrsa -traditional -out pkcs1.pem 1024 2>/dev/null");
        assertInvalidFormat(read(dir.resolve("pkcs1.pem")));
        assertInvalidFormat(shell(dir, "openssl pkcs8 -topk8 -nocrypt -in pkcs1.pem -outform DER | base64"));
        assertInvalidFormat(shell(dir, "openssl rsa -in pkcs1.pem -outform DER 2>/dev/null | base64"));
        ok(dir, "ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", "ed");
        assertInvalidFormat(read(dir.resolve("ed")));
    }

    private static void assertImportedRsa(KeyMaterial.ImportedKey key, int bits, String md5) {
        assertEquals(KeyType.RSA, key.type());
        assertEquals(bits, key.bits());
        assertEquals(md5, key.fingerprint());
    }

    private static KeyMaterial.ImportedKey importText(String text) {
        return KeyMaterial.importPublicKey(text.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertInvalidFormat(String text) {
        Ec2Error error = assertThrows(Ec2Error.class, () -> importText(text));
        assertEquals("InvalidKey.Format", error.code());
        assertEquals("Key is not in valid OpenSSH public key format", error.getMessage());
    }

    private static void assertInvalidLength(String text) {
        Ec2Error error = assertThrows(Ec2Error.class, () -> importText(text));
        assertEquals("InvalidKey.Format", error.code());
        assertTrue(error.getMessage().startsWith("Invalid RSA key length."), error.getMessage());
    }

    /** The SHA256 fingerprint ssh-keygen prints for a key file, without the {@code SHA256:} prefix. */
    private static String sshKeygenSha256(Path dir, String file) {
        String output = ok(dir, "ssh-keygen", "-l", "-E", "sha256", "-f", file);
        String field = output.strip().split("\\s+")[1];
        assertTrue(field.startsWith("SHA256:"), output);
        return field.substring("SHA256:".length());
    }

    private static String rfc4716Comment(String rfc4716) {
        for (String line : rfc4716.split("\n")) {
            if (line.startsWith("Comment: \"")) {
                return line.substring("Comment: \"".length(), line.length() - 1);
            }
        }
        throw new AssertionError("no comment in " + rfc4716);
    }

    private static String handBuiltDsaLine() {
        return "ssh-dss " + Base64.getEncoder().encodeToString(new SshWire.Writer().string("ssh-dss")
                .mpint(KeyMaterialTest.oddNumber(1024)).mpint(KeyMaterialTest.oddNumber(160))
                .mpint(KeyMaterialTest.oddNumber(1023)).mpint(KeyMaterialTest.oddNumber(1023)).toByteArray());
    }
}
