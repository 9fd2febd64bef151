package io.ec2emulator.ssh.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ec2emulator.core.Emulator;
import io.ec2emulator.core.EmulatorSettings;
import io.ec2emulator.core.ManualClock;
import io.ec2emulator.core.filesystems.FileSystems;
import io.ec2emulator.core.images.Image;
import io.ec2emulator.core.images.PublicImageCatalog;
import io.ec2emulator.core.instances.Instance;
import io.ec2emulator.core.instances.LaunchRequest;
import io.ec2emulator.core.state.AccountRegion;
import io.ec2emulator.core.state.Change;
import io.ec2emulator.core.state.ChangeSink;
import io.ec2emulator.core.state.RegionState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shell's files live in the region's state: one commit per changing command, restores, stop/start, termination. */
class RegionFileSystemStoreTest {

    private static final String ACCOUNT = "123456789012";
    private static final String REGION = "us-east-1";

    /** Remembers the stores of every commit. */
    private static final class Commits implements ChangeSink {
        final List<List<Change>> commits = new ArrayList<>();

        @Override
        public void commit(AccountRegion where, List<Change> changes) {
            commits.add(changes);
        }

        @Override
        public void replaceAll(Map<AccountRegion, List<Change>> state) {
        }

        long fileSystemCommits() {
            return commits.stream().filter(c -> c.stream().anyMatch(ch -> ch.store().equals(FileSystems.STORE_NAME)))
                    .count();
        }
    }

    private final ManualClock clock = new ManualClock(TestInstances.NOW);
    private final Commits sink = new Commits();
    private final Emulator emulator = new Emulator(clock, EmulatorSettings.defaults(), sink);
    private final RegionState region = emulator.state(ACCOUNT, REGION);

    private Instance launch() {
        Image image = PublicImageCatalog.standard().inRegion(REGION).all().values().stream()
                .filter(i -> i.name().startsWith("al2023-ami-") && i.architecture().equals("x86_64"))
                .findFirst().orElseThrow();
        LaunchRequest request = new LaunchRequest(image.imageId(), "t3.micro", 1, 1, null, List.of(), List.of(), null,
                null, null, null, null, null, List.of(), null, null, null, null, null, null, null, List.of(), null, null,
                null);
        Instance instance = region.transact(false, () -> region.instances().run(request).instances().get(0));
        clock.advance(Duration.ofMinutes(2));
        return instance;
    }

    private InstanceContext context(RegionState state, Instance instance) {
        return TestInstances.context(TestInstances.AMAZON_LINUX, "ec2-user", "ec2-user", REGION, "x86_64",
                new RegionFileSystemStore(state, instance.instanceId()));
    }

    @Test
    void onlyCommandsThatChangeFilesAreCommitted() {
        Instance instance = launch();
        Shell shell = Shell.exec(context(region, instance));
        assertEquals(1, sink.fileSystemCommits(), "the first session creates the files");
        shell.out("ls -la; cat /etc/os-release; whoami");
        assertEquals(1, sink.fileSystemCommits(), "reading changes nothing");
        shell.out("echo kept > kept.txt");
        assertEquals(2, sink.fileSystemCommits());
        shell.run("touch /etc/denied");
        assertEquals(2, sink.fileSystemCommits(), "a refused change changes nothing");
    }

    @Test
    void filesSurviveARestoreAndStopAndStart() {
        Instance instance = launch();
        Shell.exec(context(region, instance)).out("mkdir work && echo kept > work/kept.txt");

        Emulator restored = new Emulator(clock, EmulatorSettings.defaults());
        restored.replaceState(emulator.records(), false);
        RegionState again = restored.state(ACCOUNT, REGION);
        assertEquals("kept\n", Shell.exec(context(again, instance)).out("cat work/kept.txt"));

        region.transact(false, () -> region.instances().stop(List.of(instance.instanceId()), false));
        clock.advance(Duration.ofMinutes(2));
        region.transact(false, () -> region.instances().start(List.of(instance.instanceId())));
        clock.advance(Duration.ofMinutes(2));
        assertEquals("kept\n", Shell.exec(context(region, instance)).out("cat work/kept.txt"));
    }

    @Test
    void aContextComesFromTheInstanceItsImageAndItsKey() {
        region.transact(false, () -> region.keyPairs().importKey("my-key",
                TestInstances.KEY.getBytes(java.nio.charset.StandardCharsets.UTF_8), List.of()));
        Image image = PublicImageCatalog.standard().inRegion(REGION).all().values().stream()
                .filter(i -> i.name().startsWith("ubuntu/images/hvm-ssd-gp3/ubuntu-noble") && i.architecture().equals("arm64"))
                .findFirst().orElseThrow();
        LaunchRequest request = new LaunchRequest(image.imageId(), "m6gd.large", 1, 1, "my-key", List.of(), List.of(),
                null, null, null, null, null, null, List.of(), null, null, null, null, null, null, null, List.of(), null,
                null, null);
        Instance instance = region.transact(false, () -> region.instances().run(request).instances().get(0));
        InstanceContext context = region.transact(false, () -> InstanceContexts.of(region, instance, "ubuntu"));
        assertEquals("ubuntu", context.osUser());
        assertEquals(TestInstances.UBUNTU, context.osRelease());
        assertEquals("aarch64", context.machine());
        assertEquals(8192, context.memoryMib());
        assertEquals(List.of(new BlockDevice("/dev/sda1", 8, BlockDevice.Kind.EBS, true),
                new BlockDevice("/dev/sdb", 118, BlockDevice.Kind.INSTANCE_STORE, false)), context.blockDevices());
        Shell shell = Shell.exec(context);
        assertEquals("ubuntu@" + context.shortHostname() + "\n", shell.out("echo $USER@$HOSTNAME"));
        assertEquals(TestInstances.KEY + "\n", shell.out("cat .ssh/authorized_keys"));
    }

    @Test
    void terminationRemovesTheFiles() {
        Instance instance = launch();
        Shell open = Shell.exec(context(region, instance));
        open.out("echo gone > gone.txt");
        region.transact(false, () -> region.instances().terminate(List.of(instance.instanceId())));
        clock.advance(Duration.ofMinutes(5));
        assertTrue(region.transact(false, () -> region.fileSystems().get(instance.instanceId())).isEmpty());
        open.run("echo late > late.txt");
        assertTrue(region.transact(false, () -> region.fileSystems().get(instance.instanceId())).isEmpty(),
                "a session still open does not bring the files back");
    }
}
