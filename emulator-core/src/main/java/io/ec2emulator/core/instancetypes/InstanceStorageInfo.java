package io.ec2emulator.core.instancetypes;

import java.util.List;
import java.util.Objects;

/**
 * The local instance store of an instance type ({@code InstanceStorageInfo}).
 *
 * @param totalSizeInGb     the total size of all disks, in GB
 * @param disks             the disks, grouped by size and type
 * @param nvmeSupport       {@code required}, {@code supported} or {@code unsupported}
 * @param encryptionSupport {@code required}, {@code supported} or {@code unsupported}
 */
public record InstanceStorageInfo(long totalSizeInGb, List<Disk> disks, String nvmeSupport, String encryptionSupport) {

    public InstanceStorageInfo {
        disks = List.copyOf(disks);
        Objects.requireNonNull(nvmeSupport, "nvmeSupport");
        Objects.requireNonNull(encryptionSupport, "encryptionSupport");
    }

    /**
     * A group of identical instance store disks ({@code DiskInfo}).
     *
     * @param sizeInGb the size of one disk, in GB
     * @param count    how many such disks
     * @param type     {@code ssd} or {@code hdd}
     */
    public record Disk(long sizeInGb, int count, String type) {

        public Disk {
            Objects.requireNonNull(type, "type");
        }
    }
}
