package io.ec2emulator.core;

import io.ec2emulator.core.images.Image;
import io.ec2emulator.core.images.ImageDirectory;
import io.ec2emulator.core.images.PublicImageCatalog;
import io.ec2emulator.core.network.PublicIpv4Pool;
import io.ec2emulator.core.snapshots.SnapshotDirectory;
import java.util.Optional;
import java.util.Set;
import io.ec2emulator.core.regions.RegionCatalog;
import io.ec2emulator.core.state.AccountRegion;
import io.ec2emulator.core.state.RegionState;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The whole emulated EC2: one {@link RegionState} per account and region, created on first use, and
 * the catalogs every region shares.
 */
public final class Emulator {

    private final Clock clock;
    private final EmulatorSettings settings;
    private final PublicIpv4Pool publicIps;
    private final ImageDirectory images = new ImageDirectory();
    private final SnapshotDirectory snapshots = new SnapshotDirectory();
    private final ConcurrentMap<String, Set<String>> instanceIds = new ConcurrentHashMap<>();
    private final ConcurrentMap<AccountRegion, RegionState> states = new ConcurrentHashMap<>();

    public Emulator(Clock clock) {
        this(clock, EmulatorSettings.defaults());
    }

    public Emulator(Clock clock, EmulatorSettings settings) {
        this.clock = clock;
        this.settings = settings;
        this.publicIps = new PublicIpv4Pool(settings.publicIpPool());
    }

    public RegionState state(String accountId, String region) {
        return states.computeIfAbsent(new AccountRegion(accountId, region),
                where -> new RegionState(where, clock, settings, publicIps, images,
                        instanceIds.computeIfAbsent(region, r -> ConcurrentHashMap.newKeySet()), snapshots));
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
        states.clear();
        publicIps.clear();
        images.clear();
        snapshots.clear();
        instanceIds.clear();
    }
}
