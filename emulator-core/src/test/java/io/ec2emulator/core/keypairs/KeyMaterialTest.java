package io.ec2emulator.core.keypairs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.ec2emulator.core.Ec2Error;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.junit.jupiter.api.Test;

/** Shape of created keys, the import rules that need no external tool, and a fuzz test of the import. */
class KeyMaterialTest {

    private static final Random RANDOM = new Random(0x5eed_ec2L);

    @Test
    void wireValuesRoundTrip() {
        assertEquals("rsa", KeyType.RSA.wireValue());
        assertEquals("ed25519", KeyType.ED25519.wireValue());
        assertEquals(Optional.of(KeyType.ED25519), KeyType.fromWire("ed25519"));
        assertEquals(Optional.empty(), KeyType.fromWire("dsa"));
        assertEquals(Optional.empty(), KeyType.fromWire(null));
        assertEquals("ppk", KeyFormat.PPK.wireValue());
        assertEquals(Optional.of(KeyFormat.PEM), KeyFormat.fromWire("pem"));
        assertEquals(Optional.empty(), KeyFormat.fromWire("der"));
        assertEquals(Optional.empty(), KeyFormat.fromWire(null));
    }

    @Test
    void createdRsaPemHasPkcs1ArmourAndSha1Fingerprint() {
        KeyMaterial.CreatedKey key = KeyMaterial.create(KeyType.RSA, KeyFormat.PEM, "name with space");
        assertEquals(KeyType.RSA, key.type());
        assertArmour(key.privateKeyMaterial(), "RSA PRIVATE KEY", 64);
        assertTrue(key.fingerprint().matches("([0-9a-f]{2}:){19}[0-9a-f]{2}"), key.fingerprint());
        assertTrue(key.publicKey().matches("ssh-rsa AAAAB3NzaC1yc2E[A-Za-z0-9+/]+=* name with space"));
    }

    @Test
    void createdEd25519PemHasOpenSshArmourAndSha256Fingerprint() {
        KeyMaterial.CreatedKey key = KeyMaterial.create(KeyType.ED25519, KeyFormat.PEM, "ed");
        assertArmour(key.privateKeyMaterial(), "OPENSSH PRIVATE KEY", 70);
        assertTrue(key.fingerprint().matches("[A-Za-z0-9+/]{43}="), key.fingerprint());
        assertTrue(key.publicKey().matches("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5[A-Za-z0-9+/]+ ed"));
    }

    @Test
    void createdPpkFilesAreVersionTwoUnencrypted() {
        for (KeyType type : KeyType.values()) {
            String ppk = KeyMaterial.create(type, KeyFormat.PPK, "ppk-name").privateKeyMaterial();
            String[] lines = ppk.split("\n", -1);
            assertEquals("PuTTY-User-Key-File-2: " + type.sshName(), lines[0]);
            assertEquals("Encryption: none", lines[1]);
            assertEquals("Comment: ppk-name", lines[2]);
            assertTrue(lines[3].startsWith("Public-Lines: "));
            assertTrue(lines[lines.length - 2].matches("Private-MAC: [0-9a-f]{40}"));
            assertEquals("", lines[lines.length - 1], "ends with a newline");
            assertFalse(ppk.contains("\r"));
        }
    }

    @Test
    void createdKeysAreFreshAndImportBackToTheSamePublicKey() {
        KeyMaterial.CreatedKey first = KeyMaterial.create(KeyType.ED25519, KeyFormat.PEM, "k");
        KeyMaterial.CreatedKey second = KeyMaterial.create(KeyType.ED25519, KeyFormat.PEM, "k");
        assertFalse(first.publicKey().equals(second.publicKey()));
        KeyMaterial.ImportedKey imported = importText("\uFEFF" + first.publicKey() + "\r\n");
        assertEquals(first.publicKey(), imported.publicKey());
        assertEquals(first.fingerprint(), imported.fingerprint());

        KeyMaterial.CreatedKey rsa = KeyMaterial.create(KeyType.RSA, KeyFormat.PPK, "r");
        KeyMaterial.ImportedKey importedRsa = importText(rsa.publicKey());
        assertEquals(rsa.publicKey(), importedRsa.publicKey());
        assertEquals(2048, importedRsa.bits());
        assertTrue(importedRsa.fingerprint().matches("([0-9a-f]{2}:){15}[0-9a-f]{2}"));
    }

    @Test
    void rsaSizesFromOneThousandTwentyFourToFourThousandNinetySixBitsAreAccepted() {
        BigInteger e = BigInteger.valueOf(65537);
        assertEquals(1024, importText(rsaLine(oddNumber(1024), e)).bits());
        assertEquals(4096, importText(rsaLine(oddNumber(4096), e)).bits());
        for (int bits : new int[] {512, 1023, 4097, 8192}) {
            Ec2Error error = assertThrows(Ec2Error.class, () -> importText(rsaLine(oddNumber(bits), e)));
            assertEquals("InvalidKey.Format", error.code());
            assertEquals("Invalid RSA key length. The supported key lengths are 1024, 2048, 3072 and 4096 bits.",
                    error.getMessage());
        }
    }

