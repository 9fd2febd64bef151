package io.ec2emulator.core.filesystems;

import io.ec2emulator.core.state.RegionState;
import io.ec2emulator.core.state.ResourceStore;
import java.util.Optional;

/**
 * The file systems of the instances of one account and region. Created by the SSH gateway's shell at
 * an instance's first session, kept across stop and start (they live on the root volume), removed
 * when the instance reaches {@code terminated}. Like every store, read and change it inside the
 * region's {@code transact}.
 */
public final class FileSystems {

    /** The store's name in data directories and state files. */
    public static final String STORE_NAME = "instance-file-system";

    private final ResourceStore<InstanceFileSystem> store;

    public FileSystems(RegionState region) {
        this.store = new ResourceStore<>(STORE_NAME, InstanceFileSystem::instanceId, region.undoLog());
    }

    public Optional<InstanceFileSystem> get(String instanceId) {
        return store.get(instanceId);
    }

    /** Creates or replaces the instance's file system. */
    public void put(InstanceFileSystem fileSystem) {
        store.put(fileSystem);
    }

    /** Called when the instance is terminated: its root volume's files are gone. */
    public void instanceTerminated(String instanceId) {
        store.remove(instanceId);
    }
}
