package io.ec2emulator.core.instances;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ec2emulator.core.Ec2Error;
import io.ec2emulator.core.Emulator;
import io.ec2emulator.core.EmulatorSettings;
import io.ec2emulator.core.ManualClock;
import io.ec2emulator.core.images.Image;
import io.ec2emulator.core.images.PublicImageCatalog;
import io.ec2emulator.core.keypairs.KeyFormat;
import io.ec2emulator.core.keypairs.KeyType;
import io.ec2emulator.core.state.RegionState;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.bouncycastle.asn1.pkcs.RSAPrivateKey;
import org.bouncycastle.crypto.encodings.PKCS1Encoding;
import org.bouncycastle.crypto.engines.RSAEngine;
import org.bouncycastle.crypto.params.RSAPrivateCrtKeyParameters;
import org.junit.jupiter.api.Test;

/** GetPasswordData: when the Windows Administrator password appears, and that its owner can read it. */
class WindowsPasswordsTest {

    private static final Duration BOOT = Duration.ofSeconds(1);
    private static final Duration PASSWORD_DELAY = Duration.ofMinutes(4);
    private final ManualClock clock = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final RegionState region = new Emulator(clock, EmulatorSettings.instant().withBootDelay(BOOT)
            .withWindowsPasswordDelay(PASSWORD_DELAY)).state("111122223333", "us-east-1");

    private static String image(String namePrefix) {
        return PublicImageCatalog.standard().inRegion("us-east-1").all().values().stream()
                .filter(i -> i.name().startsWith(namePrefix) && "x86_64".equals(i.architecture()))
                .map(Image::imageId).findFirst().orElseThrow();
    }

    private <T> T act(java.util.function.Supplier<T> action) {
        return region.transact(false, action);
    }

    private Instance launch(String imageId, String keyName) {
        LaunchRequest request = new LaunchRequest(imageId, "t3.micro", 1, 1, keyName, List.of(), List.of(),
                null, null, null, null, null, null, List.of(), null, null, null, null, null, null, null,
                List.of(), null, null, null);
        return act(() -> region.instances().run(request).instances().get(0));
    }

    private String createKey(String name, KeyType type) {
        return act(() -> region.keyPairs().create(name, type, KeyFormat.PEM, List.of())).keyMaterial();
    }

    private PasswordData password(String instanceId) {
        return act(() -> region.instances().passwordData(instanceId));
    }

    /** What {@code aws ec2 get-password-data --priv-launch-key} does: base64, then RSA PKCS#1 v1.5. */
    static String decrypt(String passwordData, String pkcs1Pem) throws Exception {
        String base64 = pkcs1Pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        RSAPrivateKey key = RSAPrivateKey.getInstance(Base64.getDecoder().decode(base64));
        PKCS1Encoding cipher = new PKCS1Encoding(new RSAEngine());
        cipher.init(false, new RSAPrivateCrtKeyParameters(key.getModulus(), key.getPublicExponent(),
                key.getPrivateExponent(), key.getPrime1(), key.getPrime2(), key.getExponent1(), key.getExponent2(),
                key.getCoefficient()));
        byte[] secret = Base64.getDecoder().decode(passwordData);
        return new String(cipher.processBlock(secret, 0, secret.length), StandardCharsets.UTF_8);
    }

    @Test
    void thePasswordAppearsTheDelayAfterTheFirstBootAndDecryptsWithTheKeyPair() throws Exception {
        String pem = createKey("windows", KeyType.RSA);
        Instance instance = launch(image("Windows_Server-2022"), "windows");
        assertEquals("Administrator", instance.osUser());

        PasswordData pending = password(instance.instanceId());
        assertEquals("", pending.passwordData());
        assertEquals(instance.instanceId(), pending.instanceId());

        clock.advance(BOOT.plus(PASSWORD_DELAY).minusSeconds(1));
        assertFalse(password(instance.instanceId()).available(), "not yet: one second before the delay ends");

        clock.advance(Duration.ofSeconds(1));
        PasswordData ready = password(instance.instanceId());
        assertTrue(ready.available());
        assertEquals(instance.launchTime().plus(BOOT).plus(PASSWORD_DELAY), ready.timestamp());
        String password = decrypt(ready.passwordData(), pem);
        assertEquals(32, password.length());
        assertTrue(password.chars().anyMatch(Character::isUpperCase), password);
        assertTrue(password.chars().anyMatch(Character::isLowerCase), password);
        assertTrue(password.chars().anyMatch(Character::isDigit), password);
        assertTrue(password.chars().anyMatch(c -> AdministratorPasswords.SYMBOLS.indexOf(c) >= 0), password);

        clock.advance(Duration.ofHours(1));
        assertEquals(ready, password(instance.instanceId()), "the same answer at every call");
    }

