package io.ec2emulator.core;

import io.ec2emulator.core.images.Image;
import io.ec2emulator.core.images.ImageDirectory;
import io.ec2emulator.core.images.PublicImageCatalog;
import io.ec2emulator.core.network.PublicIpv4Pool;
import io.ec2emulator.core.snapshots.SnapshotDirectory;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.Set;
import io.ec2emulator.core.regions.RegionCatalog;
import io.ec2emulator.core.state.AccountRegion;
import io.ec2emulator.core.state.Change;
import io.ec2emulator.core.state.ChangeSink;
import io.ec2emulator.core.state.CommitSink;
import io.ec2emulator.core.state.RegionState;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The whole emulated EC2: one {@link RegionState} per account and region, created on first use, and
 * the catalogs every region shares.
 */
public final class Emulator {

    private static final Comparator<AccountRegion> BY_ACCOUNT_AND_REGION =
            Comparator.comparing(AccountRegion::accountId).thenComparing(AccountRegion::region);

    private final Clock clock;
    private final EmulatorSettings settings;
    private final PublicIpv4Pool publicIps;
    private final ImageDirectory images = new ImageDirectory();
    private final SnapshotDirectory snapshots = new SnapshotDirectory();
    private final ConcurrentMap<String, Set<String>> instanceIds = new ConcurrentHashMap<>();
    private final ConcurrentMap<AccountRegion, RegionState> states = new ConcurrentHashMap<>();
    private final ChangeSink sink;
    /** Counts loads and resets; changed only under the write lock of {@link #replacing}. */
    private volatile long generation;
    /** Regions commit under its read lock, so a load or a reset never interleaves with a commit. */
    private final ReentrantReadWriteLock replacing = new ReentrantReadWriteLock();

    public Emulator(Clock clock) {
        this(clock, EmulatorSettings.defaults());
    }

    public Emulator(Clock clock, EmulatorSettings settings) {
        this(clock, settings, ChangeSink.NONE);
    }

    /** @param sink where every committed change goes to outlive the process ({@link ChangeSink#NONE}: nowhere) */
    public Emulator(Clock clock, EmulatorSettings settings, ChangeSink sink) {
        this.clock = clock;
        this.settings = settings;
        this.publicIps = new PublicIpv4Pool(settings.publicIpPool());
        this.sink = sink;
    }

    public RegionState state(String accountId, String region) {
        return states.computeIfAbsent(new AccountRegion(accountId, region),
                where -> new RegionState(where, clock, settings, publicIps, images, instanceIdsOf(region), snapshots,
                        regionSink()));
    }

    /** The account-and-region states that exist so far (one exists once it has been used or restored). */
    public List<RegionState> existingStates() {
        return List.copyOf(states.values());
    }

    private Set<String> instanceIdsOf(String region) {
        return instanceIds.computeIfAbsent(region, r -> ConcurrentHashMap.newKeySet());
    }

    /** Every record of every account and region (a state file); each region is read under its lock. */
    public Map<AccountRegion, List<Change>> records() {
        Map<AccountRegion, List<Change>> all = new TreeMap<>(BY_ACCOUNT_AND_REGION);
        for (Map.Entry<AccountRegion, RegionState> entry : states.entrySet()) {
            all.put(entry.getKey(), entry.getValue().records());
        }
        return all;
    }

    /**
     * Replaces the state of every account and region with {@code records} (a loaded state file, or
     * what the data directory holds at start). Every record is checked before anything changes; the
     * sink keeps the new state before it becomes visible.
     *
     * @param keep whether to hand the new state to the sink (false when it was just read from it)
     * @throws IllegalArgumentException if a record does not fit (nothing has changed then)
     */
    public void replaceState(Map<AccountRegion, List<Change>> records, boolean keep) {
        replacing.writeLock().lock();
        try {
            replace(records, keep);
        } finally {
            replacing.writeLock().unlock();
        }
    }

    private void replace(Map<AccountRegion, List<Change>> records, boolean keep) {
        Map<AccountRegion, RegionState> restored = new HashMap<>();
        for (Map.Entry<AccountRegion, List<Change>> entry : records.entrySet()) {
            AccountRegion where = entry.getKey();
            if (!regions().isKnown(where.region())) {
                throw new IllegalArgumentException("unknown region '" + where.region() + "'");
            }
            restored.put(where, RegionState.restore(where, clock, settings, publicIps, images,
                    instanceIdsOf(where.region()), snapshots, regionSink(generation + 1), entry.getValue()));
        }
        if (keep) {
            sink.replaceAll(records);
        }
        generation++;
        clearShared();
        for (RegionState region : restored.values()) {
            region.rebuildShared();
        }
        states.putAll(restored);
    }

    /** Not synchronized: called inside {@code computeIfAbsent}, which must never wait for a load. */
    private CommitSink regionSink() {
        return regionSink(generation);
    }

    /**
     * The sink the regions of one generation write to: after a load or a reset, an action that was
     * still running on a replaced region fails instead of writing into the new state.
     */
    private CommitSink regionSink(long regionGeneration) {
        if (sink == ChangeSink.NONE) {
            return CommitSink.NONE;
        }
        return (where, changes) -> {
            replacing.readLock().lock();
            try {
                if (regionGeneration != generation) {
                    throw new IllegalStateException("the state of " + where + " was replaced meanwhile");
                }
                sink.commit(where, changes);
            } finally {
                replacing.readLock().unlock();
            }
        };
    }

    /**
     * An image of {@code region} that {@code accountId} may launch: public, own or shared (CopyImage's
     * source lookup; reads the shared directory, never another region's lock).
     */
    public Optional<Image> launchableImage(String region, String imageId, String accountId) {
        if (!regions().isKnown(region)) {
            return Optional.empty();
        }
        Image catalogImage = PublicImageCatalog.standard().inRegion(region).all().get(imageId);
        if (catalogImage != null) {
            return Optional.of(catalogImage);
        }
        ImageDirectory.Entry entry = images.region(region).get(imageId);
        return entry != null && entry.launchableBy(accountId) ? Optional.of(entry.image()) : Optional.empty();
    }

    public EmulatorSettings settings() {
        return settings;
    }

    public RegionCatalog regions() {
        return RegionCatalog.standard();
    }

    public Clock clock() {
        return clock;
    }

    /** Drops the state of every account and region, as after a fresh start. */
    public void reset() {
        replacing.writeLock().lock();
        try {
            sink.replaceAll(Map.of());
            generation++;
            clearShared();
        } finally {
            replacing.writeLock().unlock();
        }
    }

    private void clearShared() {
        states.clear();
        publicIps.clear();
        images.clear();
        snapshots.clear();
        for (Set<String> ids : instanceIds.values()) {
            ids.clear();
        }
    }
}
