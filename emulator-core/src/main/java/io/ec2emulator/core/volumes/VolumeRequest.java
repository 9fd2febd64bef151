package io.ec2emulator.core.volumes;

import io.ec2emulator.core.tags.TagSpecification;
import java.util.List;

/**
 * A CreateVolume request as the core sees it; two requests with the same client token must be equal.
 *
 * @param size               the size in GiB, or null to take the snapshot's
 * @param snapshotId         the snapshot to restore, or null
 * @param availabilityZone   the zone by name (exactly one of this and {@code availabilityZoneId})
 * @param availabilityZoneId the zone by AZ ID
 * @param volumeType         the type, or null for gp2
 * @param iops               requested IOPS, or null
 * @param throughput         requested throughput in MiB/s, or null
 * @param encrypted          the {@code Encrypted} parameter, or null
 * @param kmsKeyId           the {@code KmsKeyId} parameter, or null
 * @param multiAttachEnabled whether Multi-Attach is requested
 * @param clientToken        the idempotency token, or null
 * @param tagSpecifications  tags to apply
 */
public record VolumeRequest(Integer size, String snapshotId, String availabilityZone, String availabilityZoneId,
                            String volumeType, Integer iops, Integer throughput, Boolean encrypted, String kmsKeyId,
                            boolean multiAttachEnabled, String clientToken, List<TagSpecification> tagSpecifications) {

    public VolumeRequest {
        tagSpecifications = List.copyOf(tagSpecifications);
    }
}
