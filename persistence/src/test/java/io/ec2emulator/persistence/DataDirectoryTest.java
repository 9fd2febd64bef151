package io.ec2emulator.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ec2emulator.core.Emulator;
import io.ec2emulator.core.EmulatorSettings;
import io.ec2emulator.core.ManualClock;
import io.ec2emulator.core.filesystems.FileEntry;
import io.ec2emulator.core.filesystems.InstanceFileSystem;
import io.ec2emulator.core.images.Image;
import io.ec2emulator.core.images.PublicImageCatalog;
import io.ec2emulator.core.instanceconnect.PushedKey;
import io.ec2emulator.core.instances.LaunchRequest;
import io.ec2emulator.core.instances.PasswordData;
import io.ec2emulator.core.keypairs.KeyMaterial;
import io.ec2emulator.core.keypairs.KeyFormat;
import io.ec2emulator.core.keypairs.KeyType;
import io.ec2emulator.core.state.AccountRegion;
import io.ec2emulator.core.state.Change;
import io.ec2emulator.core.state.RegionState;
import io.ec2emulator.core.state.Setting;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {

    private static final AccountRegion WHERE = new AccountRegion("123456789012", "eu-west-1");

    @TempDir
    Path dir;

    private final ManualClock clock = new ManualClock(Instant.parse("2026-01-15T10:00:00Z"));

    @Test
    void committedChangesAreThereAfterReopening() {
        try (DataDirectory data = DataDirectory.open(dir)) {
            data.commit(WHERE, List.of(new Change("setting", "a", new Setting("a", "1")),
                    new Change("setting", "b", new Setting("b", "2"))));
            data.commit(WHERE, List.of(new Change("setting", "a", null), new Change("setting", "b", new Setting("b", "3"))));
        }
        try (DataDirectory data = DataDirectory.open(dir)) {
            assertEquals(Map.of(WHERE, List.of(new Change("setting", "b", new Setting("b", "3")))), data.load());
        }
    }

    @Test
    void anEmulatorComesBackAsItWas() {
        Map<AccountRegion, List<Change>> before;
        try (DataDirectory data = DataDirectory.open(dir)) {
            Emulator emulator = new Emulator(clock, EmulatorSettings.defaults(), data);
            RegionState region = emulator.state(WHERE.accountId(), WHERE.region());
            region.transact(false, () -> region.keyPairs().create("k", KeyType.ED25519, KeyFormat.PEM, List.of()));
            before = emulator.records();
        }
        try (DataDirectory data = DataDirectory.open(dir)) {
            Emulator emulator = new Emulator(clock, EmulatorSettings.defaults(), data);
            emulator.replaceState(data.load(), false);
            assertEquals(before, emulator.records());
            emulator.reset();
            assertTrue(data.load().isEmpty(), "a reset empties the data directory");
        }
    }

    @Test
    void anInstanceFileSystemIsKeptAsItWas() {
        Instant when = Instant.parse("2026-01-15T10:00:00Z");
        InstanceFileSystem files = new InstanceFileSystem("i-0123456789abcdef0", Map.of(
                "/", FileEntry.directory("root", 0555, when),
                "/home/ec2-user/notes.txt", FileEntry.file("ec2-user", 0664, "caf\u00e9 'quoted' \"text\"\n", when)));
        try (DataDirectory data = DataDirectory.open(dir)) {
            data.commit(WHERE, List.of(new Change("instance-file-system", files.instanceId(), files)));
        }
        try (DataDirectory data = DataDirectory.open(dir)) {
            assertEquals(Map.of(WHERE, List.of(new Change("instance-file-system", files.instanceId(), files))),
                    data.load());
        }
    }

    @Test
    void aWindowsPasswordIsTheSameAfterARestart() {
        EmulatorSettings settings = EmulatorSettings.instant().withWindowsPasswordDelay(java.time.Duration.ofMinutes(4));
        String instanceId;
        PasswordData before;
        try (DataDirectory data = DataDirectory.open(dir)) {
            RegionState region = new Emulator(clock, settings, data).state(WHERE.accountId(), WHERE.region());
            region.transact(false, () -> region.keyPairs().create("rdp", KeyType.RSA, KeyFormat.PEM, List.of()));
            String image = PublicImageCatalog.standard().inRegion(WHERE.region()).all().values().stream()
                    .filter(i -> i.isWindows() && "x86_64".equals(i.architecture())).findFirst().orElseThrow().imageId();
            LaunchRequest request = new LaunchRequest(image, "t3.medium", 1, 1, "rdp", List.of(), List.of(),
                    null, null, null, null, null, null, List.of(), null, null, null, null, null, null, null,
                    List.of(), null, null, null);
            instanceId = region.transact(false, () -> region.instances().run(request)).instances().get(0).instanceId();
            region.transact(false, () -> region.instances().describe(List.of(), List.of(), null, null));
            clock.advance(java.time.Duration.ofMinutes(4));
            before = region.transact(false, () -> region.instances().passwordData(instanceId));
            assertTrue(before.available());
        }
        try (DataDirectory data = DataDirectory.open(dir)) {
            Emulator emulator = new Emulator(clock, settings, data);
            emulator.replaceState(data.load(), false);
            RegionState region = emulator.state(WHERE.accountId(), WHERE.region());
            assertEquals(before, region.transact(false, () -> region.instances().passwordData(instanceId)));
        }
    }

    @Test
    void keysPushedWithInstanceConnectComeBackUntilTheyExpire() {
        String image = PublicImageCatalog.standard().inRegion(WHERE.region()).all().values().stream()
                .filter(i -> i.architecture().equals("x86_64") && i.platform() == null && i.rootDeviceType().equals("ebs"))
                .map(Image::imageId).findFirst().orElseThrow();
        LaunchRequest launch = new LaunchRequest(image, "t3.micro", 1, 1, null, List.of(), List.of(), null, null, null,
                true, null, null, List.of(), null, null, null, null, null, null, null, List.of(), null, null, null);
        String key = KeyMaterial.create(KeyType.ED25519, KeyFormat.PEM, "").publicKey();
        String instanceId;
        Instant pushedAt;
        try (DataDirectory data = DataDirectory.open(dir)) {
            Emulator emulator = new Emulator(clock, EmulatorSettings.defaults(), data);
            RegionState region = emulator.state(WHERE.accountId(), WHERE.region());
            instanceId = region.transact(false, () -> region.instances().run(launch).instances().get(0).instanceId());
            clock.advance(Duration.ofSeconds(5));
            pushedAt = clock.instant();
            region.transact(false, () -> region.instanceConnect().push(instanceId, "ec2-user", key, null));
        }
        try (DataDirectory data = DataDirectory.open(dir)) {
            assertTrue(data.load().get(WHERE).stream().anyMatch(c -> c.value() instanceof PushedKey));
            Emulator emulator = new Emulator(clock, EmulatorSettings.defaults(), data);
            emulator.replaceState(data.load(), false);
            RegionState region = emulator.state(WHERE.accountId(), WHERE.region());
            assertEquals(List.of(key), region.transact(false, () -> region.instanceConnect()
                    .validKeys(instanceId, "ec2-user", pushedAt.plusSeconds(60))));
            assertEquals(List.of(), region.transact(false, () -> region.instanceConnect()
                    .validKeys(instanceId, "ec2-user", pushedAt.plusSeconds(61))));
        }
        try (DataDirectory data = DataDirectory.open(dir)) {
            assertTrue(data.load().get(WHERE).stream().noneMatch(c -> c.value() instanceof PushedKey),
                    "the lookup removed the expired key from the data directory too");
        }
    }

    @Test
    void aDirectoryInUseIsRefused() {
        try (DataDirectory data = DataDirectory.open(dir)) {
            assertEquals(dir, data.directory());
            IllegalStateException error = assertThrows(IllegalStateException.class, () -> DataDirectory.open(dir));
            assertTrue(error.getMessage().contains("in use"), error.getMessage());
        }
    }

    @Test
    void globalValuesAreKept() {
        try (DataDirectory data = DataDirectory.open(dir)) {
            data.putGlobal("ssh-host-key/ed25519", new byte[] {1, 2, 3});
        }
        try (DataDirectory data = DataDirectory.open(dir)) {
            assertArrayEquals(new byte[] {1, 2, 3}, data.global("ssh-host-key/ed25519").orElseThrow());
            assertTrue(data.global("missing").isEmpty());
        }
    }

    @Test
    void aStateFileNeverNamesAClassOutsideTheCore() {
        StateFile file = new StateFile();
        String bad = "{\"format\":\"ec2-emulator-state\",\"version\":1,\"regions\":[{\"account\":\"123456789012\","
                + "\"region\":\"us-east-1\",\"records\":[{\"store\":\"setting\",\"id\":\"x\","
                + "\"type\":\"java.io.File\",\"value\":{}}]}]}";
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> file.read(bad.getBytes()));
        assertTrue(error.getMessage().contains("unknown record type"), error.getMessage());
    }
}
