package io.ec2emulator.core.volumes;

import java.time.Instant;
import java.util.List;

/** An EBS volume. {@code iops} and {@code throughput} are null where the type has none to report. */
public record Volume(String volumeId, int size, String volumeType, Integer iops, Integer throughput,
                     String snapshotId, String availabilityZone, String availabilityZoneId, String state,
                     boolean encrypted, String kmsKeyId, Instant createTime, boolean multiAttachEnabled,
                     List<VolumeAttachment> attachments) {

    public Volume {
        attachments = List.copyOf(attachments);
    }

    public Volume withState(String newState, List<VolumeAttachment> newAttachments) {
        return new Volume(volumeId, size, volumeType, iops, throughput, snapshotId, availabilityZone,
                availabilityZoneId, newState, encrypted, kmsKeyId, createTime, multiAttachEnabled, newAttachments);
    }
}
