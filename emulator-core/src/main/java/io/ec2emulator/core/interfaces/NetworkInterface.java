package io.ec2emulator.core.interfaces;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One elastic network interface ({@code eni-…}), immutable. It is the single home of an interface's
 * network facts: private addresses, the public addresses mapped to them (automatic or Elastic IP),
 * security groups, source/destination check and attachment. An instance's own network fields are a
 * view of its primary interface (device index 0), refreshed by {@link NetworkInterfaces}.
 *
 * @param interfaceType     {@code interface}, or {@code nat_gateway} for a NAT gateway's interface
 * @param requesterId       who created a requester-managed interface, null for the account's own
 * @param privateIps        the primary address first
 * @param publicIpOnLaunch  whether EC2 maps an automatic public address to it while its instance runs
 *                          (RunInstances asked for one for the primary interface)
 * @param attachment        null while detached
 */
public record NetworkInterface(
        String networkInterfaceId,
        String subnetId,
        String vpcId,
        String availabilityZone,
        String availabilityZoneId,
        String description,
        String ownerId,
        String interfaceType,
        String requesterId,
        String macAddress,
        List<InterfacePrivateIp> privateIps,
        List<String> groupIds,
        boolean sourceDestCheck,
        boolean publicIpOnLaunch,
        InterfaceAttachment attachment) {

    public static final String TYPE_INTERFACE = "interface";
    public static final String TYPE_NAT_GATEWAY = "nat_gateway";

    public NetworkInterface {
        privateIps = List.copyOf(privateIps);
        groupIds = List.copyOf(groupIds);
    }

    public boolean requesterManaged() {
        return requesterId != null;
    }

    /** {@code in-use} while attached (or managed by a service), {@code available} otherwise. */
    public String status() {
        return attachment != null || requesterManaged() ? "in-use" : "available";
    }

    public InterfacePrivateIp primaryIp() {
        return privateIps.get(0);
    }

    public String privateIpAddress() {
        return primaryIp().address();
    }

    /** The public address mapped to the primary private address, if any. */
    public Optional<PublicIpAssociation> association() {
        return Optional.ofNullable(primaryIp().association());
    }

    public List<PublicIpAssociation> associations() {
        return privateIps.stream().map(InterfacePrivateIp::association).filter(java.util.Objects::nonNull).toList();
    }

    public Optional<InterfacePrivateIp> privateIp(String address) {
        return privateIps.stream().filter(p -> p.address().equals(address)).findFirst();
    }

    public boolean attachedTo(String instanceId) {
        return attachment != null && attachment.instanceId() != null && attachment.instanceId().equals(instanceId);
    }

    public boolean isPrimaryOf(String instanceId) {
        return attachedTo(instanceId) && attachment.deviceIndex() == 0;
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The interface with {@code address}'s association replaced (null removes it). */
    public NetworkInterface withAssociation(String address, PublicIpAssociation association) {
        List<InterfacePrivateIp> ips = new ArrayList<>();
        for (InterfacePrivateIp ip : privateIps) {
            ips.add(ip.address().equals(address) ? ip.withAssociation(association) : ip);
        }
        return toBuilder().privateIps(ips).build();
    }

    /** Changes one field at a time; every other field is kept. */
    public static final class Builder {
        private String subnetId;
        private String description;
        private List<InterfacePrivateIp> privateIps;
        private List<String> groupIds;
        private boolean sourceDestCheck;
        private boolean publicIpOnLaunch;
        private InterfaceAttachment attachment;
        private final NetworkInterface base;

        private Builder(NetworkInterface n) {
            base = n;
            subnetId = n.subnetId();
            description = n.description();
            privateIps = n.privateIps();
            groupIds = n.groupIds();
            sourceDestCheck = n.sourceDestCheck();
            publicIpOnLaunch = n.publicIpOnLaunch();
            attachment = n.attachment();
        }

        public Builder description(String value) {
            description = value;
            return this;
        }

        public Builder privateIps(List<InterfacePrivateIp> value) {
            privateIps = value;
            return this;
        }

        public Builder groupIds(List<String> value) {
            groupIds = value;
            return this;
        }

        public Builder sourceDestCheck(boolean value) {
            sourceDestCheck = value;
            return this;
        }

        public Builder publicIpOnLaunch(boolean value) {
            publicIpOnLaunch = value;
            return this;
        }

        public Builder attachment(InterfaceAttachment value) {
            attachment = value;
            return this;
        }

        public NetworkInterface build() {
            return new NetworkInterface(base.networkInterfaceId(), subnetId, base.vpcId(), base.availabilityZone(),
                    base.availabilityZoneId(), description, base.ownerId(), base.interfaceType(), base.requesterId(),
                    base.macAddress(), privateIps, groupIds, sourceDestCheck, publicIpOnLaunch, attachment);
        }
    }
}
