package io.ec2emulator.core.volumes;

import io.ec2emulator.core.filter.FilterCriterion;
import io.ec2emulator.core.filter.Page;
import io.ec2emulator.core.state.RegionState;
import io.ec2emulator.core.state.Resources;
import java.util.List;

/**
 * The EBS volumes of one account and region. For now the volumes instances are launched with; the
 * EBS rules (types, IOPS, attach, modify, snapshots) build on this.
 */
public final class Volumes {

    private final RegionState region;
    private final Resources<Volume> volumes;

    public Volumes(RegionState region) {
        this.region = region;
        this.volumes = new Resources<>(region, VolumeKind.VOLUME)
                .index("attached-to", v -> v.attachments().stream().map(VolumeAttachment::instanceId).toList());
    }

    public Resources<Volume> resources() {
        return volumes;
    }

    /** A volume created for a launch and attached to the instance at once (DeleteOnTermination as mapped). */
    public Volume createAttached(int size, String volumeType, Integer iops, Integer throughput, String snapshotId,
                                 String zone, String zoneId, boolean encrypted, String instanceId, String device,
                                 boolean deleteOnTermination) {
        String kmsKeyId = encrypted ? "arn:aws:kms:" + region.region() + ":" + region.accountId() + ":alias/aws/ebs" : null;
        Volume volume = new Volume(volumes.newId(), size, volumeType, iops, throughput, snapshotId, zone, zoneId,
                "in-use", encrypted, kmsKeyId, region.clock().instant(), false,
                List.of(new VolumeAttachment(instanceId, device, "attached", region.clock().instant(),
                        deleteOnTermination)));
        volumes.put(volume);
        return volume;
    }

    /** Detaches everything attached to {@code instanceId}: volumes marked delete-on-termination are deleted. */
    public void instanceTerminated(String instanceId) {
        for (String volumeId : List.copyOf(volumes.store().lookup("attached-to", instanceId))) {
            Volume volume = volumes.require(volumeId);
            boolean delete = volume.attachments().stream()
                    .anyMatch(a -> a.instanceId().equals(instanceId) && a.deleteOnTermination());
            List<VolumeAttachment> rest = volume.attachments().stream()
                    .filter(a -> !a.instanceId().equals(instanceId)).toList();
            if (delete && rest.isEmpty()) {
                volumes.remove(volume.volumeId());
            } else {
                volumes.put(volume.withState(rest.isEmpty() ? "available" : "in-use", rest));
            }
        }
    }

    /** DescribeVolumes; a {@code MaxResults} above 500 returns 500, as EC2 documents. */
    public Page<Volume> describe(List<String> ids, List<FilterCriterion> filters, Integer maxResults, String nextToken) {
        Integer pageSize = maxResults != null && maxResults > VolumeKind.VOLUME.maxResults()
                ? Integer.valueOf(VolumeKind.VOLUME.maxResults()) : maxResults;
        return volumes.describe(ids, filters, pageSize, nextToken);
    }
}
