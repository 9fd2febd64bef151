package io.ec2emulator.core.peering;

import io.ec2emulator.core.Ec2Error;
import io.ec2emulator.core.filter.FilterCriterion;
import io.ec2emulator.core.filter.FilterSpec;
import io.ec2emulator.core.filter.Page;
import io.ec2emulator.core.network.Ipv4;
import io.ec2emulator.core.state.RegionState;
import io.ec2emulator.core.state.ResourceKind;
import io.ec2emulator.core.state.Resources;
import io.ec2emulator.core.tags.TagSpecification;
import io.ec2emulator.core.vpc.Vpc;
import io.ec2emulator.core.vpc.VpcCidrBlock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * CreateVpcPeeringConnection, AcceptVpcPeeringConnection, RejectVpcPeeringConnection,
 * DeleteVpcPeeringConnection and DescribeVpcPeeringConnections, between two VPCs of the same
 * account and region. A request is {@code pending-acceptance} (or {@code failed} at once when the
 * VPCs' IPv4 blocks overlap) until it is accepted ({@code active}), rejected, deleted, or expires
 * after seven days. Connections that ended stay visible for the terminated-instance retention time.
 */
public final class VpcPeeringConnections {

    static final String RESOURCE_TYPE = "vpc-peering-connection";
    /** How long a request waits for its acceptance. */
    static final Duration ACCEPTANCE_WINDOW = Duration.ofDays(7);

    private final RegionState region;
    private final Resources<VpcPeeringConnection> connections;
    private final List<Consumer<VpcPeeringConnection>> listeners = new ArrayList<>();

    public VpcPeeringConnections(RegionState region) {
        this.region = region;
        this.connections = new Resources<>(region, new ResourceKind<>("pcx", RESOURCE_TYPE,
                VpcPeeringConnection::vpcPeeringConnectionId,
                "InvalidVpcPeeringConnectionID.NotFound", "The vpcPeeringConnection ID '%s' does not exist",
                "InvalidVpcPeeringConnectionId.Malformed",
                FilterSpec.<VpcPeeringConnection>builder()
                        .indexed("status-code", "status", VpcPeeringConnection::status)
                        .tags()
                        .deferred(more -> more
                                .single("vpc-peering-connection-id", VpcPeeringConnection::vpcPeeringConnectionId)
                                .single("status-message", VpcPeeringConnection::statusMessage)
                                .single("expiration-time", c -> c.expirationTime() == null ? null
                                        : c.expirationTime().toString())
                                .single("requester-vpc-info.vpc-id", VpcPeeringConnection::requesterVpcId)
                                .many("requester-vpc-info.cidr-block", VpcPeeringConnection::requesterCidrBlocks)
                                .single("requester-vpc-info.owner-id", VpcPeeringConnection::ownerId)
                                .single("accepter-vpc-info.vpc-id", VpcPeeringConnection::accepterVpcId)
                                .many("accepter-vpc-info.cidr-block", VpcPeeringConnection::accepterCidrBlocks)
                                .single("accepter-vpc-info.owner-id", VpcPeeringConnection::ownerId))
                        .build(),
                5, 1000));
        region.registerTimed(this::advanceTo);
    }

    public Resources<VpcPeeringConnection> resources() {
        return connections;
    }

    /** Registers code to run after a connection changed its status (routes to it follow it). */
    public void whenChanged(Consumer<VpcPeeringConnection> listener) {
        listeners.add(listener);
    }

    /**
     * CreateVpcPeeringConnection. {@code peerOwnerId} and {@code peerRegion} (null for this account
     * and region) may only name this account and region: peering across accounts or regions is not
     * emulated yet.
     */
    public VpcPeeringConnection create(String vpcId, String peerVpcId, String peerOwnerId, String peerRegion,
                                       List<TagSpecification> tags) {
        if (peerOwnerId != null && !peerOwnerId.isEmpty() && !peerOwnerId.equals(region.accountId())) {
            throw notYet("PeerOwnerId", "peering with a VPC of another account");
        }
        if (peerRegion != null && !peerRegion.isEmpty() && !peerRegion.equals(region.region())) {
            throw notYet("PeerRegion", "peering with a VPC of another region");
        }
        region.tagging().matching(tags, Set.of(RESOURCE_TYPE));
        if (peerVpcId == null || peerVpcId.isEmpty()) {
            throw Ec2Error.missingParameter("peerVpcId");
        }
        Vpc requester = region.networking().vpcs().require(vpcId);
        Vpc accepter = region.networking().vpcs().require(peerVpcId);
        if (requester.vpcId().equals(accepter.vpcId())) {
            throw Ec2Error.invalidParameterValue("The requester VPC " + requester.vpcId()
                    + " and the accepter VPC cannot be the same");
        }
        Optional<VpcPeeringConnection> existing = connections.all().stream()
                .filter(c -> c.isLive() && c.joins(requester.vpcId(), accepter.vpcId()))
                .findFirst();
        if (existing.isPresent()) {
            throw Ec2Error.client("VpcPeeringConnectionAlreadyExists", "A VPC peering connection "
                    + existing.get().vpcPeeringConnectionId() + " between " + requester.vpcId() + " and "
                    + accepter.vpcId() + " already exists");
        }
        Instant now = region.clock().instant();
        String id = connections.newId();
        VpcPeeringConnection connection = new VpcPeeringConnection(id, region.accountId(), region.region(),
                requester.vpcId(), blocksOf(requester), accepter.vpcId(), List.of(),
                VpcPeeringConnection.PENDING_ACCEPTANCE, "Pending Acceptance by " + region.accountId(), now,
                now.plus(ACCEPTANCE_WINDOW));
        if (overlap(blocksOf(requester), blocksOf(accepter))) {
            connection = connection.inStatus(VpcPeeringConnection.FAILED, "Overlapping CIDR range", now);
        }
        connections.put(connection);
        region.tagging().applySpecifications(tags, id, RESOURCE_TYPE);
        return connection;
    }

    /** AcceptVpcPeeringConnection: a pending request becomes active. */
    public VpcPeeringConnection accept(String id) {
        VpcPeeringConnection connection = inStatus(id, VpcPeeringConnection.PENDING_ACCEPTANCE,
                VpcPeeringConnection.ACTIVE);
        Vpc accepter = region.networking().vpcs().require(connection.accepterVpcId());
        return changed(connection.accepted(blocksOf(accepter), region.clock().instant()));
    }

    /** RejectVpcPeeringConnection: a pending request becomes rejected. */
    public VpcPeeringConnection reject(String id) {
        VpcPeeringConnection connection = inStatus(id, VpcPeeringConnection.PENDING_ACCEPTANCE,
                VpcPeeringConnection.REJECTED);
        return changed(connection.inStatus(VpcPeeringConnection.REJECTED, "Rejected by " + region.accountId(),
                region.clock().instant()));
    }

    /** DeleteVpcPeeringConnection: a pending or active connection becomes deleted. */
    public VpcPeeringConnection delete(String id) {
        VpcPeeringConnection connection = connections.require(id);
        if (!connection.isLive()) {
            throw invalidTransition(connection, VpcPeeringConnection.DELETED);
        }
        return deleted(connection);
    }

    /** DeleteVpc: the VPC's pending and active connections are deleted with it (as the console does). */
    public void vpcDeleted(String vpcId) {
        for (VpcPeeringConnection connection : List.copyOf(connections.all())) {
            if (connection.isLive() && connection.joins(vpcId)) {
                deleted(connection);
            }
        }
    }

    /** The active connection joining the two VPCs, if there is one. */
    public Optional<VpcPeeringConnection> activeBetween(String oneVpcId, String otherVpcId) {
        return connections.all().stream()
                .filter(c -> c.isActive() && c.joins(oneVpcId, otherVpcId))
                .findFirst();
    }

    public Page<VpcPeeringConnection> describe(List<String> ids, List<FilterCriterion> filters, Integer maxResults,
                                               String nextToken) {
        return connections.describe(ids, filters, maxResults, nextToken);
    }

    private static Ec2Error notYet(String parameter, String what) {
        return new Ec2Error("NotImplemented", "The parameter " + parameter + " of CreateVpcPeeringConnection "
                + "is valid in the EC2 API but " + what + " is not implemented by this emulator yet", 501);
    }

    private VpcPeeringConnection deleted(VpcPeeringConnection connection) {
        return changed(connection.inStatus(VpcPeeringConnection.DELETED, "Deleted by " + region.accountId(),
                region.clock().instant()));
    }

    private VpcPeeringConnection inStatus(String id, String required, String wanted) {
        VpcPeeringConnection connection = connections.require(id);
        if (!connection.status().equals(required)) {
            throw invalidTransition(connection, wanted);
        }
        return connection;
    }

    private static Ec2Error invalidTransition(VpcPeeringConnection connection, String wanted) {
        return Ec2Error.client("InvalidStateTransition", "Invalid state transition for "
                + connection.vpcPeeringConnectionId() + ", attempted to transition from " + connection.status()
                + " to " + wanted);
    }

    private VpcPeeringConnection changed(VpcPeeringConnection connection) {
        connections.put(connection);
        for (Consumer<VpcPeeringConnection> listener : listeners) {
            listener.accept(connection);
        }
        return connection;
    }

    private static List<String> blocksOf(Vpc vpc) {
        return vpc.ipv4CidrBlocks().stream().map(VpcCidrBlock::cidrBlock).toList();
    }

    private static boolean overlap(List<String> one, List<String> other) {
        for (String a : one) {
            Ipv4.Block x = Ipv4.Block.parse(a);
            for (String b : other) {
                Ipv4.Block y = Ipv4.Block.parse(b);
                if (x.first() <= y.last() && y.first() <= x.last()) {
                    return true;
                }
            }
        }
        return false;
    }

    private void advanceTo(Instant now) {
        for (String id : List.copyOf(connections.store().lookup("status", VpcPeeringConnection.PENDING_ACCEPTANCE))) {
            VpcPeeringConnection connection = connections.require(id);
            if (!connection.expirationTime().isAfter(now)) {
                changed(connection.inStatus(VpcPeeringConnection.EXPIRED, "Expired", connection.expirationTime()));
            }
        }
        for (String status : List.of(VpcPeeringConnection.REJECTED, VpcPeeringConnection.DELETED,
                VpcPeeringConnection.FAILED, VpcPeeringConnection.EXPIRED)) {
            for (String id : List.copyOf(connections.store().lookup("status", status))) {
                VpcPeeringConnection connection = connections.require(id);
                if (!connection.statusSince().plus(region.settings().terminatedRetention()).isAfter(now)) {
                    connections.remove(id);
                }
            }
        }
    }
}
