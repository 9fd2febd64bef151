package io.ec2emulator.core.peering;

import java.time.Instant;
import java.util.List;

/**
 * One VPC peering connection ({@code pcx-…}) between two VPCs of one account in one region,
 * immutable. The accepter's IPv4 blocks are known once the connection is active, as EC2 shows them.
 *
 * @param requesterCidrBlocks every IPv4 block of the requester VPC, its primary one first
 * @param accepterCidrBlocks  every IPv4 block of the accepter VPC once accepted, empty before
 * @param status              {@code pending-acceptance}, {@code active}, {@code rejected}, {@code deleted},
 *                            {@code failed} or {@code expired}
 * @param statusSince         when it entered {@code status}; timed transitions count from here
 * @param expirationTime      when a {@code pending-acceptance} request expires; null in other states
 */
public record VpcPeeringConnection(String vpcPeeringConnectionId, String ownerId, String region,
                                   String requesterVpcId, List<String> requesterCidrBlocks,
                                   String accepterVpcId, List<String> accepterCidrBlocks,
                                   String status, String statusMessage, Instant statusSince, Instant expirationTime) {

    public static final String PENDING_ACCEPTANCE = "pending-acceptance";
    public static final String ACTIVE = "active";
    public static final String REJECTED = "rejected";
    public static final String DELETED = "deleted";
    public static final String FAILED = "failed";
    public static final String EXPIRED = "expired";

    public VpcPeeringConnection {
        requesterCidrBlocks = List.copyOf(requesterCidrBlocks);
        accepterCidrBlocks = List.copyOf(accepterCidrBlocks);
    }

    /** Whether {@code vpcId} is one of its two ends. */
    public boolean joins(String vpcId) {
        return requesterVpcId.equals(vpcId) || accepterVpcId.equals(vpcId);
    }

    /** Whether it joins exactly these two VPCs, in either direction. */
    public boolean joins(String oneVpcId, String otherVpcId) {
        return requesterVpcId.equals(oneVpcId) && accepterVpcId.equals(otherVpcId)
                || requesterVpcId.equals(otherVpcId) && accepterVpcId.equals(oneVpcId);
    }

    public boolean isActive() {
        return ACTIVE.equals(status);
    }

    /** Pending or active: the states in which it still stands between its two VPCs. */
    public boolean isLive() {
        return ACTIVE.equals(status) || PENDING_ACCEPTANCE.equals(status);
    }

    /** The first IPv4 block of the requester VPC. */
    public String requesterCidrBlock() {
        return requesterCidrBlocks.isEmpty() ? null : requesterCidrBlocks.get(0);
    }

    /** The first IPv4 block of the accepter VPC, once it is known. */
    public String accepterCidrBlock() {
        return accepterCidrBlocks.isEmpty() ? null : accepterCidrBlocks.get(0);
    }

    VpcPeeringConnection inStatus(String newStatus, String message, Instant since) {
        return new VpcPeeringConnection(vpcPeeringConnectionId, ownerId, region, requesterVpcId, requesterCidrBlocks,
                accepterVpcId, accepterCidrBlocks, newStatus, message, since,
                PENDING_ACCEPTANCE.equals(newStatus) ? expirationTime : null);
    }

    VpcPeeringConnection accepted(List<String> accepterBlocks, Instant since) {
        return new VpcPeeringConnection(vpcPeeringConnectionId, ownerId, region, requesterVpcId, requesterCidrBlocks,
                accepterVpcId, accepterBlocks, ACTIVE, "Active", since, null);
    }
}
