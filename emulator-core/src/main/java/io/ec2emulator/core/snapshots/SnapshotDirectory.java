package io.ec2emulator.core.snapshots;

import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every account's snapshots, per region, as other accounts and regions may read them: each region
 * publishes its account's snapshots when an action commits, so DescribeSnapshots of shared
 * snapshots, CopySnapshot from another region and CreateVolume from a shared snapshot read it
 * without taking the owner's lock. Thread-safe.
 */
public final class SnapshotDirectory {

    private final Map<String, Map<String, NavigableMap<String, Snapshot>>> byRegion = new ConcurrentHashMap<>();

    /** Replaces what {@code accountId} has published in {@code region} with {@code snapshots} (an immutable copy). */
    public void publish(String region, String accountId, NavigableMap<String, Snapshot> snapshots) {
        byRegion.computeIfAbsent(region, r -> new ConcurrentHashMap<>())
                .put(accountId, java.util.Collections.unmodifiableNavigableMap(new TreeMap<>(snapshots)));
    }

    /** What {@code accountId} last published in {@code region}. */
    public NavigableMap<String, Snapshot> of(String region, String accountId) {
        return byRegion.getOrDefault(region, Map.of()).getOrDefault(accountId, java.util.Collections.emptyNavigableMap());
    }

    /** Every account's published snapshots in {@code region}, by account id. */
    public Map<String, NavigableMap<String, Snapshot>> region(String region) {
        return Map.copyOf(byRegion.getOrDefault(region, Map.of()));
    }

    /** A snapshot of any account in {@code region}, as last published. */
    public Optional<Snapshot> find(String region, String snapshotId) {
        for (NavigableMap<String, Snapshot> snapshots : byRegion.getOrDefault(region, Map.of()).values()) {
            Snapshot snapshot = snapshots.get(snapshotId);
            if (snapshot != null) {
                return Optional.of(snapshot);
            }
        }
        return Optional.empty();
    }

    /** Forgets every snapshot (a reset). */
    public void clear() {
        byRegion.clear();
    }
}
