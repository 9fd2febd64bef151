package io.ec2emulator.core.instances;

import java.time.Instant;

/** One EBS volume in an instance's block device mapping. */
public record InstanceBlockDevice(String deviceName, String volumeId, Instant attachTime, boolean deleteOnTermination) {
}
