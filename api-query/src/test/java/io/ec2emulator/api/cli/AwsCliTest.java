package io.ec2emulator.api.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ec2emulator.api.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives the emulator with the AWS CLI ({@code aws --endpoint-url …}) and checks key material with
 * OpenSSH, OpenSSL and PuTTY's tools. Skipped, with the reason logged, where the CLI is not installed.
 */
class AwsCliTest {

    @RegisterExtension
    static final CliServer SERVER = new CliServer(() -> new TestServer());

    @TempDir
    Path dir;

    @BeforeEach
    void environment() {
        SERVER.server().emulator().reset();
    }

    private Commands.Result aws(String... args) {
        return new AwsCli(SERVER.server().endpoint(), dir, "test").run(args);
    }

    private String awsOk(String... args) {
        return new AwsCli(SERVER.server().endpoint(), dir, "test").ok(args);
    }

    private Path writeKey(String name, String material) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, material.endsWith("\n") ? material : material + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    private static String keyPart(String openSshLine) {
        String[] fields = openSshLine.trim().split("\\s+");
        return fields[0] + " " + fields[1];
    }

    @Test
    void createdRsaPemWorksWithSshKeygenAndHasAwsFingerprint() throws Exception {
        Assumptions.assumeTrue(Commands.onPath("ssh-keygen") && Commands.onPath("openssl"), "ssh-keygen/openssl missing");
        String material = awsOk("create-key-pair", "--key-name", "cli-rsa", "--query", "KeyMaterial", "--output", "text");
        Path pem = writeKey("cli-rsa.pem", material);
        String publicKey = awsOk("describe-key-pairs", "--key-names", "cli-rsa", "--include-public-key",
                "--query", "KeyPairs[0].PublicKey", "--output", "text");
        Commands.Result derived = Commands.run(Map.of(), dir, "ssh-keygen", "-y", "-f", pem.toString());
        assertEquals(0, derived.exitCode(), derived.stderr());
        assertEquals(keyPart(derived.out()), keyPart(publicKey));
        String fingerprint = awsOk("describe-key-pairs", "--key-names", "cli-rsa",
                "--query", "KeyPairs[0].KeyFingerprint", "--output", "text");
        Commands.Result sha1 = Commands.shell(dir, "openssl pkcs8 -in cli-rsa.pem -inform PEM -outform DER -topk8 -nocrypt"
                + " | openssl sha1 -c | awk '{print $NF}'");
        assertEquals(sha1.out(), fingerprint);
    }

    @Test
    void createdEd25519PemWorksWithSshKeygen() throws Exception {
        Assumptions.assumeTrue(Commands.onPath("ssh-keygen"), "ssh-keygen missing");
        String material = awsOk("create-key-pair", "--key-name", "cli-ed", "--key-type", "ed25519",
                "--query", "KeyMaterial", "--output", "text");
        Path pem = writeKey("cli-ed.pem", material);
        String publicKey = awsOk("describe-key-pairs", "--key-names", "cli-ed", "--include-public-key",
                "--query", "KeyPairs[0].PublicKey", "--output", "text");
        assertEquals(keyPart(Commands.run(Map.of(), dir, "ssh-keygen", "-y", "-f", pem.toString()).out()), keyPart(publicKey));
        String fingerprint = awsOk("describe-key-pairs", "--key-names", "cli-ed",
                "--query", "KeyPairs[0].KeyFingerprint", "--output", "text");
        String sshKeygen = Commands.run(Map.of(), dir, "ssh-keygen", "-l", "-E", "sha256", "-f", pem.toString()).out();
        assertTrue(sshKeygen.contains("SHA256:" + fingerprint.replace("=", "")), sshKeygen + " vs " + fingerprint);
    }

    @Test
    void createdPpkOpensInPuttygen() throws Exception {
        Assumptions.assumeTrue(Commands.onPath("puttygen"), "puttygen (Debian putty-tools) missing");
        String material = awsOk("create-key-pair", "--key-name", "cli-ppk", "--key-format", "ppk",
                "--query", "KeyMaterial", "--output", "text");
        Path ppk = writeKey("cli-ppk.ppk", material);
        Commands.Result converted = Commands.run(Map.of(), dir, "puttygen", ppk.toString(), "-O", "public-openssh");
        assertEquals(0, converted.exitCode(), converted.stderr());
        String publicKey = awsOk("describe-key-pairs", "--key-names", "cli-ppk", "--include-public-key",
                "--query", "KeyPairs[0].PublicKey", "--output", "text");
        assertEquals(keyPart(converted.out()), keyPart(publicKey));
    }

