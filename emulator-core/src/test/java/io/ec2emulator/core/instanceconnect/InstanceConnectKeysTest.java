package io.ec2emulator.core.instanceconnect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ec2emulator.core.Ec2Error;
import io.ec2emulator.core.Emulator;
import io.ec2emulator.core.EmulatorSettings;
import io.ec2emulator.core.ManualClock;
import io.ec2emulator.core.images.Image;
import io.ec2emulator.core.images.PublicImageCatalog;
import io.ec2emulator.core.instances.Instance;
import io.ec2emulator.core.instances.LaunchRequest;
import io.ec2emulator.core.keypairs.KeyFormat;
import io.ec2emulator.core.keypairs.KeyMaterial;
import io.ec2emulator.core.keypairs.KeyType;
import io.ec2emulator.core.state.AccountRegion;
import io.ec2emulator.core.state.Change;
import io.ec2emulator.core.state.RegionState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** SendSSHPublicKey's rules, the 60 seconds a key lasts, and that pushed keys are kept like any state. */
class InstanceConnectKeysTest {

    private static final String ACCOUNT = "123456789012";
    private static final String REGION = "us-east-1";
    private static final String ED25519 = KeyMaterial.create(KeyType.ED25519, KeyFormat.PEM, "").publicKey();

    private final ManualClock clock = new ManualClock(Instant.parse("2026-01-15T10:00:00Z"));
    private final Emulator emulator = new Emulator(clock, EmulatorSettings.defaults());
    private String running;

    private RegionState region() {
        return emulator.state(ACCOUNT, REGION);
    }

    private <R> R act(Supplier<R> action) {
        return region().transact(false, action);
    }

    private InstanceConnectKeys keys() {
        return region().instanceConnect();
    }

    private Instance launch() {
        String image = PublicImageCatalog.standard().inRegion(REGION).all().values().stream()
                .filter(i -> i.architecture().equals("x86_64") && i.platform() == null && i.rootDeviceType().equals("ebs"))
                .map(Image::imageId).findFirst().orElseThrow();
        LaunchRequest request = new LaunchRequest(image, "t3.micro", 1, 1, null, List.of(), List.of(), null,
                "us-east-1a", null, true, null, null, List.of(), null, null, null, null, null, null, null, List.of(),
                null, null, null);
        return act(() -> region().instances().run(request).instances().get(0));
    }

    @BeforeEach
    void aRunningInstance() {
        running = launch().instanceId();
        clock.advance(Duration.ofSeconds(5));
    }

    private Ec2Error refused(Supplier<?> action) {
        return assertThrows(Ec2Error.class, () -> act(action));
    }

    @Test
    void aPushedKeyLetsItsUserInForSixtySeconds() {
        Instant pushedAt = clock.instant();
        PushedKey pushed = act(() -> keys().push(running, "ec2-user", ED25519 + " me@laptop", null));
        String line = ED25519.split(" ")[0] + " " + ED25519.split(" ")[1];
        assertEquals(line, pushed.publicKey(), "kept as a canonical line, without the comment");
        assertEquals(pushedAt.plusSeconds(60), pushed.expiresAt());

        assertEquals(List.of(line), act(() -> keys().validKeys(running, "ec2-user", pushedAt)));
        assertEquals(List.of(line), act(() -> keys().validKeys(running, "ec2-user", pushedAt.plusSeconds(60))));
        assertEquals(List.of(), act(() -> keys().validKeys(running, "ec2-user", pushedAt.plusSeconds(60).plusMillis(1))));
        assertEquals(0, keys().size(), "the expired key was removed by the lookup");
    }

    @Test
    void aKeyIsOnlyForItsUserAndInstance() {
        Instance other = launch();
        clock.advance(Duration.ofSeconds(5));
        act(() -> keys().push(running, "ec2-user", ED25519, "us-east-1a"));
        Instant now = clock.instant();
        assertEquals(List.of(), act(() -> keys().validKeys(running, "root", now)));
        assertEquals(List.of(), act(() -> keys().validKeys(running, "ec2", now)));
        assertEquals(List.of(), act(() -> keys().validKeys(other.instanceId(), "ec2-user", now)));
        assertEquals(List.of(), emulator.state("210987654321", REGION).transact(false,
                () -> emulator.state("210987654321", REGION).instanceConnect().validKeys(running, "ec2-user", now)));
        assertEquals(List.of(), act(() -> keys().validKeys(null, "ec2-user", now)));
    }