    @Test
    void thePasswordSurvivesAStopAndStartAndTheKeyPairsDeletion() throws Exception {
        String pem = createKey("kept", KeyType.RSA);
        Instance instance = launch(image("Windows_Server-2022"), "kept");
        clock.advance(BOOT.plus(PASSWORD_DELAY));
        PasswordData first = password(instance.instanceId());
        act(() -> region.keyPairs().delete("kept", null));
        act(() -> region.instances().stop(List.of(instance.instanceId()), false));
        clock.advance(Duration.ofSeconds(5));
        act(() -> region.instances().start(List.of(instance.instanceId())));
        clock.advance(Duration.ofMinutes(10));
        assertEquals(first, password(instance.instanceId()));
        assertEquals(decrypt(first.passwordData(), pem), decrypt(password(instance.instanceId()).passwordData(), pem));
    }

    @Test
    void everyInstanceHasItsOwnPassword() throws Exception {
        String pem = createKey("shared", KeyType.RSA);
        Instance one = launch(image("Windows_Server-2022"), "shared");
        Instance two = launch(image("Windows_Server-2022"), "shared");
        clock.advance(BOOT.plus(PASSWORD_DELAY));
        assertNotEquals(decrypt(password(one.instanceId()).passwordData(), pem),
                decrypt(password(two.instanceId()).passwordData(), pem));
    }

    @Test
    void linuxInstancesAndInstancesWithoutAKeyPairAnswerAnEmptyPassword() {
        createKey("linux", KeyType.RSA);
        Instance linux = launch(image("al2023-ami-2023"), "linux");
        Instance keyless = launch(image("Windows_Server-2022"), null);
        clock.advance(Duration.ofHours(1));
        PasswordData linuxAnswer = password(linux.instanceId());
        assertEquals("", linuxAnswer.passwordData());
        assertEquals(clock.instant(), linuxAnswer.timestamp());
        assertEquals("", password(keyless.instanceId()).passwordData());
    }

    @Test
    void windowsRefusesEd25519KeyPairs() {
        createKey("modern", KeyType.ED25519);
        Ec2Error refused = assertThrows(Ec2Error.class, () -> launch(image("Windows_Server-2022"), "modern"));
        assertEquals("Unsupported", refused.code());
        assertEquals("ED25519 key pairs are not supported with Windows AMIs. Choose a different key pair type and"
                + " try again.", refused.getMessage());
        assertTrue(act(() -> region.instances().describe(List.of(), List.of(), null, null)).items().isEmpty(),
                "nothing launched");
        launch(image("al2023-ami-2023"), "modern");
    }

    @Test
    void unknownAndMalformedIdsAreEc2sErrors() {
        assertEquals("InvalidInstanceID.NotFound",
                assertThrows(Ec2Error.class, () -> password("i-0123456789abcdef0")).code());
        assertEquals("InvalidInstanceID.Malformed", assertThrows(Ec2Error.class, () -> password("vol-1")).code());
        assertEquals("MissingParameter", assertThrows(Ec2Error.class, () -> password("")).code());
    }

    @Test
    void theRecordGoesWithTheTerminatedInstance() {
        createKey("gone", KeyType.RSA);
        Instance instance = launch(image("Windows_Server-2022"), "gone");
        clock.advance(BOOT.plus(PASSWORD_DELAY));
        assertTrue(password(instance.instanceId()).available());
        act(() -> region.instances().terminate(List.of(instance.instanceId())));
        clock.advance(Duration.ofHours(2));
        act(() -> region.instances().describe(List.of(), List.of(), null, null));
        assertTrue(region.records().stream().noneMatch(r -> r.store().equals(WindowsPasswords.STORE)));
    }
}
