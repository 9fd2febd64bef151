package io.ec2emulator.core.addresses;

import io.ec2emulator.core.Ec2Error;
import io.ec2emulator.core.filter.FilterCriterion;
import io.ec2emulator.core.filter.FilterSpec;
import io.ec2emulator.core.instances.Instance;
import io.ec2emulator.core.instances.InstanceState;
import io.ec2emulator.core.interfaces.InterfacePrivateIp;
import io.ec2emulator.core.interfaces.NetworkInterface;
import io.ec2emulator.core.interfaces.NetworkInterfaces;
import io.ec2emulator.core.interfaces.PublicIpAssociation;
import io.ec2emulator.core.state.RegionState;
import io.ec2emulator.core.state.ResourceKind;
import io.ec2emulator.core.state.Resources;
import io.ec2emulator.core.tags.TagSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * AllocateAddress, AssociateAddress, DisassociateAddress, ReleaseAddress and DescribeAddresses.
 * Addresses come from the public pool every account shares; an account may hold {@link #MAX_ADDRESSES}
 * per region.
 */
public final class ElasticIps {

    /** EC2's default quota of Elastic IP addresses per region. */
    public static final int MAX_ADDRESSES = 5;
    private static final String RESOURCE_TYPE = "elastic-ip";

    private final RegionState region;
    private final Resources<ElasticIp> addresses;

    public ElasticIps(RegionState region) {
        this.region = region;
        this.addresses = new Resources<>(region, new ResourceKind<>("eipalloc", RESOURCE_TYPE, ElasticIp::allocationId,
                "InvalidAllocationID.NotFound", "The allocation ID '%s' does not exist", "InvalidAllocationID.Malformed",
                filters(), 5, 1000));
    }

    /** After a restore: every Elastic IP's address is taken again in the shared pool. */
    public void rebuildShared() {
        for (ElasticIp address : addresses.all()) {
            region.publicIps().reserve(address.publicIp());
        }
    }

    private FilterSpec<ElasticIp> filters() {
        return FilterSpec.<ElasticIp>builder()
                .tags()
                .deferred(more -> more
                        .single("allocation-id", ElasticIp::allocationId)
                        .single("association-id", association(AddressAssociation::associationId))
                        .single("domain", ElasticIp::domain)
                        .single("instance-id", association(AddressAssociation::instanceId))
                        .single("network-border-group", ElasticIp::networkBorderGroup)
                        .single("network-interface-id", association(AddressAssociation::networkInterfaceId))
                        .single("network-interface-owner-id", association(AddressAssociation::networkInterfaceOwnerId))
                        .single("private-ip-address", association(AddressAssociation::privateIpAddress))
                        .single("public-ip", ElasticIp::publicIp))
                .build();
    }

    private Function<ElasticIp, Object> association(Function<AddressAssociation, Object> field) {
        return address -> associationOf(address).map(field).orElse(null);
    }

    public Resources<ElasticIp> resources() {
        return addresses;
    }

    private NetworkInterfaces interfaces() {
        return region.networkInterfaces();
    }

    /** AllocateAddress in the VPC domain. */
    public ElasticIp allocate(List<TagSpecification> tags) {
        region.tagging().matching(tags, Set.of(RESOURCE_TYPE));
        if (addresses.all().size() >= MAX_ADDRESSES) {
            throw Ec2Error.client("AddressLimitExceeded", "The maximum number of addresses has been reached.");
        }
        String publicIp = region.publicIps().allocate();
        region.undoLog().record(() -> region.publicIps().release(publicIp));
        ElasticIp address = new ElasticIp(addresses.newId(), publicIp, "vpc", region.accountId(), region.region());
        addresses.put(address);
        region.tagging().applySpecifications(tags, address.allocationId(), RESOURCE_TYPE);
        return address;
    }

    /** Where the address is associated, if it is. */
    public Optional<AddressAssociation> associationOf(ElasticIp address) {
        return interfaces().holdingAllocation(address.allocationId()).flatMap(eni -> eni.privateIps().stream()
                .filter(ip -> ip.association() != null && address.allocationId().equals(ip.association().allocationId()))
                .findFirst()
                .map(ip -> new AddressAssociation(ip.association().associationId(), eni.networkInterfaceId(),
                        eni.ownerId(), ip.address(), eni.attachment() == null ? null : eni.attachment().instanceId())));
    }

    /**
     * AssociateAddress with an instance (its only interface) or an interface, on {@code privateIp} or
     * the primary private address. The VPC needs an internet gateway. An address that is already
     * associated, or a private address that already has an Elastic IP, is moved unless
     * {@code allowReassociation} is explicitly false. Returns the association id.
     */
    public String associate(String allocationId, String publicIp, String instanceId, String interfaceId,
                            String privateIp, Boolean allowReassociation) {
        ElasticIp address = find(allocationId, publicIp);
        NetworkInterface target = target(instanceId, interfaceId);
        String targetIp = privateIp != null ? privateIp : target.privateIpAddress();
        InterfacePrivateIp ip = target.privateIp(targetIp).orElseThrow(() -> Ec2Error.invalidParameterValue(
                "The private IP address " + Ec2Error.shorten(targetIp) + " is not assigned to the network interface "
                        + target.networkInterfaceId() + "."));
        if (region.networking().internetGateways().all().stream().noneMatch(g -> target.vpcId().equals(g.attachedVpcId()))) {
            throw Ec2Error.client("Gateway.NotAttached", "Network " + target.vpcId()
                    + " is not attached to any internet gateway");
        }
        boolean mayMove = !Boolean.FALSE.equals(allowReassociation);
        Optional<AddressAssociation> current = associationOf(address);
        if (current.isPresent() && !mayMove) {
            throw alreadyAssociated(address.allocationId(), current.get().associationId());
        }
        PublicIpAssociation there = ip.association();
        if (there != null && !there.isAutomatic() && !there.allocationId().equals(address.allocationId()) && !mayMove) {
            throw alreadyAssociated(target.networkInterfaceId(), there.associationId());
        }
        current.ifPresent(c -> interfaces().publicIps().disassociate(interfaces().require(c.networkInterfaceId()),
                c.associationId()));
        String associationId = region.ids().next("eipassoc");
        interfaces().publicIps().associate(interfaces().require(target.networkInterfaceId()), targetIp,
                new PublicIpAssociation(address.publicIp(), address.ownerId(), address.allocationId(), associationId));
        return associationId;
    }

    /** Associates an address with a service's interface (a NAT gateway's); it must not be associated. */
    public String associateManaged(ElasticIp address, NetworkInterface eni) {
        associationOf(address).ifPresent(c -> {
            throw Ec2Error.client("Resource.AlreadyAssociated", "Elastic IP address " + address.allocationId()
                    + " is already associated");
        });
        String associationId = region.ids().next("eipassoc");
        interfaces().publicIps().associate(eni, eni.privateIpAddress(), new PublicIpAssociation(address.publicIp(),
                address.ownerId(), address.allocationId(), associationId));
        return associationId;
    }

    /** DisassociateAddress by association id (or by public address). */
    public void disassociate(String associationId, String publicIp) {
        String id = associationId;
        if (id == null || id.isEmpty()) {
            if (publicIp == null || publicIp.isEmpty()) {
                throw Ec2Error.missingParameter("AssociationId");
            }
            ElasticIp address = find(null, publicIp);
            id = associationOf(address).map(AddressAssociation::associationId).orElseThrow(() ->
                    Ec2Error.client("InvalidAssociationID.NotFound", "The address '" + address.publicIp()
                            + "' is not associated"));
        }
        String wanted = id;
        NetworkInterface eni = interfaces().holdingAssociation(wanted).orElseThrow(() -> Ec2Error.client(
                "InvalidAssociationID.NotFound", "The association ID '" + Ec2Error.shorten(wanted) + "' does not exist"));
        if (eni.requesterManaged()) {
            throw Ec2Error.client("OperationNotPermitted", "The association '" + wanted
                    + "' belongs to a service-managed network interface and cannot be removed.");
        }
        interfaces().publicIps().disassociate(eni, wanted);
    }

    /** ReleaseAddress: refused while the address is associated. */
    public void release(String allocationId, String publicIp) {
        if ((allocationId == null || allocationId.isEmpty()) && publicIp != null && !publicIp.isEmpty()) {
            throw Ec2Error.invalidParameterValue(
                    "You must specify an allocation id when releasing a VPC elastic IP address");
        }
        ElasticIp address = find(allocationId, null);
        if (associationOf(address).isPresent()) {
            throw Ec2Error.client("InvalidIPAddress.InUse", "Address " + address.publicIp() + " is in use.");
        }
        addresses.remove(address.allocationId());
        region.undoLog().onCommit(() -> region.publicIps().release(address.publicIp()));
    }

    /** DescribeAddresses: public addresses and allocation ids must exist; no pagination. */
    public List<ElasticIp> describe(List<String> publicIps, List<String> allocationIds, List<FilterCriterion> filters) {
        List<String> ids = new ArrayList<>(allocationIds);
        for (String publicIp : publicIps) {
            ids.add(find(null, publicIp).allocationId());
        }
        return addresses.describe(ids, filters, null, null).items();
    }

    /** The address by allocation id, else by public address. */
    public ElasticIp find(String allocationId, String publicIp) {
        if (allocationId != null && !allocationId.isEmpty()) {
            return addresses.require(allocationId);
        }
        if (publicIp == null || publicIp.isEmpty()) {
            throw Ec2Error.missingParameter("AllocationId");
        }
        return addresses.all().stream().filter(a -> a.publicIp().equals(publicIp)).findFirst().orElseThrow(() ->
                Ec2Error.client("InvalidAddress.NotFound", "Address '" + Ec2Error.shorten(publicIp) + "' not found."));
    }

    private NetworkInterface target(String instanceId, String interfaceId) {
        boolean byInstance = instanceId != null && !instanceId.isEmpty();
        boolean byInterface = interfaceId != null && !interfaceId.isEmpty();
        if (byInstance && byInterface) {
            throw Ec2Error.invalidParameterCombination(
                    "You may specify either an instance ID or a network interface ID, but not both.");
        }
        if (!byInstance && !byInterface) {
            throw Ec2Error.missingParameter("InstanceId or NetworkInterfaceId");
        }
        if (byInterface) {
            return interfaces().requireUserManaged(interfaceId);
        }
        Instance instance = region.instances().requireAll(List.of(instanceId)).get(0);
        if (instance.state() == InstanceState.SHUTTING_DOWN || instance.state() == InstanceState.TERMINATED) {
            throw Ec2Error.client("IncorrectInstanceState", "The instance '" + instanceId
                    + "' is not in a valid state for this operation.");
        }
        List<NetworkInterface> attached = interfaces().attachedTo(instanceId);
        if (attached.size() > 1) {
            throw multipleInterfaces(instanceId);
        }
        return attached.get(0);
    }

    /** EC2's error when an instance-level call is ambiguous because the instance has several interfaces. */
    public static Ec2Error multipleInterfaces(String instanceId) {
        return Ec2Error.client("InvalidInstanceID", "There are multiple interfaces attached to instance '"
                + instanceId + "'. Please specify an interface ID for the operation instead.");
    }

    private static Ec2Error alreadyAssociated(String resource, String associationId) {
        return Ec2Error.client("Resource.AlreadyAssociated", "resource " + resource
                + " is already associated with associate-id " + associationId);
    }
}
