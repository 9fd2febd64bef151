package io.ec2emulator.core.volumes;

import java.time.Instant;
import java.util.List;

/**
 * An EBS volume. {@code iops} and {@code throughput} are null where the type has none to report;
 * {@code autoEnableIo} is the {@code autoEnableIO} attribute.
 */
public record Volume(String volumeId, int size, String volumeType, Integer iops, Integer throughput,
                     String snapshotId, String availabilityZone, String availabilityZoneId, String state,
                     boolean encrypted, String kmsKeyId, Instant createTime, boolean multiAttachEnabled,
                     List<VolumeAttachment> attachments, boolean autoEnableIo) {

    public Volume {
        attachments = List.copyOf(attachments);
    }

    public Volume withState(String newState, List<VolumeAttachment> newAttachments) {
        return new Volume(volumeId, size, volumeType, iops, throughput, snapshotId, availabilityZone,
                availabilityZoneId, newState, encrypted, kmsKeyId, createTime, multiAttachEnabled, newAttachments,
                autoEnableIo);
    }

    public Volume withAutoEnableIo(boolean value) {
        return new Volume(volumeId, size, volumeType, iops, throughput, snapshotId, availabilityZone,
                availabilityZoneId, state, encrypted, kmsKeyId, createTime, multiAttachEnabled, attachments, value);
    }
}
