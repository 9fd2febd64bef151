package io.ec2emulator.core.snapshots;

import io.ec2emulator.core.Ec2Error;
import io.ec2emulator.core.filter.FilterCriterion;
import io.ec2emulator.core.filter.FilterSpec;
import io.ec2emulator.core.filter.Page;
import io.ec2emulator.core.filter.PageRequest;
import io.ec2emulator.core.filter.ResourceQuery;
import io.ec2emulator.core.instances.Instance;
import io.ec2emulator.core.instances.InstanceBlockDevice;
import io.ec2emulator.core.state.RegionState;
import io.ec2emulator.core.state.ResourceKind;
import io.ec2emulator.core.state.ResourceStore;
import io.ec2emulator.core.state.Resources;
import io.ec2emulator.core.state.UndoLog;
import io.ec2emulator.core.tags.Tag;
import io.ec2emulator.core.tags.TagSpecification;
import io.ec2emulator.core.volumes.Volume;
import io.ec2emulator.core.volumes.Volumes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The EBS snapshots of one account and region: CreateSnapshot(s), CopySnapshot, DeleteSnapshot,
 * DescribeSnapshots and create-volume permissions, plus the snapshots CreateImage and CopyImage take.
 * New snapshots are {@code pending} until the image delay has passed. Every committed change is
 * published to the {@link SnapshotDirectory} that other accounts and regions read.
 */
public final class Snapshots {

    /** The tag resource type of snapshots. */
    public static final String RESOURCE_TYPE = "snapshot";
    /** The volume id EC2 answers for a copied snapshot. */
    public static final String COPIED_VOLUME_ID = "vol-ffffffff";

    static final ResourceKind<Snapshot> KIND = new ResourceKind<>("snap", RESOURCE_TYPE, Snapshot::snapshotId,
            "InvalidSnapshot.NotFound", "The snapshot '%s' does not exist.", "InvalidSnapshotID.Malformed",
            FilterSpec.<Snapshot>builder()
                    .indexed("status", "status", Snapshot::state)
                    .tags()
                    .deferred(more -> more
                            .single("snapshot-id", Snapshot::snapshotId)
                            .single("volume-id", Snapshot::volumeId)
                            .single("volume-size", Snapshot::volumeSize)
                            .single("owner-id", Snapshot::ownerId)
                            .single("owner-alias", s -> null)
                            .single("description", Snapshot::description)
                            .single("encrypted", Snapshot::encrypted)
                            .single("progress", Snapshot::progress)
                            .single("start-time", s -> s.startTime().toString()))
                    .build(),
            5, 1000);

    private final RegionState region;
    private final SnapshotDirectory directory;
    private final Resources<Snapshot> snapshots;
    private NavigableMap<String, Snapshot> published = new TreeMap<>();

    public Snapshots(RegionState region) {
        this(region, new SnapshotDirectory());
    }

    /** @param directory the directory of every account's snapshots that all regions share */
    public Snapshots(RegionState region, SnapshotDirectory directory) {
        this.region = region;
        this.directory = directory;
        this.snapshots = new Resources<>(region, KIND);
        region.registerTimed(this::advanceTo);
    }

    public Resources<Snapshot> resources() {
        return snapshots;
    }

    /** Takes a snapshot of a volume of {@code size} GiB; it completes after the configured image delay. */
    public Snapshot take(String volumeId, int size, String description, boolean encrypted, String kmsKeyId) {
        Snapshot snapshot = new Snapshot(snapshots.newId(), volumeId, size, Snapshot.PENDING, region.clock().instant(),
                null, description, region.accountId(), encrypted, kmsKeyId, Set.of(), false);
        snapshots.put(snapshot);
        return snapshot;
    }

    /** CreateSnapshot: a snapshot of one of this account's volumes. */
    public Snapshot create(String volumeId, String description, List<TagSpecification> tags) {
        region.tagging().matching(tags, Set.of(RESOURCE_TYPE));
        Volume volume = region.volumes().resources().require(volumeId);
        Snapshot snapshot = take(volume.volumeId(), volume.size(), description, volume.encrypted(), volume.kmsKeyId());
        region.tagging().applySpecifications(tags, snapshot.snapshotId(), RESOURCE_TYPE);
        return snapshot;
    }

