package io.ec2emulator.core.images;

/**
 * One block device mapping of an image: an EBS volume, an instance store volume ({@code ephemeralN}) or a
 * suppressed device.
 *
 * @param deviceName  the device name, for example {@code /dev/xvda} or {@code /dev/sdb}
 * @param virtualName {@code ephemeralN} for an instance store volume, otherwise null
 * @param ebs         the EBS volume, or null for instance store and suppressed devices
 * @param noDevice    an empty string when the device is suppressed, otherwise null
 */
public record BlockDeviceMapping(String deviceName, String virtualName, EbsMapping ebs, String noDevice) {

    /** An EBS mapping. */
    public static BlockDeviceMapping ebs(String deviceName, EbsMapping ebs) {
        return new BlockDeviceMapping(deviceName, null, ebs, null);
    }

    /** An instance store mapping. */
    public static BlockDeviceMapping instanceStore(String deviceName, String virtualName) {
        return new BlockDeviceMapping(deviceName, virtualName, null, null);
    }
}