    @Test
    void severalKeysOfOneUserAreValidTogetherAndARepeatedPushRestartsTheTime() {
        String rsa = SshKeyLines.rsa(2048);
        act(() -> keys().push(running, "ec2-user", ED25519, null));
        clock.advance(Duration.ofSeconds(30));
        act(() -> keys().push(running, "ec2-user", rsa, null));
        assertEquals(2, act(() -> keys().validKeys(running, "ec2-user", clock.instant())).size());
        act(() -> keys().push(running, "ec2-user", ED25519, null));
        clock.advance(Duration.ofSeconds(45));
        assertEquals(2, act(() -> keys().validKeys(running, "ec2-user", clock.instant())).size());
        assertEquals(2, keys().size(), "pushing one key again replaces it");
    }

    @Test
    void expiredKeysOfEveryoneAreRemovedByTheNextPush() {
        act(() -> keys().push(running, "alice", ED25519, null));
        act(() -> keys().push(running, "bob", ED25519, null));
        clock.advance(Duration.ofSeconds(61));
        act(() -> keys().push(running, "carol", ED25519, null));
        assertEquals(1, keys().size());
    }

    @Test
    void supportedKeyTypesAreAccepted() {
        for (String key : List.of(SshKeyLines.rsa(2048), SshKeyLines.rsa(4096), ED25519, SshKeyLines.ecdsa(256),
                SshKeyLines.ecdsa(384), SshKeyLines.ecdsa(521))) {
            PushedKey pushed = act(() -> keys().push(running, "ec2-user", key, null));
            assertTrue(key.startsWith(pushed.publicKey()), key);
        }
        String rfc4716 = "---- BEGIN SSH2 PUBLIC KEY ----\nComment: \"me@laptop\"\n" + ED25519.split(" ")[1]
                + "\n---- END SSH2 PUBLIC KEY ----\n";
        assertEquals(ED25519, act(() -> keys().push(running, "ec2-user", rfc4716, null)).publicKey());
    }

    @Test
    void unsupportedOrMalformedKeysAreInvalidArgs() {
        String ed = ED25519;
        String padding = " " + "x".repeat(80);
        for (String key : List.of(SshKeyLines.rsa(1024), SshKeyLines.rsa(3072), "ssh-dss " + "A".repeat(100),
                "ssh-ed25519 " + "A".repeat(100), "ssh-ed25519 " + ed.split(" ")[1].replace('A', '*'),
                "ssh-rsa " + ed.split(" ")[1] + padding, "not a key at all".repeat(6),
                "ecdsa-sha2-nistp256 " + SshKeyLines.ecdsa(384).split(" ")[1],
                "ecdsa-sha2-nistp999 " + "AAAA".repeat(30),
                "sk-ssh-ed25519@openssh.com " + ed.split(" ")[1] + padding,
                ed.split(" ")[1] + padding,
                SshKeyLines.ecdsa(256).replaceFirst(" [A-Za-z0-9+/]{12}", " AAAAAAAAAAAA"),
                ed + "\n" + ed)) {
            Ec2Error error = refused(() -> keys().push(running, "ec2-user", key, null));
            assertEquals("InvalidArgsException", error.code(), key);
            assertEquals(400, error.httpStatus());
        }
    }

