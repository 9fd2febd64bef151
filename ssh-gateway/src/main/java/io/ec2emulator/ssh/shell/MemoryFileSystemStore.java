package io.ec2emulator.ssh.shell;

import io.ec2emulator.core.filesystems.FileEntry;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/** An instance's files in this object only: for tests, and for sessions that need no region. */
public final class MemoryFileSystemStore implements FileSystemStore {

    private Map<String, FileEntry> entries;

    @Override
    public synchronized <R> R alone(Supplier<R> work) {
        return work.get();
    }

    @Override
    public synchronized Optional<Map<String, FileEntry>> read() {
        return Optional.ofNullable(entries);
    }

    @Override
    public synchronized void write(Map<String, FileEntry> newEntries) {
        entries = new TreeMap<>(newEntries);
    }
}
