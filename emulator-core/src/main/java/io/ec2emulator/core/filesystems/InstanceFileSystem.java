package io.ec2emulator.core.filesystems;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The files of one instance's root volume, as the SSH gateway's shell sees them: every entry by its
 * absolute path ({@code /}, {@code /etc}, {@code /etc/os-release}, …), in path order. Not part of
 * EC2's API: the emulator's own state, kept with the region's other records so that it follows the
 * persistence settings.
 */
public record InstanceFileSystem(String instanceId, Map<String, FileEntry> entries) {

    public InstanceFileSystem {
        entries = Collections.unmodifiableSortedMap(new TreeMap<>(entries));
    }
}
