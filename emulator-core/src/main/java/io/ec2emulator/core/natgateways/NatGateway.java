package io.ec2emulator.core.natgateways;

import java.time.Instant;

/**
 * One NAT gateway ({@code nat-…}), immutable. Its address (interface, private and public address,
 * allocation) is fixed for its life and still reported once it is deleted.
 *
 * @param connectivityType {@code public} or {@code private}
 * @param state            {@code pending}, {@code available}, {@code deleting}, {@code deleted} or {@code failed}
 * @param stateSince       when it entered {@code state}; timed transitions count from here
 * @param allocationId     the Elastic IP of a public gateway, null for a private one
 */
public record NatGateway(String natGatewayId, String subnetId, String vpcId, String connectivityType, String state,
                         Instant createTime, Instant deleteTime, Instant stateSince, String allocationId,
                         String networkInterfaceId, String privateIp, String publicIp, String associationId,
                         String failureCode, String failureMessage) {

    public static final String PENDING = "pending";
    public static final String AVAILABLE = "available";
    public static final String DELETING = "deleting";
    public static final String DELETED = "deleted";
    public static final String FAILED = "failed";

    NatGateway inState(String newState, Instant since) {
        return new NatGateway(natGatewayId, subnetId, vpcId, connectivityType, newState, createTime,
                newState.equals(DELETING) || newState.equals(DELETED) || newState.equals(FAILED)
                        ? (deleteTime == null ? since : deleteTime) : deleteTime,
                since, allocationId, networkInterfaceId, privateIp, publicIp, associationId, failureCode, failureMessage);
    }

    NatGateway failed(Instant since, String code, String message) {
        return new NatGateway(natGatewayId, subnetId, vpcId, connectivityType, FAILED, createTime, since, since,
                allocationId, networkInterfaceId, privateIp, publicIp, associationId, code, message);
    }
}