    /**
     * CreateSnapshots: a crash-consistent set, one snapshot per EBS volume attached to the instance,
     * all started at the same instant.
     */
    public List<Snapshot> createForInstance(String instanceId, boolean excludeBootVolume, List<String> excludeDataVolumeIds,
                                            String description, List<TagSpecification> tags, boolean copyVolumeTags) {
        region.tagging().matching(tags, Set.of(RESOURCE_TYPE));
        Instance instance = region.instances().requireAll(List.of(instanceId)).get(0);
        Set<String> attached = new LinkedHashSet<>();
        String bootVolumeId = null;
        for (InstanceBlockDevice device : instance.blockDevices()) {
            attached.add(device.volumeId());
            if (Objects.equals(device.deviceName(), instance.rootDeviceName())) {
                bootVolumeId = device.volumeId();
            }
        }
        for (String excluded : excludeDataVolumeIds) {
            region.volumes().resources().require(excluded);
            if (!attached.contains(excluded)) {
                throw Ec2Error.invalidParameterValue("The volume '" + excluded + "' is not attached to instance '"
                        + instanceId + "'.");
            }
            if (excluded.equals(bootVolumeId)) {
                throw Ec2Error.invalidParameterValue("The volume '" + excluded + "' is the boot volume of instance '"
                        + instanceId + "'; use ExcludeBootVolume to exclude it.");
            }
        }
        List<Snapshot> taken = new ArrayList<>();
        for (String volumeId : attached) {
            if ((excludeBootVolume && volumeId.equals(bootVolumeId)) || excludeDataVolumeIds.contains(volumeId)) {
                continue;
            }
            Volume volume = region.volumes().resources().require(volumeId);
            Snapshot snapshot = take(volumeId, volume.size(), description, volume.encrypted(), volume.kmsKeyId());
            if (copyVolumeTags) {
                List<Tag> volumeTags = region.tags().tagsOf(volumeId).entrySet().stream()
                        .map(e -> new Tag(e.getKey(), e.getValue())).toList();
                if (!volumeTags.isEmpty()) {
                    region.tagging().createTags(List.of(snapshot.snapshotId()), volumeTags);
                }
            }
            region.tagging().applySpecifications(tags, snapshot.snapshotId(), RESOURCE_TYPE);
            taken.add(snapshot);
        }
        return taken;
    }

    /**
     * CopySnapshot into this region from {@code sourceRegion} (which may be this one): the source must be
     * this account's, public or shared with it, and completed. Reads other regions through the directory.
     */
    public Snapshot copy(String sourceRegion, String sourceSnapshotId, String description, boolean encrypted,
                         String kmsKeyId, List<TagSpecification> tags) {
        region.tagging().matching(tags, Set.of(RESOURCE_TYPE));
        if (kmsKeyId != null && !encrypted) {
            throw Ec2Error.client("InvalidParameterDependency",
                    "The parameter KmsKeyId requires the parameter Encrypted to be set.");
        }
        if (!KIND.isWellFormed(sourceSnapshotId)) {
            throw KIND.malformed(sourceSnapshotId);
        }
        Snapshot source = usableIn(sourceRegion, sourceSnapshotId)
                .orElseThrow(() -> KIND.notFound(sourceSnapshotId));
        if (!Snapshot.COMPLETED.equals(source.state())) {
            throw Ec2Error.client("IncorrectState", "The snapshot '" + sourceSnapshotId
                    + "' is not in the 'completed' state.");
        }
        boolean encrypt = encrypted || source.encrypted();
        String key = kmsKeyId != null ? kmsKeyId
                : !encrypt ? null
                : source.encrypted() && source.ownerId().equals(region.accountId()) && source.kmsKeyId() != null
                        && !source.kmsKeyId().contains(":" + sourceRegion + ":") ? source.kmsKeyId()
                : "arn:aws:kms:" + region.region() + ":" + region.accountId() + ":alias/aws/ebs";
        Snapshot snapshot = take(COPIED_VOLUME_ID, source.volumeSize(), description != null ? description
                : "[Copied " + sourceSnapshotId + " from " + sourceRegion + "]", encrypt, key);
        region.tagging().applySpecifications(tags, snapshot.snapshotId(), RESOURCE_TYPE);
        return snapshot;
    }

