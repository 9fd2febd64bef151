package io.ec2emulator.ssh.shell;

/**
 * How the guest kernel names the API's block devices. The emulator follows one convention, Xen's
 * (the names the API uses): {@code /dev/sdX} and {@code /dev/xvdX} both appear as {@code xvdX}, major
 * number 202, minor {@code 16 × letter + partition}; the root device holds one partition ({@code xvda1})
 * mounted on {@code /}. Nitro instances would show {@code nvme0n1} names instead.
 */
public final class DeviceNames {

    private static final int XEN_MAJOR = 202;

    private DeviceNames() {
    }

    /** The disk's kernel name: {@code /dev/sda1} and {@code /dev/xvda} give {@code xvda}, {@code /dev/sdf} gives {@code xvdf}. */
    public static String disk(String apiName) {
        String name = apiName.startsWith("/dev/") ? apiName.substring(5) : apiName;
        if (name.startsWith("sd")) {
            name = "xvd" + name.substring(2);
        }
        return name.replaceAll("[0-9]+$", "");
    }

    /** The root file system's partition, for example {@code xvda1}. */
    public static String rootPartition(String apiName) {
        return disk(apiName) + "1";
    }

    /** {@code MAJ:MIN} as lsblk shows it. */
    public static String majorMinor(String kernelName) {
        String disk = kernelName.replaceAll("[0-9]+$", "");
        String partition = kernelName.substring(disk.length());
        int letter = disk.charAt(disk.length() - 1) - 'a';
        int minor = letter * 16 + (partition.isEmpty() ? 0 : Integer.parseInt(partition));
        return XEN_MAJOR + ":" + minor;
    }
}