    @Test
    void malformedInputsAreInvalidKeyFormat() {
        String ed = KeyMaterial.create(KeyType.ED25519, KeyFormat.PEM, "c").publicKey();
        String edBlob = ed.split(" ")[1];
        byte[] blob = Base64.getDecoder().decode(edBlob);
        List<String> inputs = List.of(
                "", "   \r\n", "garbage", "ssh-rsa", "ssh-ed25519 !!!notbase64",
                "ssh-rsa " + edBlob,                                     // type does not match the blob
                "ssh-ed25519 " + b64(Arrays.copyOf(blob, blob.length - 1)), // truncated
                "ssh-ed25519 " + b64(concat(blob, new byte[] {0})),         // trailing junk inside the blob
                ed + "\n" + ed,                                          // two keys
                "ecdsa-sha2-nistp256 " + b64(new SshWire.Writer().string("ecdsa-sha2-nistp256")
                        .string("nistp256").string(new byte[65]).toByteArray()),
                "---- BEGIN SSH2 PUBLIC KEY ----\n---- END SSH2 PUBLIC KEY ----",
                "---- BEGIN SSH2 PUBLIC KEY ----\nComment: x\\\n---- END SSH2 PUBLIC KEY ----",
                "---- BEGIN SSH2 PUBLIC KEY ----\n" + edBlob + "\n",
                rsaLine(oddNumber(2048).subtract(BigInteger.ONE), BigInteger.valueOf(65537)), // even modulus
                rsaLine(oddNumber(2048), BigInteger.valueOf(65536)),                            // even exponent
                KeyMaterial.create(KeyType.ED25519, KeyFormat.PEM, "p").privateKeyMaterial(),
                KeyMaterial.create(KeyType.ED25519, KeyFormat.PPK, "p").privateKeyMaterial());
        for (String input : inputs) {
            Ec2Error error = assertThrows(Ec2Error.class, () -> importText(input), input);
            assertEquals("InvalidKey.Format", error.code());
            assertEquals("Key is not in valid OpenSSH public key format", error.getMessage(), input);
        }
        assertEquals("InvalidKey.Format",
                assertThrows(Ec2Error.class, () -> KeyMaterial.importPublicKey(null)).code());
        assertThrows(Ec2Error.class, () -> KeyMaterial.importPublicKey(new byte[] {(byte) 0xff, (byte) 0xfe}));
        assertThrows(Ec2Error.class,
                () -> KeyMaterial.importPublicKey(new byte[PublicKeyParser.MAX_MATERIAL_BYTES + 1]));
    }

    @Test
    void deeplyNestedDerIsRejectedWithoutOverflow() {
        byte[] indefinite = new byte[2048];
        for (int i = 0; i < indefinite.length; i += 2) {
            indefinite[i] = 0x30;
            indefinite[i + 1] = (byte) 0x80;
        }
        assertThrows(Ec2Error.class, () -> KeyMaterial.importPublicKey(indefinite));
        assertThrows(Ec2Error.class, () -> importText(b64(indefinite)));
        byte[] definite = {0x30};
        while (definite.length < 2000) {
            definite = concat(new byte[] {0x30, (byte) 0x82, (byte) (definite.length >> 8), (byte) definite.length},
                    definite);
        }
        byte[] nested = definite;
        assertThrows(Ec2Error.class, () -> KeyMaterial.importPublicKey(nested));
    }

