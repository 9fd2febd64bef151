package io.ec2emulator.ssh.shell;

import java.util.Objects;

/**
 * One block device of an instance, as the API names it.
 *
 * @param deviceName the API's device name, for example {@code /dev/xvda}, {@code /dev/sda1} or {@code /dev/sdf}
 * @param sizeGib    its size in GiB
 * @param kind       an EBS volume or an instance store volume
 * @param root       whether it is the root device (mounted on {@code /})
 */
public record BlockDevice(String deviceName, int sizeGib, Kind kind, boolean root) {

    /** Where the device's storage comes from. */
    public enum Kind {
        EBS,
        INSTANCE_STORE
    }

    public BlockDevice {
        Objects.requireNonNull(deviceName, "deviceName");
        Objects.requireNonNull(kind, "kind");
    }
}
