package io.ec2emulator.ssh.shell;

import io.ec2emulator.core.filesystems.FileEntry;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where one instance's file system is kept. The shell reads and writes it only inside {@link #alone},
 * so that one command's changes are one step (one region transaction) and sessions do not interleave.
 */
public interface FileSystemStore {

    /** Runs {@code work} while no other session of any instance of the store's region touches files. */
    <R> R alone(Supplier<R> work);

    /** The instance's files; empty before its first session. Call inside {@link #alone}. */
    Optional<Map<String, FileEntry>> read();

    /** Replaces the instance's files. Call inside {@link #alone}. */
    void write(Map<String, FileEntry> entries);
}