    /** DeleteSnapshot: refused while an image of this account uses the snapshot. */
    public void delete(String snapshotId) {
        snapshots.require(snapshotId);
        Optional<String> image = region.images().imageUsingSnapshot(snapshotId);
        if (image.isPresent()) {
            throw Ec2Error.client("InvalidSnapshot.InUse", "The snapshot " + snapshotId + " is currently in use by "
                    + image.get());
        }
        snapshots.remove(snapshotId);
    }

    /**
     * A snapshot this account may create volumes from in this region: its own, public or shared with
     * it (CreateVolume's source). Throws EC2's Malformed or NotFound error otherwise.
     */
    public Snapshot findUsable(String snapshotId) {
        if (snapshotId == null || !KIND.isWellFormed(snapshotId)) {
            throw KIND.malformed(snapshotId);
        }
        return usableIn(region.region(), snapshotId).orElseThrow(() -> KIND.notFound(snapshotId));
    }

    private Optional<Snapshot> usableIn(String sourceRegion, String snapshotId) {
        if (sourceRegion.equals(region.region())) {
            Optional<Snapshot> own = snapshots.get(snapshotId);
            if (own.isPresent()) {
                return own;
            }
        }
        Instant now = region.clock().instant();
        return directory.find(sourceRegion, snapshotId)
                .filter(s -> s.restorableBy(region.accountId()))
                .map(s -> s.asOf(now, region.settings().imageDelay()));
    }

    /** An own snapshot with other create-volume permissions (ModifySnapshotAttribute createVolumePermission). */
    public Snapshot modifyCreateVolumePermission(String snapshotId, List<String> addUsers, boolean addAll,
                                                 List<String> removeUsers, boolean removeAll) {
        Snapshot snapshot = snapshots.require(snapshotId);
        for (String user : addUsers) {
            checkUser(user);
        }
        for (String user : removeUsers) {
            checkUser(user);
        }
        if (addAll && snapshot.encrypted()) {
            throw Ec2Error.invalidParameterValue("The snapshot '" + snapshotId
                    + "' is encrypted; encrypted snapshots cannot be made public.");
        }
        if (!addUsers.isEmpty() && snapshot.encrypted() && Volumes.isAwsManagedKey(snapshot.kmsKeyId())) {
            throw Ec2Error.client("OperationNotPermitted", "Encrypted snapshots with EBS default key cannot be shared");
        }
        Set<String> users = new LinkedHashSet<>(snapshot.createVolumeUserIds());
        users.addAll(addUsers);
        users.removeAll(removeUsers);
        Snapshot changed = snapshot.withPermissions(users, (snapshot.isPublic() || addAll) && !removeAll);
        snapshots.put(changed);
        return changed;
    }

    /** ResetSnapshotAttribute createVolumePermission: shared with nobody. */
    public void resetCreateVolumePermission(String snapshotId) {
        snapshots.put(snapshots.require(snapshotId).withPermissions(Set.of(), false));
    }

    private static void checkUser(String user) {
        if (user == null || !user.matches("\\d{12}")) {
            throw Ec2Error.client("InvalidUserID.Malformed", "Invalid user id: \"" + Ec2Error.shorten(user) + "\"");
        }
    }

