package io.ec2emulator.core.filesystems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ec2emulator.core.Emulator;
import io.ec2emulator.core.EmulatorSettings;
import io.ec2emulator.core.ManualClock;
import io.ec2emulator.core.images.Image;
import io.ec2emulator.core.images.PublicImageCatalog;
import io.ec2emulator.core.instances.LaunchRequest;
import io.ec2emulator.core.state.RegionState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An instance's file system survives stop and start and a restore from records, and goes with termination. */
class FileSystemsTest {

    private static final String REGION = "us-east-1";
    private static final Instant T0 = Instant.parse("2026-01-15T10:00:00Z");

    private final ManualClock clock = new ManualClock(T0);
    private final Emulator emulator = new Emulator(clock, EmulatorSettings.defaults());
    private final RegionState region = emulator.state("123456789012", REGION);

    private String launch() {
        String image = PublicImageCatalog.standard().inRegion(REGION).all().values().stream()
                .filter(i -> i.architecture().equals("x86_64") && i.platform() == null && i.rootDeviceType().equals("ebs"))
                .map(Image::imageId).findFirst().orElseThrow();
        LaunchRequest request = new LaunchRequest(image, "t3.micro", 1, 1, null, List.of(), List.of(), null, null, null,
                null, null, null, List.of(), null, null, null, null, null, null, null, List.of(), null, null, null);
        return region.transact(false, () -> region.instances().run(request).instances().get(0).instanceId());
    }

    private static InstanceFileSystem files(String instanceId) {
        return new InstanceFileSystem(instanceId, Map.of(
                "/", FileEntry.directory("root", 0555, T0),
                "/tmp", FileEntry.directory("root", 01777, T0),
                "/tmp/note", FileEntry.file("ec2-user", 0644, "hello\n", T0)));
    }

    @Test
    void stopAndStartKeepTheFilesAndTerminationRemovesThem() {
        String id = launch();
        clock.advance(Duration.ofMinutes(5));
        region.transact(false, () -> {
            region.fileSystems().put(files(id));
            return null;
        });
        region.transact(false, () -> region.instances().stop(List.of(id), false));
        clock.advance(Duration.ofMinutes(5));
        region.transact(false, () -> region.instances().start(List.of(id)));
        clock.advance(Duration.ofMinutes(5));
        assertEquals(files(id), region.transact(false, () -> region.fileSystems().get(id).orElseThrow()));

        region.transact(false, () -> region.instances().terminate(List.of(id)));
        assertTrue(region.transact(false, () -> region.fileSystems().get(id)).isPresent(),
                "shutting down: the files are still there");
        clock.advance(Duration.ofMinutes(5));
        assertTrue(region.transact(false, () -> region.fileSystems().get(id)).isEmpty(), "terminated: gone");
    }

    @Test
    void aRestoredRegionHasTheSameFiles() {
        String id = launch();
        region.transact(false, () -> {
            region.fileSystems().put(files(id));
            return null;
        });
        Emulator restored = new Emulator(clock, EmulatorSettings.defaults());
        restored.replaceState(emulator.records(), false);
        RegionState again = restored.state("123456789012", REGION);
        assertEquals(files(id), again.transact(false, () -> again.fileSystems().get(id).orElseThrow()));
    }

    @Test
    void entriesAreKeptInPathOrder() {
        InstanceFileSystem fs = files("i-0123456789abcdef0");
        assertEquals(List.of("/", "/tmp", "/tmp/note"), List.copyOf(fs.entries().keySet()));
    }
}
