package io.ec2emulator.core.volumes;

import io.ec2emulator.core.filter.FilterSpec;
import io.ec2emulator.core.state.ResourceKind;

/** EC2's facts about volumes: ids, errors, DescribeVolumes' filters. */
public final class VolumeKind {

    private VolumeKind() {
    }

    public static final ResourceKind<Volume> VOLUME = new ResourceKind<>("vol", "volume", Volume::volumeId,
            "InvalidVolume.NotFound", "The volume '%s' does not exist.", "InvalidVolumeID.Malformed",
            FilterSpec.<Volume>builder()
                    .tags()
                    .deferred(more -> more
                            .single("volume-id", Volume::volumeId)
                            .single("availability-zone", Volume::availabilityZone)
                            .single("availability-zone-id", Volume::availabilityZoneId)
                            .single("create-time", v -> v.createTime().toString())
                            .single("encrypted", Volume::encrypted)
                            .single("multi-attach-enabled", Volume::multiAttachEnabled)
                            .single("size", Volume::size)
                            .single("snapshot-id", v -> v.snapshotId() == null ? "" : v.snapshotId())
                            .single("status", Volume::state)
                            .single("volume-type", Volume::volumeType)
                            .many("attachment.instance-id", v -> v.attachments().stream().map(VolumeAttachment::instanceId).toList())
                            .many("attachment.device", v -> v.attachments().stream().map(VolumeAttachment::device).toList())
                            .many("attachment.status", v -> v.attachments().stream().map(VolumeAttachment::state).toList())
                            .many("attachment.attach-time",
                                    v -> v.attachments().stream().map(a -> a.attachTime().toString()).toList())
                            .many("attachment.delete-on-termination",
                                    v -> v.attachments().stream().map(a -> String.valueOf(a.deleteOnTermination())).toList()))
                    .build(),
            5, 500);
}
