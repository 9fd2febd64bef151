package io.ec2emulator.core.interfaces;

import io.ec2emulator.core.Ec2Error;
import io.ec2emulator.core.instances.Instance;
import io.ec2emulator.core.instances.InstanceState;
import io.ec2emulator.core.securitygroups.SecurityGroup;
import io.ec2emulator.core.state.RegionState;
import io.ec2emulator.core.state.Resources;
import io.ec2emulator.core.tags.TagSpecification;
import io.ec2emulator.core.vpc.RouteTargets;
import io.ec2emulator.core.vpc.Subnet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The network interfaces of one account and region: CreateNetworkInterface, DeleteNetworkInterface,
 * Attach/Detach, ModifyNetworkInterfaceAttribute, Assign/UnassignPrivateIpAddresses, and what
 * happens to interfaces when their instance launches, stops, starts and terminates.
 *
 * <p>Every change goes through {@link #save}, which also refreshes the instance's view of its primary
 * interface; every removal goes through {@link #remove}, which tells the listeners registered with
 * {@link #whenRemoved}.
 */
public final class NetworkInterfaces {

    private static final String RESOURCE_TYPE = "network-interface";

    private final RegionState region;
    private final Resources<NetworkInterface> interfaces;
    private final PublicIps publicIps;
    private final CreationTokens tokens;
    private final List<Consumer<NetworkInterface>> removalListeners = new ArrayList<>();

    public NetworkInterfaces(RegionState region) {
        this.region = region;
        this.interfaces = new Resources<>(region, NetworkInterfaceKind.kind(region.region(),
                region.securityGroups().resources()));
        NetworkInterfaceKind.declareIndexes(interfaces);
        this.publicIps = new PublicIps(region, this);
        this.tokens = new CreationTokens(region, "network-interface-client-token");
    }

    /**
     * After a restore: every interface's private addresses are taken again in their subnets, and the
     * public addresses mapped to them in the shared pool.
     */
    public void rebuildShared() {
        for (NetworkInterface eni : interfaces.all()) {
            for (InterfacePrivateIp ip : eni.privateIps()) {
                region.networking().addresses().reserve(eni.subnetId(), ip.address());
                if (ip.association() != null) {
                    region.publicIps().reserve(ip.association().publicIp());
                }
            }
        }
    }

    public Resources<NetworkInterface> resources() {
        return interfaces;
    }

    /** Automatic public addresses: released on stop, assigned again on start. */
    public PublicIps publicIps() {
        return publicIps;
    }

    /** Registers code to run when an interface disappears (deleted, or its instance terminated). */
    public void whenRemoved(Consumer<NetworkInterface> listener) {
        removalListeners.add(listener);
    }

    /** The interfaces attached to an instance, by device index. */
    public List<NetworkInterface> attachedTo(String instanceId) {
        return interfaces.store().lookup(NetworkInterfaceKind.BY_INSTANCE, instanceId).stream()
                .map(id -> interfaces.store().get(id).orElseThrow())
                .sorted(Comparator.comparingInt(n -> n.attachment().deviceIndex()))
                .toList();
    }

    /** The interface an Elastic IP is associated with, if any. */
    public java.util.Optional<NetworkInterface> holdingAllocation(String allocationId) {
        return interfaces.store().lookup(NetworkInterfaceKind.BY_ALLOCATION, allocationId).stream().findFirst()
                .flatMap(interfaces::get);
    }

    /** The interface that holds an Elastic IP association id, if any. */
    public java.util.Optional<NetworkInterface> holdingAssociation(String associationId) {
        return interfaces.store().lookup(NetworkInterfaceKind.BY_ASSOCIATION, associationId).stream().findFirst()
                .flatMap(interfaces::get);
    }

    // ------------------------------------------------------------------ create and delete

    /** CreateNetworkInterface; a repeated {@code clientToken} answers the interface created the first time. */
    public NetworkInterface create(InterfaceRequest request, List<TagSpecification> tags, String clientToken) {
        java.util.Optional<NetworkInterface> earlier = tokens.earlier(clientToken).flatMap(interfaces::get);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        region.tagging().matching(tags, Set.of(RESOURCE_TYPE));
        if (request.subnetId() == null || request.subnetId().isEmpty()) {
            throw Ec2Error.missingParameter("SubnetId");
        }
        Subnet subnet = region.networking().subnets().require(request.subnetId());
        NetworkInterface created = build(subnet, request, groups(subnet, request.groupIds()),
                NetworkInterface.TYPE_INTERFACE, null, null);
        save(created);
        region.tagging().applySpecifications(tags, created.networkInterfaceId(), RESOURCE_TYPE);
        tokens.remember(clientToken, created.networkInterfaceId());
        return created;
    }

    /**
     * A launch's interface, attached to the instance being created (which is not stored yet). The
     * primary interface with {@code publicIpOnLaunch} gets an automatic public address at once.
     */
    public NetworkInterface createForLaunch(Subnet subnet, InterfaceRequest request, List<String> groupIds,
                                            String instanceId, int deviceIndex, boolean deleteOnTermination,
                                            boolean publicIpOnLaunch, List<TagSpecification> tags) {
        NetworkInterface created = build(subnet, request, groupIds, NetworkInterface.TYPE_INTERFACE, null,
                attachment(instanceId, deviceIndex, deleteOnTermination));
        created = created.toBuilder().publicIpOnLaunch(publicIpOnLaunch).build();
        if (publicIpOnLaunch) {
            created = publicIps.withAutomatic(created);
        }
        save(created);
        region.tagging().applySpecifications(tags, created.networkInterfaceId(), RESOURCE_TYPE);
        return created;
    }

    /** A launch's existing interface (RunInstances {@code NetworkInterfaceId}): it must be available. */
    public NetworkInterface attachForLaunch(String interfaceId, String instanceId, int deviceIndex,
                                            boolean deleteOnTermination) {
        NetworkInterface eni = requireUserManaged(interfaceId);
        requireAvailable(eni);
        NetworkInterface attached = eni.toBuilder().attachment(attachment(instanceId, deviceIndex, deleteOnTermination))
                .publicIpOnLaunch(false).build();
        save(attached);
        return attached;
    }

    /** A requester-managed interface of a service (a NAT gateway's), in the account's subnet. */
    public NetworkInterface createManaged(Subnet subnet, String interfaceType, String description, String requesterId,
                                          String privateIpAddress) {
        NetworkInterface created = build(subnet, new InterfaceRequest(subnet.subnetId(), description, privateIpAddress,
                null, null, null), List.of(), interfaceType, requesterId, null);
        created = created.toBuilder().sourceDestCheck(false).build();
        save(created);
        return created;
    }

    /** DeleteNetworkInterface: refused while attached or managed by a service. */
    public void delete(String interfaceId) {
        NetworkInterface eni = require(interfaceId);
        if (!eni.status().equals("available")) {
            throw inUse(eni);
        }
        remove(eni);
    }

    /** Deletes a requester-managed interface (its service is gone). */
    public void deleteManaged(String interfaceId) {
        interfaces.get(interfaceId).ifPresent(this::remove);
    }

    private NetworkInterface build(Subnet subnet, InterfaceRequest request, List<String> groupIds, String type,
                                   String requesterId, InterfaceAttachment attachment) {
        if (request.secondaryCount() != null && request.secondaryCount() < 0) {
            throw Ec2Error.invalidParameterValue("Value (" + request.secondaryCount()
                    + ") for parameter secondaryPrivateIpAddressCount is invalid. Expected a positive integer.");
        }
        if (request.secondaryCount() != null && !request.secondaryAddresses().isEmpty()) {
            throw Ec2Error.invalidParameterCombination(
                    "The parameters secondaryPrivateIpAddressCount and privateIpAddresses cannot be used together");
        }
        String id = interfaces.newId();
        List<InterfacePrivateIp> ips = new ArrayList<>();
        ips.add(new InterfacePrivateIp(allocate(subnet, request.privateIpAddress()), true, null));
        for (String address : request.secondaryAddresses()) {
            ips.add(new InterfacePrivateIp(allocate(subnet, address), false, null));
        }
        int count = request.secondaryCount() == null ? 0 : request.secondaryCount();
        for (int i = 0; i < count; i++) {
            ips.add(new InterfacePrivateIp(allocate(subnet, null), false, null));
        }
        return new NetworkInterface(id, subnet.subnetId(), subnet.vpcId(), subnet.availabilityZone(),
                subnet.availabilityZoneId(), request.description() == null ? "" : request.description(),
                region.accountId(), type, requesterId, macAddress(), ips, groupIds, true, false, attachment);
    }

    private String allocate(Subnet subnet, String requested) {
        return region.networking().addresses().allocate(subnet.subnetId(), requested);
    }

    private InterfaceAttachment attachment(String instanceId, int deviceIndex, boolean deleteOnTermination) {
        return new InterfaceAttachment(region.ids().next("eni-attach"), instanceId, region.accountId(), deviceIndex,
                "attached", region.clock().instant(), deleteOnTermination);
    }

    private String macAddress() {
        String id = region.ids().next("m").substring(2);
        return "02:" + id.substring(0, 2) + ":" + id.substring(2, 4) + ":" + id.substring(4, 6) + ":"
                + id.substring(6, 8) + ":" + id.substring(8, 10);
    }

    /**
     * Security groups for an interface in {@code subnet}: each must exist and belong to the subnet's VPC,
     * at most {@link InterfaceLimits#MAX_GROUPS}; none means the VPC's default group.
     */
    public List<String> groups(Subnet subnet, List<String> groupIds) {
        Set<String> unique = new LinkedHashSet<>();
        for (String id : groupIds) {
            SecurityGroup group = region.securityGroups().resources().require(id);
            if (!group.vpcId().equals(subnet.vpcId())) {
                throw Ec2Error.client("InvalidParameter", "Security group " + id + " and subnet " + subnet.subnetId()
                        + " belong to different networks.");
            }
            unique.add(id);
        }
        if (unique.isEmpty()) {
            unique.add(region.securityGroups().byName(subnet.vpcId(), "default").orElseThrow().groupId());
        }
        if (unique.size() > InterfaceLimits.MAX_GROUPS) {
            throw Ec2Error.client("SecurityGroupsPerInterfaceLimitExceeded",
                    "The maximum number of security groups per interface has been reached.");
        }
        return List.copyOf(unique);
    }

    // ------------------------------------------------------------------ attach and detach

    /** AttachNetworkInterface: returns the attachment id. */
    public String attach(String interfaceId, String instanceId, Integer deviceIndex) {
        NetworkInterface eni = requireUserManaged(interfaceId);
        Instance instance = region.instances().requireAll(List.of(instanceId)).get(0);
        if (deviceIndex == null) {
            throw Ec2Error.missingParameter("DeviceIndex");
        }
        if (deviceIndex < 0) {
            throw Ec2Error.invalidParameterValue("Value (" + deviceIndex
                    + ") for parameter deviceIndex is invalid. Expected a non-negative integer.");
        }
        if (instance.state() == InstanceState.SHUTTING_DOWN || instance.state() == InstanceState.TERMINATED) {
            throw Ec2Error.client("IncorrectInstanceState", "The instance '" + instanceId
                    + "' is not in a state from which a network interface can be attached.");
        }
        requireAvailable(eni);
        if (!eni.availabilityZone().equals(instance.availabilityZone())) {
            throw Ec2Error.invalidParameterValue("The network interface '" + eni.networkInterfaceId()
                    + "' and the instance '" + instanceId + "' are in different availability zones.");
        }
        if (!eni.vpcId().equals(instance.vpcId())) {
            throw Ec2Error.invalidParameterValue("The network interface '" + eni.networkInterfaceId()
                    + "' and the instance '" + instanceId + "' are in different VPCs.");
        }
        List<NetworkInterface> current = attachedTo(instanceId);
        if (current.stream().anyMatch(n -> n.attachment().deviceIndex() == deviceIndex)) {
            throw Ec2Error.invalidParameterValue("Instance '" + instanceId
                    + "' already has an interface attached at device index '" + deviceIndex + "'.");
        }
        InterfaceLimits.checkInterfaceCount(instance.instanceType(), current.size() + 1);
        InterfaceLimits.checkAddressCount(instance.instanceType(), eni.privateIps().size());
        NetworkInterface attached = eni.toBuilder().attachment(attachment(instanceId, deviceIndex, false)).build();
        save(attached);
        return attached.attachment().attachmentId();
    }

    /** DetachNetworkInterface: the primary interface (device index 0) cannot be detached. */
    public void detach(String attachmentId) {
        NetworkInterface eni = byAttachment(attachmentId);
        if (eni.attachment().deviceIndex() == 0) {
            throw Ec2Error.client("OperationNotPermitted", "The network interface at device index 0 cannot be detached.");
        }
        save(publicIps.withoutAutomatic(eni).toBuilder().attachment(null).publicIpOnLaunch(false).build());
    }

    /** The interface with this attachment id, or EC2's NotFound error. */
    public NetworkInterface byAttachment(String attachmentId) {
        if (attachmentId == null || attachmentId.isEmpty()) {
            throw Ec2Error.missingParameter("AttachmentId");
        }
        return interfaces.all().stream()
                .filter(n -> n.attachment() != null && n.attachment().attachmentId().equals(attachmentId))
                .findFirst()
                .orElseThrow(() -> Ec2Error.client("InvalidAttachmentID.NotFound", "The attachment ID '"
                        + Ec2Error.shorten(attachmentId) + "' does not exist"));
    }

    // ------------------------------------------------------------------ attributes

    public void setDescription(String interfaceId, String description) {
        save(requireUserManaged(interfaceId).toBuilder().description(description == null ? "" : description).build());
    }

    public void setSourceDestCheck(String interfaceId, boolean value) {
        save(requireUserManaged(interfaceId).toBuilder().sourceDestCheck(value).build());
    }

    /** Replaces the interface's security groups (1 to 5 groups of its VPC). */
    public void setGroups(String interfaceId, List<String> groupIds) {
        NetworkInterface eni = requireUserManaged(interfaceId);
        if (groupIds.isEmpty()) {
            throw Ec2Error.missingParameter("SecurityGroupId");
        }
        for (String id : groupIds) {
            SecurityGroup group = region.securityGroups().resources().require(id);
            if (!group.vpcId().equals(eni.vpcId())) {
                throw Ec2Error.invalidParameterValue("The security group '" + id
                        + "' does not belong to VPC '" + eni.vpcId() + "'");
            }
        }
        List<String> unique = List.copyOf(new LinkedHashSet<>(groupIds));
        if (unique.size() > InterfaceLimits.MAX_GROUPS) {
            throw Ec2Error.client("SecurityGroupsPerInterfaceLimitExceeded",
                    "The maximum number of security groups per interface has been reached.");
        }
        save(eni.toBuilder().groupIds(unique).build());
    }

    /** The attachment's DeleteOnTermination; the attachment must be this interface's. */
    public void setDeleteOnTermination(String interfaceId, String attachmentId, boolean value) {
        NetworkInterface eni = requireUserManaged(interfaceId);
        if (eni.attachment() == null || !eni.attachment().attachmentId().equals(attachmentId)) {
            throw Ec2Error.client("InvalidAttachmentID.NotFound", "The attachment ID '"
                    + Ec2Error.shorten(attachmentId) + "' does not exist");
        }
        save(eni.toBuilder().attachment(eni.attachment().withDeleteOnTermination(value)).build());
    }

    // ------------------------------------------------------------------ private addresses

    /** AssignPrivateIpAddresses: by value or by count; returns the addresses assigned. */
    public List<String> assignPrivateIps(String interfaceId, List<String> addresses, Integer count) {
        NetworkInterface eni = requireUserManaged(interfaceId);
        if (addresses.isEmpty() && count == null) {
            throw Ec2Error.missingParameter("PrivateIpAddress or SecondaryPrivateIpAddressCount");
        }
        if (!addresses.isEmpty() && count != null) {
            throw Ec2Error.invalidParameterCombination(
                    "The parameters secondaryPrivateIpAddressCount and privateIpAddress cannot be used together");
        }
        if (count != null && count < 1) {
            throw Ec2Error.invalidParameterValue("Value (" + count
                    + ") for parameter secondaryPrivateIpAddressCount is invalid. Expected a positive integer.");
        }
        int added = count != null ? count : addresses.size();
        if (eni.attachment() != null && eni.attachment().instanceId() != null) {
            Instance instance = region.instances().resources().require(eni.attachment().instanceId());
            InterfaceLimits.checkAddressCount(instance.instanceType(), eni.privateIps().size() + added);
        }
        Subnet subnet = region.networking().subnets().require(eni.subnetId());
        List<String> assigned = new ArrayList<>();
        for (int i = 0; i < added; i++) {
            assigned.add(allocate(subnet, count != null ? null : addresses.get(i)));
        }
        List<InterfacePrivateIp> ips = new ArrayList<>(eni.privateIps());
        assigned.forEach(a -> ips.add(new InterfacePrivateIp(a, false, null)));
        save(eni.toBuilder().privateIps(ips).build());
        return assigned;
    }

    /** UnassignPrivateIpAddresses: secondary addresses only; an Elastic IP mapped to one is disassociated. */
    public void unassignPrivateIps(String interfaceId, List<String> addresses) {
        NetworkInterface eni = requireUserManaged(interfaceId);
        if (addresses.isEmpty()) {
            throw Ec2Error.missingParameter("PrivateIpAddress");
        }
        for (String address : addresses) {
            InterfacePrivateIp ip = eni.privateIp(address).orElseThrow(() -> Ec2Error.invalidParameterValue(
                    "Some of the specified addresses are not assigned to interface " + eni.networkInterfaceId()));
            if (ip.primary()) {
                throw Ec2Error.invalidParameterValue("The primary IP address of an interface cannot be unassigned.");
            }
        }
        for (String address : addresses) {
            region.networking().addresses().release(eni.subnetId(), address);
        }
        save(eni.toBuilder().privateIps(eni.privateIps().stream().filter(p -> !addresses.contains(p.address()))
                .toList()).build());
    }

    // ------------------------------------------------------------------ instance lifecycle

    /** An instance stopped: its interfaces' automatic public addresses are released. */
    public void instanceStopped(String instanceId) {
        for (NetworkInterface eni : attachedTo(instanceId)) {
            save(publicIps.withoutAutomatic(eni));
        }
    }

    /** An instance starts: its primary interface gets a new automatic public address if it should have one. */
    public void instanceStarting(String instanceId) {
        attachedTo(instanceId).stream().filter(n -> n.isPrimaryOf(instanceId)).findFirst()
                .ifPresent(eni -> save(publicIps.restored(eni, true)));
    }

    /**
     * An instance terminated: interfaces with DeleteOnTermination are deleted (their Elastic IPs are
     * disassociated with them), the others are detached and keep their Elastic IPs.
     */
    public void instanceTerminated(String instanceId) {
        for (NetworkInterface eni : attachedTo(instanceId)) {
            NetworkInterface released = publicIps.withoutAutomatic(eni);
            if (eni.attachment().deleteOnTermination()) {
                save(released);
                remove(released);
            } else {
                save(released.toBuilder().attachment(null).publicIpOnLaunch(false).build());
            }
        }
    }

    // ------------------------------------------------------------------ the one place that writes

    /**
     * Stores a new version of an interface and, when it is an instance's primary interface, refreshes
     * that instance's view of it (private and public addresses, DNS names, groups, MAC, source/dest check).
     */
    public void save(NetworkInterface eni) {
        boolean wasAttached = interfaces.get(eni.networkInterfaceId()).map(n -> n.attachment() != null).orElse(false);
        interfaces.put(eni);
        if (wasAttached != (eni.attachment() != null)) {
            RouteTargets.refresh(region, eni.networkInterfaceId());
        }
        if (eni.attachment() != null && eni.attachment().deviceIndex() == 0 && eni.attachment().instanceId() != null) {
            region.instances().primaryInterfaceChanged(eni);
        }
    }

    /** The one place an interface disappears: its private addresses are freed and listeners told. */
    private void remove(NetworkInterface eni) {
        for (InterfacePrivateIp ip : eni.privateIps()) {
            region.networking().addresses().release(eni.subnetId(), ip.address());
        }
        NetworkInterface released = publicIps.withoutAutomatic(eni);
        interfaces.remove(released.networkInterfaceId());
        for (Consumer<NetworkInterface> listener : removalListeners) {
            listener.accept(released);
        }
    }

    // ------------------------------------------------------------------ lookups

    public NetworkInterface require(String interfaceId) {
        if (interfaceId == null || interfaceId.isEmpty()) {
            throw Ec2Error.missingParameter("NetworkInterfaceId");
        }
        return interfaces.require(interfaceId);
    }

    /** The interface, which must not be managed by a service (a NAT gateway's cannot be changed). */
    public NetworkInterface requireUserManaged(String interfaceId) {
        NetworkInterface eni = require(interfaceId);
        if (eni.requesterManaged()) {
            throw Ec2Error.client("OperationNotPermitted", "The network interface '" + eni.networkInterfaceId()
                    + "' is managed by a service and cannot be modified.");
        }
        return eni;
    }

    private static void requireAvailable(NetworkInterface eni) {
        if (!eni.status().equals("available")) {
            throw inUse(eni);
        }
    }

    private static Ec2Error inUse(NetworkInterface eni) {
        return Ec2Error.client("InvalidNetworkInterface.InUse", "Interface: [" + eni.networkInterfaceId()
                + "] in use.");
    }
}
