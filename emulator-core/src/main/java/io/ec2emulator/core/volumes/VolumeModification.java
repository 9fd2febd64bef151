package io.ec2emulator.core.volumes;

import java.time.Duration;
import java.time.Instant;

/**
 * The latest ModifyVolume of one volume: its original and target configuration and when it moves on.
 * It is {@code modifying} from {@code startTime} until {@code optimizingAt}, {@code optimizing} until
 * {@code completedAt}, then {@code completed} (and {@code endTime} is set).
 *
 * @param volumeId           the modified volume
 * @param state              {@code modifying}, {@code optimizing} or {@code completed}
 * @param originalSize       size before, GiB
 * @param originalIops       IOPS before, or null
 * @param originalVolumeType type before
 * @param originalThroughput throughput before, or null
 * @param originalMultiAttach Multi-Attach before
 * @param targetSize         size after, GiB
 * @param targetIops         IOPS after, or null
 * @param targetVolumeType   type after
 * @param targetThroughput   throughput after, or null
 * @param targetMultiAttach  Multi-Attach after
 * @param startTime          when ModifyVolume was called
 * @param optimizingAt       when the modification becomes {@code optimizing}
 * @param completedAt        when it becomes {@code completed}
 * @param endTime            when it completed, or null until then
 */
public record VolumeModification(String volumeId, String state, int originalSize, Integer originalIops,
                                 String originalVolumeType, Integer originalThroughput, boolean originalMultiAttach,
                                 int targetSize, Integer targetIops, String targetVolumeType, Integer targetThroughput,
                                 boolean targetMultiAttach, Instant startTime, Instant optimizingAt,
                                 Instant completedAt, Instant endTime) {

    /** This modification in {@code newState}; {@code completed} sets the end time. */
    public VolumeModification withState(String newState) {
        return new VolumeModification(volumeId, newState, originalSize, originalIops, originalVolumeType,
                originalThroughput, originalMultiAttach, targetSize, targetIops, targetVolumeType, targetThroughput,
                targetMultiAttach, startTime, optimizingAt, completedAt,
                newState.equals("completed") ? completedAt : endTime);
    }

    /** The state the clock says this modification is in at {@code now}. */
    public String stateAt(Instant now) {
        if (!completedAt.isAfter(now)) {
            return "completed";
        }
        return optimizingAt.isAfter(now) ? "modifying" : "optimizing";
    }

    /**
     * {@code Progress}: the share of the whole modification (modifying plus optimizing) that has passed
     * at {@code now}, rounded down, 100 once completed.
     */
    public long progressAt(Instant now) {
        if (state.equals("completed") || !completedAt.isAfter(now)) {
            return 100;
        }
        long total = Duration.between(startTime, completedAt).toMillis();
        long done = Math.max(0, Duration.between(startTime, now).toMillis());
        return Math.min(99, done * 100 / total);
    }
}