    /**
     * DescribeSnapshots: without ids, owners or restorable-by, every snapshot this account may create
     * volumes from (its own, shared with it, public); ids must name such snapshots.
     */
    public Page<Snapshot> describe(List<String> ids, List<String> ownerIds, List<String> restorableBy,
                                   List<FilterCriterion> filters, Integer maxResults, String nextToken) {
        for (String owner : ownerIds) {
            if (!owner.equals("self") && !owner.equals("amazon") && !owner.equals("aws-marketplace")
                    && !owner.matches("\\d{12}")) {
                throw Ec2Error.client("InvalidUserID.Malformed", "Invalid user id: \"" + Ec2Error.shorten(owner) + "\"");
            }
        }
        for (String user : restorableBy) {
            if (!user.equals("self") && !user.equals("all") && !user.matches("\\d{12}")) {
                throw Ec2Error.client("InvalidUserID.Malformed", "Invalid user id: \"" + Ec2Error.shorten(user) + "\"");
            }
        }
        if (!ids.isEmpty() && maxResults != null) {
            throw Ec2Error.invalidParameterCombination("The parameter snapshotIds cannot be used with the parameter maxResults");
        }
        PageRequest page = PageRequest.of(maxResults, nextToken, KIND.minResults(), KIND.maxResults());
        NavigableMap<String, Snapshot> visible = visible();
        for (String id : ids) {
            if (!KIND.isWellFormed(id)) {
                throw KIND.malformed(id);
            }
            if (!visible.containsKey(id)) {
                throw KIND.notFound(id);
            }
        }
        ResourceStore<Snapshot> candidates = new ResourceStore<>("candidates", Snapshot::snapshotId, new UndoLog());
        KIND.filters().indexes().forEach(candidates::index);
        for (Snapshot snapshot : visible.values()) {
            if (ownedBy(snapshot, ownerIds) && restorableBy(snapshot, restorableBy)) {
                candidates.put(snapshot);
            }
        }
        ResourceQuery<Snapshot> query = ResourceQuery.over(candidates, region.tags(), KIND.filters()).filters(filters);
        if (!ids.isEmpty()) {
            query.onlyIds(ids);
        }
        return query.page(page);
    }

    private boolean ownedBy(Snapshot snapshot, List<String> ownerIds) {
        if (ownerIds.isEmpty()) {
            return true;
        }
        for (String owner : ownerIds) {
            if (owner.equals("self") ? snapshot.ownerId().equals(region.accountId()) : snapshot.ownerId().equals(owner)) {
                return true;
            }
        }
        return false;
    }

    private boolean restorableBy(Snapshot snapshot, List<String> users) {
        if (users.isEmpty()) {
            return true;
        }
        String me = region.accountId();
        boolean mine = snapshot.ownerId().equals(me);
        for (String user : users) {
            boolean matches = switch (user) {
                case "self" -> mine || snapshot.createVolumeUserIds().contains(me);
                case "all" -> snapshot.isPublic();
                default -> mine && snapshot.createVolumeUserIds().contains(user);
            };
            if (matches) {
                return true;
            }
        }
        return false;
    }

    /** This account's snapshots and those of other accounts in this region it may create volumes from. */
    private NavigableMap<String, Snapshot> visible() {
        String me = region.accountId();
        Instant now = region.clock().instant();
        NavigableMap<String, Snapshot> visible = new TreeMap<>(snapshots.store().all());
        for (Map.Entry<String, NavigableMap<String, Snapshot>> account : directory.region(region.region()).entrySet()) {
            if (account.getKey().equals(me)) {
                continue;
            }
            for (Snapshot snapshot : account.getValue().values()) {
                if (snapshot.restorableBy(me)) {
                    visible.put(snapshot.snapshotId(), snapshot.asOf(now, region.settings().imageDelay()));
                }
            }
        }
        return visible;
    }

    private void advanceTo(Instant now) {
        for (String id : List.copyOf(snapshots.store().lookup("status", Snapshot.PENDING))) {
            Snapshot snapshot = snapshots.require(id);
            Instant due = snapshot.startTime().plus(region.settings().imageDelay());
            if (!due.isAfter(now)) {
                snapshots.put(snapshot.completedAt(due));
            }
        }
        region.undoLog().onCommit(this::publishIfChanged);
    }

    /** After a restore: publishes this account's snapshots to the directory other accounts and regions read. */
    public void rebuildShared() {
        publishIfChanged();
    }

    /** After a commit: publishes this account's snapshots if any changed (whoever changed them). */
    private void publishIfChanged() {
        NavigableMap<String, Snapshot> now = snapshots.store().all();
        if (now.size() == published.size() && now.entrySet().stream()
                .allMatch(e -> e.getValue() == published.get(e.getKey()))) {
            return;
        }
        published = new TreeMap<>(now);
        directory.publish(region.region(), region.accountId(), published);
    }
}
