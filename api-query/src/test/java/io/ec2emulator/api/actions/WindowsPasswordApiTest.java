package io.ec2emulator.api.actions;

import static io.ec2emulator.api.actions.Ec2Assertions.assertEc2Error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ec2emulator.api.PasswordDecryption;
import io.ec2emulator.api.ServerPerClass;
import io.ec2emulator.api.TestServer;
import io.ec2emulator.core.EmulatorSettings;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.CreateKeyPairResponse;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.GetPasswordDataResponse;
import software.amazon.awssdk.services.ec2.model.KeyType;

/**
 * GetPasswordData with a real SDK client: the password of a Windows instance appears four minutes (this class's
 * setting) after it is running, and decrypts with the standard Java RSA/ECB/PKCS1Padding cipher and the PEM
 * private key CreateKeyPair returned.
 */
class WindowsPasswordApiTest {

    private static final Duration BOOT = Duration.ofSeconds(1);
    private static final Duration PASSWORD_DELAY = Duration.ofMinutes(4);

    @RegisterExtension
    static final ServerPerClass SERVER = new ServerPerClass("4700000", () -> new TestServer(
            EmulatorSettings.defaults().withWindowsPasswordDelay(PASSWORD_DELAY)));

    private static String imageId(Ec2Client ec2, String namePattern) {
        return ec2.describeImages(r -> r.owners("amazon").filters(Filter.builder().name("name").values(namePattern)
                .build())).images().get(0).imageId();
    }

    private static String launch(Ec2Client ec2, String imagePattern, String keyName) {
        return ec2.runInstances(r -> r.imageId(imageId(ec2, imagePattern)).instanceType("t3.medium")
                .minCount(1).maxCount(1).keyName(keyName)).instances().get(0).instanceId();
    }

    static String decrypt(String passwordData, String pem) throws Exception {
        return PasswordDecryption.decrypt(passwordData, pem);
    }

    @Test
    void theAdministratorPasswordAppearsAfterTheDelayAndDecryptsWithTheKeyPairsPrivateKey() throws Exception {
        Ec2Client ec2 = SERVER.newAccount();
        CreateKeyPairResponse key = ec2.createKeyPair(r -> r.keyName("rdp"));
        String instanceId = launch(ec2, "Windows_Server-2022-English-Full-Base-*", "rdp");

        SERVER.server().clock().advance(BOOT);
        GetPasswordDataResponse early = ec2.getPasswordData(r -> r.instanceId(instanceId));
        assertEquals(instanceId, early.instanceId());
        assertEquals("", early.passwordData(), "empty, not missing, so that the waiter's length() works");

        SERVER.server().clock().advance(PASSWORD_DELAY.minusSeconds(1));
        assertEquals("", ec2.getPasswordData(r -> r.instanceId(instanceId)).passwordData());

        SERVER.server().clock().advance(Duration.ofSeconds(1));
        GetPasswordDataResponse ready = ec2.waiter().waitUntilPasswordDataAvailable(r -> r.instanceId(instanceId))
                .matched().response().orElseThrow();
        assertEquals(SERVER.server().clock().instant(), ready.timestamp());
        String password = decrypt(ready.passwordData(), key.keyMaterial());
        assertEquals(32, password.length());
        assertTrue(password.matches("[A-Za-z0-9!$%&()*\\-.;=?@]+"), password);
        assertTrue(password.matches(".*[A-Z].*") && password.matches(".*[a-z].*") && password.matches(".*[0-9].*")
                && password.matches(".*[^A-Za-z0-9].*"), "Windows complexity: " + password);

        SERVER.server().clock().advance(Duration.ofMinutes(30));
        GetPasswordDataResponse later = ec2.getPasswordData(r -> r.instanceId(instanceId));
        assertEquals(ready.passwordData(), later.passwordData());
        assertEquals(ready.timestamp(), later.timestamp());
    }

    @Test
    void importedRsaKeysWorkToo() throws Exception {
        Ec2Client ec2 = SERVER.newAccount();
        CreateKeyPairResponse created = ec2.createKeyPair(r -> r.keyName("made-here"));
        String publicKey = ec2.describeKeyPairs(r -> r.keyNames("made-here").includePublicKey(true)).keyPairs().get(0)
                .publicKey();
        ec2.importKeyPair(r -> r.keyName("imported").publicKeyMaterial(
                software.amazon.awssdk.core.SdkBytes.fromUtf8String(publicKey)));
        String first = launch(ec2, "Windows_Server-2025-English-Full-Base-*", "imported");
        String second = launch(ec2, "Windows_Server-2025-English-Full-Base-*", "imported");
        SERVER.server().clock().advance(BOOT.plus(PASSWORD_DELAY));
        String one = decrypt(ec2.getPasswordData(r -> r.instanceId(first)).passwordData(), created.keyMaterial());
        String two = decrypt(ec2.getPasswordData(r -> r.instanceId(second)).passwordData(), created.keyMaterial());
        assertNotEquals(one, two, "every instance has its own password");
    }

    @Test
    void linuxInstancesAnswerAnEmptyPassword() {
        Ec2Client ec2 = SERVER.newAccount();
        ec2.createKeyPair(r -> r.keyName("ssh"));
        String instanceId = launch(ec2, "al2023-ami-2023.*-x86_64", "ssh");
        SERVER.server().clock().advance(Duration.ofHours(1));
        GetPasswordDataResponse answer = ec2.getPasswordData(r -> r.instanceId(instanceId));
        assertEquals(instanceId, answer.instanceId());
        assertEquals("", answer.passwordData());
    }

    @Test
    void windowsRefusesEd25519KeyPairs() {
        Ec2Client ec2 = SERVER.newAccount();
        ec2.createKeyPair(r -> r.keyName("ed").keyType(KeyType.ED25519));
        assertEc2Error("Unsupported", "ED25519 key pairs are not supported with Windows AMIs. Choose a different"
                + " key pair type and try again.", () -> launch(ec2, "Windows_Server-2022-English-Full-Base-*", "ed"));
        assertTrue(ec2.describeInstances().reservations().isEmpty());
    }

    @Test
    void ec2sErrorsForIds() {
        Ec2Client ec2 = SERVER.newAccount();
        assertEc2Error("InvalidInstanceID.NotFound", "i-0123456789abcdef0",
                () -> ec2.getPasswordData(r -> r.instanceId("i-0123456789abcdef0")));
        assertEc2Error("InvalidInstanceID.Malformed", "ami-12345678",
                () -> ec2.getPasswordData(r -> r.instanceId("ami-12345678")));
        assertEc2Error("MissingParameter", "InstanceId", () -> ec2.getPasswordData(r -> { }));
        ec2.createKeyPair(r -> r.keyName("dry"));
        String instanceId = launch(ec2, "Windows_Server-2022-English-Full-Base-*", "dry");
        assertEc2Error("DryRunOperation", 412, "", () -> ec2.getPasswordData(r -> r.instanceId(instanceId).dryRun(true)));
    }
}