    @Test
    void parametersAreCheckedAsTheModelSays() {
        Map<String, Supplier<?>> calls = Map.ofEntries(
                Map.entry("no instance", () -> keys().push(null, "ec2-user", ED25519, null)),
                Map.entry("empty instance", () -> keys().push("", "ec2-user", ED25519, null)),
                Map.entry("bad instance", () -> keys().push("i-XYZ0123456789", "ec2-user", ED25519, null)),
                Map.entry("short instance", () -> keys().push("i-0123456", "ec2-user", ED25519, null)),
                Map.entry("long instance", () -> keys().push("i-" + "0".repeat(31), "ec2-user", ED25519, null)),
                Map.entry("no user", () -> keys().push(running, null, ED25519, null)),
                Map.entry("bad user", () -> keys().push(running, "ec2 user", ED25519, null)),
                Map.entry("long user", () -> keys().push(running, "u".repeat(33), ED25519, null)),
                Map.entry("user newline", () -> keys().push(running, "ec2-user\n", ED25519, null)),
                Map.entry("no key", () -> keys().push(running, "ec2-user", null, null)),
                Map.entry("short key", () -> keys().push(running, "ec2-user", ED25519.substring(0, 79), null)),
                Map.entry("long key", () -> keys().push(running, "ec2-user", ED25519 + " " + "c".repeat(4100), null)),
                Map.entry("bad zone", () -> keys().push(running, "ec2-user", ED25519, "zone")),
                Map.entry("other zone", () -> keys().push(running, "ec2-user", ED25519, "us-east-1b")));
        calls.forEach((name, call) -> assertEquals("InvalidArgsException", refused(call).code(), name));
        act(() -> keys().push(running, "123user", ED25519, null));
        act(() -> keys().push(running, "_svc$", ED25519, null));
    }

    @Test
    void theInstanceMustExistHereAndRun() {
        assertEquals("EC2InstanceNotFoundException",
                refused(() -> keys().push("i-0123456789abcdef0", "ec2-user", ED25519, null)).code());
        RegionState elsewhere = emulator.state(ACCOUNT, "eu-west-1");
        assertEquals("EC2InstanceNotFoundException", assertThrows(Ec2Error.class, () -> elsewhere.transact(false,
                () -> elsewhere.instanceConnect().push(running, "ec2-user", ED25519, null))).code());
        RegionState otherAccount = emulator.state("210987654321", REGION);
        assertEquals("EC2InstanceNotFoundException", assertThrows(Ec2Error.class, () -> otherAccount.transact(false,
                () -> otherAccount.instanceConnect().push(running, "ec2-user", ED25519, null))).code());
    }

    @Test
    void aPendingInstanceIsUnavailableAndAStoppedOneIsInTheWrongState() {
        String pending = launch().instanceId();
        assertEquals("EC2InstanceUnavailableException",
                refused(() -> keys().push(pending, "ec2-user", ED25519, null)).code());
        act(() -> region().instances().stop(List.of(running), false));
        assertEquals("EC2InstanceStateInvalidException",
                refused(() -> keys().push(running, "ec2-user", ED25519, null)).code());
        clock.advance(Duration.ofSeconds(10));
        Ec2Error stopped = refused(() -> keys().push(running, "ec2-user", ED25519, null));
        assertEquals("EC2InstanceStateInvalidException", stopped.code());
        assertTrue(stopped.getMessage().contains("stopped"), stopped.getMessage());
    }

    @Test
    void theSerialConsoleValidatesItsInputThenIsDisabled() {
        assertEquals("InvalidArgsException", refused(() -> {
            keys().pushSerialConsole(running, 1, ED25519);
            return null;
        }).code());
        assertEquals("InvalidArgsException", refused(() -> {
            keys().pushSerialConsole("i-nope", 0, ED25519);
            return null;
        }).code());
        assertEquals("InvalidArgsException", refused(() -> {
            keys().pushSerialConsole(running, null, "ssh-rsa short");
            return null;
        }).code());
        for (Integer port : new Integer[] {null, 0}) {
            assertEquals("SerialConsoleAccessDisabledException", refused(() -> {
                keys().pushSerialConsole(running, port, ED25519);
                return null;
            }).code());
        }
    }

    @Test
    void pushedKeysAreRecordedAndComeBackAfterARestart() {
        Instant pushedAt = clock.instant();
        act(() -> keys().push(running, "ec2-user", ED25519, null));
        Map<AccountRegion, List<Change>> saved = emulator.records();
        assertTrue(saved.get(new AccountRegion(ACCOUNT, REGION)).stream()
                .anyMatch(c -> c.store().equals("instance-connect-key") && c.value() instanceof PushedKey));

        Emulator restored = new Emulator(clock, EmulatorSettings.defaults());
        restored.replaceState(saved, false);
        RegionState again = restored.state(ACCOUNT, REGION);
        assertEquals(1, again.transact(false, () -> again.instanceConnect().validKeys(running, "ec2-user",
                pushedAt.plusSeconds(59))).size());
        assertEquals(0, again.transact(false, () -> again.instanceConnect().validKeys(running, "ec2-user",
                pushedAt.plusSeconds(61))).size());
    }
}
