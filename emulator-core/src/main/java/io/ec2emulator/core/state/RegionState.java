package io.ec2emulator.core.state;

import io.ec2emulator.core.Ec2Error;
import io.ec2emulator.core.images.AccountImages;
import io.ec2emulator.core.images.ImageDirectory;
import io.ec2emulator.core.addresses.ElasticIps;
import io.ec2emulator.core.filesystems.FileSystems;
import io.ec2emulator.core.instanceconnect.InstanceConnectKeys;
import io.ec2emulator.core.instances.Instances;
import io.ec2emulator.core.interfaces.NetworkInterfaces;
import io.ec2emulator.core.natgateways.NatGateways;
import io.ec2emulator.core.peering.VpcPeeringConnections;
import io.ec2emulator.core.snapshots.SnapshotDirectory;
import io.ec2emulator.core.snapshots.Snapshots;
import io.ec2emulator.core.keypairs.KeyPairs;
import io.ec2emulator.core.volumes.Volumes;
import io.ec2emulator.core.securitygroups.SecurityGroups;
import io.ec2emulator.core.vpc.DefaultVpc;
import io.ec2emulator.core.vpc.Networking;
import io.ec2emulator.core.vpc.RouteTargets;
import io.ec2emulator.core.tags.TagStore;
import io.ec2emulator.core.tags.Tagging;
import io.ec2emulator.core.EmulatorSettings;
import io.ec2emulator.core.network.PublicIpv4Pool;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * All EC2 state of one account in one region, and the one lock that serialises actions on it. A new
 * region starts as a new AWS account finds it, with its default VPC.
 * Every action runs inside {@link #transact}: it either completes, or changes nothing.
 */
public final class RegionState {

    private final AccountRegion where;
    private final Clock clock;
    private final EmulatorSettings settings;
    private final PublicIpv4Pool publicIps;
    private final Set<String> instanceIds;
    private final List<TimedTransitions> timed = new ArrayList<>();
    private final IdGenerator ids = new IdGenerator();
    private final ReentrantLock lock = new ReentrantLock();
    private final UndoLog undo = new UndoLog();
    private final CommitSink sink;
    /** A new region's initial records (its default VPC), until the first committed action keeps them. */
    private List<Change> unsaved;
    private final AccountSettings accountSettings;
    private final Tagging tagging;
    private final KeyPairs keyPairs;
    private final Networking networking;
    private final SecurityGroups securityGroups;
    private final Volumes volumes;
    private final Snapshots snapshots;
    private final NetworkInterfaces networkInterfaces;
    private final ElasticIps elasticIps;
    private final NatGateways natGateways;
    private final VpcPeeringConnections peering;
    private final Instances instances;
    private final InstanceConnectKeys instanceConnect;
    private final AccountImages images;
    private final FileSystems fileSystems;

    public RegionState(AccountRegion where, Clock clock) {
        this(where, clock, EmulatorSettings.defaults(), new PublicIpv4Pool(EmulatorSettings.DEFAULT_PUBLIC_IP_POOL),
                new ImageDirectory(), ConcurrentHashMap.newKeySet());
    }

    /**
     * @param publicIps the public address pool every region shares
     * @param images    the directory of account images every region shares
     * @param instanceIds the ids of every instance of every account in this region (thread-safe)
     */
    public RegionState(AccountRegion where, Clock clock, EmulatorSettings settings, PublicIpv4Pool publicIps,
                       ImageDirectory images, Set<String> instanceIds) {
        this(where, clock, settings, publicIps, images, instanceIds, new SnapshotDirectory());
    }

    /** @param snapshotDirectory the directory of account snapshots every region shares */
    public RegionState(AccountRegion where, Clock clock, EmulatorSettings settings, PublicIpv4Pool publicIps,
                       ImageDirectory images, Set<String> instanceIds, SnapshotDirectory snapshotDirectory) {
        this(where, clock, settings, publicIps, images, instanceIds, snapshotDirectory, CommitSink.NONE, null);
    }

    /**
     * A region as a new account finds it, with its default VPC, whose records go to {@code sink}
     * (as the changes of every later action do).
     */
    public RegionState(AccountRegion where, Clock clock, EmulatorSettings settings, PublicIpv4Pool publicIps,
                       ImageDirectory images, Set<String> instanceIds, SnapshotDirectory snapshotDirectory,
                       CommitSink sink) {
        this(where, clock, settings, publicIps, images, instanceIds, snapshotDirectory, sink, null);
    }

    /**
     * A region restored from saved records: no default VPC is created, every record goes back into
     * its store. Shared views (the public address pool, the image and snapshot directories, the
     * region's instance ids) are left alone until {@link #rebuildShared()}.
     *
     * @throws IllegalArgumentException if a record names an unknown store, does not fit its store,
     *                                  or repeats an id
     */
    public static RegionState restore(AccountRegion where, Clock clock, EmulatorSettings settings,
                                      PublicIpv4Pool publicIps, ImageDirectory images, Set<String> instanceIds,
                                      SnapshotDirectory snapshotDirectory, CommitSink sink, List<Change> records) {
        return new RegionState(where, clock, settings, publicIps, images, instanceIds, snapshotDirectory, sink,
                Objects.requireNonNull(records));
    }

    private RegionState(AccountRegion where, Clock clock, EmulatorSettings settings, PublicIpv4Pool publicIps,
                        ImageDirectory images, Set<String> instanceIds, SnapshotDirectory snapshotDirectory,
                        CommitSink sink, List<Change> restored) {
        this.instanceIds = instanceIds;
        this.where = where;
        this.clock = clock;
        this.settings = settings;
        this.publicIps = publicIps;
        this.sink = sink;
        this.accountSettings = new AccountSettings(undo);
        this.tagging = new Tagging(new TagStore(undo));
        this.keyPairs = new KeyPairs(this);
        this.networking = new Networking(this);
        this.securityGroups = new SecurityGroups(this);
        this.volumes = new Volumes(this);
        this.snapshots = new Snapshots(this, snapshotDirectory);
        this.networkInterfaces = new NetworkInterfaces(this);
        this.elasticIps = new ElasticIps(this);
        this.natGateways = new NatGateways(this);
        natGateways.whenGone(gateway -> RouteTargets.refresh(this, gateway.natGatewayId()));
        this.peering = new VpcPeeringConnections(this);
        peering.whenChanged(connection -> RouteTargets.refresh(this, connection.vpcPeeringConnectionId()));
        networkInterfaces.whenRemoved(eni -> RouteTargets.refresh(this, eni.networkInterfaceId()));
        this.instances = new Instances(this);
        this.instanceConnect = new InstanceConnectKeys(this);
        this.images = new AccountImages(this, images);
        this.fileSystems = new FileSystems(this);
        if (restored == null) {
            DefaultVpc.create(this);
            undo.commit();
            unsaved = sink == CommitSink.NONE ? null : records();
        } else {
            for (Change record : restored) {
                CapturedStore store = undo.catalog().get(record.store());
                if (store == null) {
                    throw new IllegalArgumentException("no store named '" + record.store() + "' in a region");
                }
                if (record.id() == null || record.value() == null) {
                    throw new IllegalArgumentException("store " + record.store() + ": a record without id or value");
                }
                store.restore(record.id(), record.value());
            }
        }
    }

    /**
     * After a restore: puts what this region holds back into the views it shares with others (its
     * instances' addresses and ids, its images and snapshots as other accounts see them).
     */
    public void rebuildShared() {
        lock.lock();
        try {
            instances.rebuildShared();
            networkInterfaces.rebuildShared();
            elasticIps.rebuildShared();
            images.rebuildShared();
            snapshots.rebuildShared();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs one action. If it throws, every change it made is undone. With {@code dryRun}, the action
     * runs its validations, its changes are undone, and EC2's {@code DryRunOperation} is thrown.
     * The changes of a committed action reach the {@link CommitSink} before this returns.
     */
    public <R> R transact(boolean dryRun, Supplier<R> action) {
        lock.lock();
        try {
            Instant now = clock.instant();
            for (TimedTransitions family : timed) {
                family.advanceTo(now);
            }
            R result = action.get();
            if (dryRun) {
                undo.rollback();
                throw Ec2Error.dryRunOperation();
            }
            persist();
            undo.commit();
            return result;
        } catch (PartialFailure partial) {
            if (dryRun) {
                undo.rollback();
            } else {
                persist();
                undo.commit();
            }
            throw partial.error();
        } catch (RuntimeException | Error failure) {
            undo.rollback();
            throw failure;
        } finally {
            lock.unlock();
        }
    }

    /** Hands the current action's changes to the sink; if it fails, undoes them and fails the action. */
    private void persist() {
        if (sink == CommitSink.NONE || !undo.catalog().hasChanges() && unsaved == null) {
            return;
        }
        List<Change> changes = undo.catalog().changes();
        if (unsaved != null) {
            List<Change> all = new ArrayList<>(unsaved);
            all.addAll(changes);
            changes = all;
        }
        try {
            sink.commit(where, changes);
            unsaved = null;
        } catch (RuntimeException failure) {
            undo.rollback();
            throw new Ec2Error("InternalError", "An internal error has occurred: the change could not be stored", 500);
        }
    }

    /** Every record of this region, for a state file (consistent: taken under the region's lock). */
    public List<Change> records() {
        lock.lock();
        try {
            List<Change> records = new ArrayList<>();
            for (CapturedStore store : undo.catalog().stores()) {
                store.forEach((id, value) -> records.add(new Change(store.name(), id, value)));
            }
            return records;
        } finally {
            lock.unlock();
        }
    }

    /** The scalar settings of this account in this region. */
    public AccountSettings accountSettings() {
        return accountSettings;
    }

    public AccountRegion where() {
        return where;
    }

    public String accountId() {
        return where.accountId();
    }

    public String region() {
        return where.region();
    }

    public Clock clock() {
        return clock;
    }

    public EmulatorSettings settings() {
        return settings;
    }

    /** The public IPv4 pool shared by every account and region. */
    public PublicIpv4Pool publicIps() {
        return publicIps;
    }

    /** The ids of every account's instances in this region (to tell "not yours" from "does not exist"). */
    public Set<String> instanceIds() {
        return instanceIds;
    }

    /** Registers a family whose resources change with time; called from family constructors. */
    public void registerTimed(TimedTransitions family) {
        timed.add(family);
    }

    public IdGenerator ids() {
        return ids;
    }

    /** For resource families creating their stores: changes to them join this region's transactions. */
    public UndoLog undoLog() {
        return undo;
    }

    public Tagging tagging() {
        return tagging;
    }

    public TagStore tags() {
        return tagging.store();
    }

    public KeyPairs keyPairs() {
        return keyPairs;
    }

    public Networking networking() {
        return networking;
    }

    public SecurityGroups securityGroups() {
        return securityGroups;
    }

    public Volumes volumes() {
        return volumes;
    }

    public NetworkInterfaces networkInterfaces() {
        return networkInterfaces;
    }

    public ElasticIps elasticIps() {
        return elasticIps;
    }

    public NatGateways natGateways() {
        return natGateways;
    }

    /** The VPC peering connections of this account in this region. */
    public VpcPeeringConnections peering() {
        return peering;
    }

    public Instances instances() {
        return instances;
    }

    /** The SSH public keys pushed with EC2 Instance Connect to this account's instances in this region. */
    public InstanceConnectKeys instanceConnect() {
        return instanceConnect;
    }

    public Snapshots snapshots() {
        return snapshots;
    }

    /** The images this account owns in this region. */
    public AccountImages images() {
        return images;
    }

    /** The emulated file systems of this region's instances (the SSH gateway's shell). */
    public FileSystems fileSystems() {
        return fileSystems;
    }
}