    @Test
    void importedKeysHaveAwsFingerprints() throws Exception {
        Assumptions.assumeTrue(Commands.onPath("ssh-keygen") && Commands.onPath("openssl"), "ssh-keygen/openssl missing");
        Commands.run(Map.of(), dir, "ssh-keygen", "-q", "-t", "rsa", "-b", "2048", "-N", "", "-f", dir.resolve("rsa").toString());
        Commands.run(Map.of(), dir, "ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", dir.resolve("ed").toString());
        String rsaFingerprint = awsOk("import-key-pair", "--key-name", "imp-rsa", "--public-key-material",
                "fileb://" + dir.resolve("rsa.pub"), "--query", "KeyFingerprint", "--output", "text");
        Commands.Result md5 = Commands.shell(dir, "ssh-keygen -e -f rsa.pub -m PKCS8 | openssl pkey -pubin -outform DER"
                + " | openssl md5 -c | awk '{print $NF}'");
        assertEquals(md5.out(), rsaFingerprint);
        String edFingerprint = awsOk("import-key-pair", "--key-name", "imp-ed", "--public-key-material",
                "fileb://" + dir.resolve("ed.pub"), "--query", "KeyFingerprint", "--output", "text");
        String sshKeygen = Commands.run(Map.of(), dir, "ssh-keygen", "-l", "-E", "sha256", "-f", dir.resolve("ed.pub").toString()).out();
        assertTrue(sshKeygen.contains("SHA256:" + edFingerprint.replace("=", "")));
        awsOk("wait", "key-pair-exists", "--key-names", "imp-rsa", "imp-ed");
        assertEquals("imp-ed\timp-rsa", awsOk("describe-key-pairs", "--filters", "Name=key-name,Values=imp-*",
                "--query", "sort(KeyPairs[].KeyName)", "--output", "text"));
    }

    @Test
    void errorsReachTheCliWithEc2Codes() {
        Commands.Result missing = aws("describe-key-pairs", "--key-names", "nope");
        assertTrue(missing.exitCode() == 255 || missing.exitCode() == 254,
                () -> "CLI v1 exits 255, v2 254 on a service error, not " + missing.exitCode() + ": " + missing.stderr());
        assertTrue(missing.stderr().contains("InvalidKeyPair.NotFound"), missing.stderr());
        assertTrue(missing.stderr().contains("The key pair 'nope' does not exist"), missing.stderr());
        Commands.Result badFilter = aws("describe-key-pairs", "--filters", "Name=nonsense,Values=x");
        assertTrue(badFilter.stderr().contains("InvalidParameterValue"), badFilter.stderr());
        Commands.Result dryRun = aws("create-key-pair", "--key-name", "dry", "--dry-run");
        assertTrue(dryRun.stderr().contains("DryRunOperation"), dryRun.stderr());
        assertEquals("[]", awsOk("describe-key-pairs", "--query", "KeyPairs", "--output", "json").replaceAll("\\s", ""));
    }

    @Test
    void regionsZonesAndTags() {
        assertEquals("ec2.eu-west-1.amazonaws.com", awsOk("describe-regions", "--region-names", "eu-west-1",
                "--query", "Regions[0].Endpoint", "--output", "text"));
        String zones = awsOk("--region", "eu-west-2", "describe-availability-zones",
                "--query", "AvailabilityZones[].ZoneName", "--output", "text");
        assertTrue(zones.startsWith("eu-west-2a"), zones);
        String id = awsOk("create-key-pair", "--key-name", "tagged", "--key-type", "ed25519",
                "--tag-specifications", "ResourceType=key-pair,Tags=[{Key=Name,Value=web server}]",
                "--query", "KeyPairId", "--output", "text");
        awsOk("create-tags", "--resources", id, "--tags", "Key=env,Value=prod");
        assertEquals("Name\tweb server\nenv\tprod", awsOk("describe-tags", "--filters", "Name=resource-id,Values=" + id,
                "--query", "Tags[].[Key,Value]", "--output", "text").replace("\r", ""));
        assertEquals("tagged", awsOk("describe-key-pairs", "--filters", "Name=tag:env,Values=prod",
                "--query", "KeyPairs[0].KeyName", "--output", "text"));
    }
}
