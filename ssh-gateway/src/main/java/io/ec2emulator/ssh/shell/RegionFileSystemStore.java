package io.ec2emulator.ssh.shell;

import io.ec2emulator.core.filesystems.FileEntry;
import io.ec2emulator.core.filesystems.InstanceFileSystem;
import io.ec2emulator.core.instances.InstanceState;
import io.ec2emulator.core.state.RegionState;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * An instance's files in its region's state ({@link RegionState#fileSystems()}): they follow the
 * persistence settings like every other record, and go when the instance is terminated. A session
 * still open then changes nothing any more: writes for an instance that is terminated (or gone) are dropped.
 */
public final class RegionFileSystemStore implements FileSystemStore {

    private final RegionState region;
    private final String instanceId;

    public RegionFileSystemStore(RegionState region, String instanceId) {
        this.region = region;
        this.instanceId = instanceId;
    }

    @Override
    public <R> R alone(Supplier<R> work) {
        return region.transact(false, work);
    }

    @Override
    public Optional<Map<String, FileEntry>> read() {
        return region.fileSystems().get(instanceId).map(InstanceFileSystem::entries);
    }

    @Override
    public void write(Map<String, FileEntry> entries) {
        boolean terminated = region.instances().resources().get(instanceId)
                .map(i -> i.state() == InstanceState.TERMINATED).orElse(true);
        if (!terminated) {
            region.fileSystems().put(new InstanceFileSystem(instanceId, entries));
        }
    }
}
