package io.ec2emulator.core.volumes;

import io.ec2emulator.core.Ec2Error;
import io.ec2emulator.core.filter.FilterCriterion;
import io.ec2emulator.core.filter.FilterSpec;
import io.ec2emulator.core.filter.Page;
import io.ec2emulator.core.filter.PageRequest;
import io.ec2emulator.core.filter.ResourceQuery;
import io.ec2emulator.core.state.RegionState;
import io.ec2emulator.core.state.ResourceStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Elastic Volumes: ModifyVolume and DescribeVolumesModifications of one account and region. A
 * modification is checked by {@link VolumeRules} against the target type, applied to the volume at
 * once, and is {@code modifying} for the boot delay, then {@code optimizing} for the image delay, then
 * {@code completed}. A volume can be modified again once its previous modification is completed, and
 * at most {@link #MAX_PER_DAY} times in any rolling 24 hours.
 */
public final class VolumeModifications {

    /** How many modifications a volume may start in any rolling 24 hours. */
    public static final int MAX_PER_DAY = 4;

    /** The filters of DescribeVolumesModifications. */
    public static final FilterSpec<VolumeModification> FILTERS = FilterSpec.<VolumeModification>builder()
            .deferred(more -> more
                    .single("volume-id", VolumeModification::volumeId)
                    .single("modification-state", VolumeModification::state)
                    .single("start-time", m -> m.startTime().toString())
                    .single("original-size", VolumeModification::originalSize)
                    .single("original-iops", VolumeModification::originalIops)
                    .single("original-volume-type", VolumeModification::originalVolumeType)
                    .single("original-throughput", VolumeModification::originalThroughput)
                    .single("original-multi-attach-enabled", VolumeModification::originalMultiAttach)
                    .single("target-size", VolumeModification::targetSize)
                    .single("target-iops", VolumeModification::targetIops)
                    .single("target-volume-type", VolumeModification::targetVolumeType)
                    .single("target-throughput", VolumeModification::targetThroughput)
                    .single("target-multi-attach-enabled", VolumeModification::targetMultiAttach))
            .build();

    private static final Duration DAY = Duration.ofHours(24);
    private static final String STATE_INDEX = "state";
    private static final int DEFAULT_IOPS = 3_000;

    /** When each modification of a volume started (those of the last 24 hours matter). */
    private record History(String volumeId, List<Instant> starts) {
        History {
            starts = List.copyOf(starts);
        }
    }

    private final RegionState region;
    private final Volumes volumes;
    private final ResourceStore<VolumeModification> latest;
    private final ResourceStore<History> history;

    public VolumeModifications(RegionState region, Volumes volumes) {
        this.region = region;
        this.volumes = volumes;
        this.latest = new ResourceStore<>("volume-modification", VolumeModification::volumeId, region.undoLog())
                .index(STATE_INDEX, m -> List.of(m.state()));
        this.history = new ResourceStore<>("volume-modification-history", History::volumeId, region.undoLog());
        region.registerTimed(this::advanceTo);
    }

    /**
     * ModifyVolume: null parameters keep the volume's value, except that a change of type to gp3, io1
     * or io2 without {@code Iops} means 3,000 IOPS, and to gp3 without {@code Throughput} 125 MiB/s.
     */
    public VolumeModification modify(String volumeId, Integer size, String volumeType, Integer iops,
                                     Integer throughput, Boolean multiAttachEnabled) {
        Volume volume = volumes.resources().require(volumeId);
        if (size == null && volumeType == null && iops == null && throughput == null && multiAttachEnabled == null) {
            throw Ec2Error.missingParameter("size, volumeType, iops, throughput or multiAttachEnabled");
        }
        if (!volume.state().equals("available") && !volume.state().equals("in-use")) {
            throw Ec2Error.client("IncorrectState", "The volume '" + volumeId + "' is in the '" + volume.state()
                    + "' state; only 'available' or 'in-use' volumes can be modified.");
        }
        String type = VolumeRules.type(volumeType, volume.volumeType());
        boolean typeChanged = !type.equals(volume.volumeType());
        int targetSize = size != null ? size : volume.size();
        if (targetSize < volume.size()) {
            throw Ec2Error.invalidParameterValue("New size cannot be smaller than existing size");
        }
        VolumeTypeLimits limits = VolumeTypeLimits.of(type).orElseThrow();
        Integer targetIops = iops;
        if (targetIops == null && limits.iopsSettable()) {
            targetIops = typeChanged ? Integer.valueOf(DEFAULT_IOPS) : volume.iops();
        }
        Integer targetThroughput = throughput;
        if (targetThroughput == null && !typeChanged && limits.throughputSettable()) {
            targetThroughput = volume.throughput();
        }
        boolean multiAttach = multiAttachEnabled != null ? multiAttachEnabled : volume.multiAttachEnabled();
        if (multiAttach != volume.multiAttachEnabled() && !volume.attachments().isEmpty()) {
            throw Ec2Error.client("IncorrectState", "Multi-Attach can be " + (multiAttach ? "enabled" : "disabled")
                    + " only while volume " + volumeId + " is detached; it is attached to "
                    + volume.attachments().get(0).instanceId() + ".");
        }
        boolean boot = volume.attachments().stream().anyMatch(a -> region.instances().resources().get(a.instanceId())
                .map(i -> a.device().equals(i.rootDeviceName())).orElse(false));
        VolumeRules.Performance performance = VolumeRules.check(type, targetSize, targetIops, targetThroughput,
                multiAttach, boot);
        Instant now = region.clock().instant();
        List<Instant> recent = checkRate(volumeId, now);
        Instant optimizingAt = now.plus(region.settings().bootDelay());
        VolumeModification modification = new VolumeModification(volumeId, "modifying", volume.size(),
                volume.iops(), volume.volumeType(), volume.throughput(), volume.multiAttachEnabled(), targetSize,
                performance.iops(), type, performance.throughput(), multiAttach, now, optimizingAt,
                optimizingAt.plus(region.settings().imageDelay()), null);
        modification = modification.withState(modification.stateAt(now));
        latest.put(modification);
        List<Instant> starts = new ArrayList<>(recent);
        starts.add(now);
        history.put(new History(volumeId, starts));
        volumes.resources().put(new Volume(volume.volumeId(), targetSize, type, performance.iops(),
                performance.throughput(), volume.snapshotId(), volume.availabilityZone(), volume.availabilityZoneId(),
                volume.state(), volume.encrypted(), volume.kmsKeyId(), volume.createTime(), multiAttach,
                volume.attachments(), volume.autoEnableIo()));
        return modification;
    }

    /** The rate rule; answers the starts still inside the rolling 24 hours. */
    private List<Instant> checkRate(String volumeId, Instant now) {
        VolumeModification previous = latest.get(volumeId).orElse(null);
        if (previous != null && !previous.state().equals("completed")) {
            throw Ec2Error.client("VolumeModificationRateExceeded", "You've reached the maximum modification rate "
                    + "per volume limit. The previous modification of volume " + volumeId + " is still "
                    + previous.state() + "; wait until it is completed before modifying the volume again.");
        }
        List<Instant> recent = history.get(volumeId).map(History::starts).orElse(List.of()).stream()
                .filter(start -> start.plus(DAY).isAfter(now)).toList();
        if (recent.size() >= MAX_PER_DAY) {
            Instant next = recent.get(recent.size() - MAX_PER_DAY).plus(DAY);
            throw Ec2Error.client("VolumeModificationRateExceeded", "You've reached the maximum modification rate "
                    + "per volume limit of " + MAX_PER_DAY + " modifications in 24 hours. You can modify volume "
                    + volumeId + " again from " + next + ".");
        }
        return recent;
    }

    /**
     * DescribeVolumesModifications: the latest modification of each volume. A named volume must exist
     * and have been modified ({@code InvalidVolumeModification.NotFound} otherwise).
     */
    public Page<VolumeModification> describe(List<String> volumeIds, List<FilterCriterion> filters,
                                             Integer maxResults, String nextToken) {
        for (String id : List.copyOf(latest.all().keySet())) {
            if (volumes.resources().get(id).isEmpty()) {
                latest.remove(id);
                history.remove(id);
            }
        }
        for (String id : volumeIds) {
            volumes.resources().require(id);
            if (!latest.contains(id)) {
                throw Ec2Error.client("InvalidVolumeModification.NotFound",
                        "Modification for volume '" + id + "' does not exist.");
            }
        }
        PageRequest page = PageRequest.of(maxResults, nextToken, 5, 500);
        ResourceQuery<VolumeModification> query = ResourceQuery.over(latest, region.tags(), FILTERS).filters(filters);
        if (!volumeIds.isEmpty()) {
            query.onlyIds(volumeIds);
        }
        return query.page(page);
    }

    private void advanceTo(Instant now) {
        for (String state : List.of("modifying", "optimizing")) {
            for (String id : List.copyOf(latest.lookup(STATE_INDEX, state))) {
                VolumeModification modification = latest.get(id).orElseThrow();
                String next = modification.stateAt(now);
                if (!next.equals(modification.state())) {
                    latest.put(modification.withState(next));
                }
            }
        }
    }
}