    /** Thousands of random and mutated inputs: the only exception that may come out is InvalidKey.Format. */
    @Test
    void fuzzedInputsOnlyEverYieldInvalidKeyFormat() {
        RANDOM.setSeed(20_240_601L);
        List<byte[]> blobs = new ArrayList<>();
        List<byte[]> seeds = new ArrayList<>();
        for (KeyType type : KeyType.values()) {
            String line = KeyMaterial.create(type, KeyFormat.PEM, "seed key").publicKey();
            byte[] blob = Base64.getDecoder().decode(line.split(" ")[1]);
            blobs.add(blob);
            seeds.add(line.getBytes(StandardCharsets.US_ASCII));
            seeds.add(rfc4716(blob, "seed").getBytes(StandardCharsets.US_ASCII));
        }
        byte[] der = spki(oddNumber(2048), BigInteger.valueOf(65537));
        blobs.add(der);
        seeds.add(der);
        seeds.add(b64(der).getBytes(StandardCharsets.US_ASCII));

        int accepted = 0;
        for (int round = 0; round < 6000; round++) {
            byte[] input = switch (round % 6) {
                case 0 -> randomBytes(RANDOM.nextInt(300));
                case 1 -> randomText(RANDOM.nextInt(300));
                case 2 -> mutate(seeds.get(RANDOM.nextInt(seeds.size())));
                case 3 -> rewrap(mutate(blobs.get(RANDOM.nextInt(blobs.size()))));
                case 4 -> Arrays.copyOf(seeds.get(RANDOM.nextInt(seeds.size())),
                        RANDOM.nextInt(seeds.get(0).length + 1));
                default -> rewrap(splice(blobs.get(RANDOM.nextInt(blobs.size())),
                        blobs.get(RANDOM.nextInt(blobs.size()))));
            };
            try {
                KeyMaterial.ImportedKey key = KeyMaterial.importPublicKey(input);
                assertNotNull(key.type());
                assertNotNull(key.fingerprint());
                assertTrue(key.publicKey().startsWith(key.type().sshName() + " "));
                accepted++;
            } catch (Ec2Error e) {
                assertEquals("InvalidKey.Format", e.code());
            } catch (RuntimeException | StackOverflowError e) {
                fail("importPublicKey threw " + e + " for base64 input " + b64(input), e);
            }
        }
        assertTrue(accepted > 0, "some mutations stay valid keys, so the accepting path is fuzzed too");
    }

    /** An {@code ssh-rsa} public key line built by hand from a modulus and an exponent. */
    static String rsaLine(BigInteger modulus, BigInteger exponent) {
        return "ssh-rsa " + b64(new SshWire.Writer().string("ssh-rsa").mpint(exponent).mpint(modulus).toByteArray());
    }

    /** A random odd number of exactly {@code bits} bits (a stand-in modulus; only its size matters here). */
    static BigInteger oddNumber(int bits) {
        return new BigInteger(bits, RANDOM).setBit(bits - 1).setBit(0);
    }

    private static KeyMaterial.ImportedKey importText(String text) {
        return KeyMaterial.importPublicKey(text.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertArmour(String pem, String label, int width) {
        assertFalse(pem.contains("\r"));
        String[] lines = pem.split("\n", -1);
        assertEquals("-----BEGIN " + label + "-----", lines[0]);
        assertEquals("-----END " + label + "-----", lines[lines.length - 2]);
        assertEquals("", lines[lines.length - 1], "ends with a newline");
        for (int i = 1; i < lines.length - 3; i++) {
            assertEquals(width, lines[i].length(), "every full base64 line is " + width + " characters");
        }
        assertTrue(lines[lines.length - 3].length() <= width);
    }

    private static String rfc4716(byte[] blob, String comment) {
        return "---- BEGIN SSH2 PUBLIC KEY ----\nComment: \"" + comment + "\"\n"
                + KeyText.wrap(b64(blob), 70) + "---- END SSH2 PUBLIC KEY ----\n";
    }

    private static byte[] spki(BigInteger modulus, BigInteger exponent) {
        try {
            return new SubjectPublicKeyInfo(new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption,
                    DERNull.INSTANCE), new RSAPublicKey(modulus, exponent)).getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** A mutated blob in one of the accepted wrappers: OpenSSH line, RFC 4716, base64 DER or raw bytes. */
    private static byte[] rewrap(byte[] blob) {
        String text = switch (RANDOM.nextInt(5)) {
            case 0 -> "ssh-rsa " + b64(blob) + " c";
            case 1 -> "ssh-ed25519 " + b64(blob);
            case 2 -> rfc4716(blob, "c");
            case 3 -> b64(blob);
            default -> null;
        };
        return text == null ? blob : text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] mutate(byte[] seed) {
        byte[] out = seed.clone();
        int edits = 1 + RANDOM.nextInt(4);
        for (int i = 0; i < edits && out.length > 0; i++) {
            int at = RANDOM.nextInt(out.length);
            switch (RANDOM.nextInt(4)) {
                case 0 -> out[at] ^= (byte) (1 << RANDOM.nextInt(8));
                case 1 -> out[at] = (byte) RANDOM.nextInt(256);
                case 2 -> out = concat(Arrays.copyOf(out, at), Arrays.copyOfRange(out, at + 1, out.length));
                default -> out = concat(concat(Arrays.copyOf(out, at), new byte[] {(byte) RANDOM.nextInt(256)}),
                        Arrays.copyOfRange(out, at, out.length));
            }
        }
        return out;
    }

    private static byte[] splice(byte[] a, byte[] b) {
        return concat(Arrays.copyOf(a, RANDOM.nextInt(a.length + 1)),
                Arrays.copyOfRange(b, RANDOM.nextInt(b.length + 1), b.length));
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static byte[] randomText(int length) {
        String alphabet = "ssh-rsa ed25519 ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\r\n\t:\\\"-";
        StringBuilder text = new StringBuilder(RANDOM.nextBoolean() ? "ssh-rsa " : "");
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return text.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
