package io.ec2emulator.core.natgateways;

import io.ec2emulator.core.Ec2Error;
import io.ec2emulator.core.addresses.ElasticIp;
import io.ec2emulator.core.filter.FilterCriterion;
import io.ec2emulator.core.filter.FilterSpec;
import io.ec2emulator.core.filter.Page;
import io.ec2emulator.core.interfaces.CreationTokens;
import io.ec2emulator.core.interfaces.NetworkInterface;
import io.ec2emulator.core.state.RegionState;
import io.ec2emulator.core.state.ResourceKind;
import io.ec2emulator.core.state.Resources;
import io.ec2emulator.core.tags.TagSpecification;
import io.ec2emulator.core.vpc.Subnet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * CreateNatGateway, DeleteNatGateway and DescribeNatGateways. A gateway has a requester-managed
 * network interface ({@code nat_gateway}) in its subnet, holding its Elastic IP when public. It is
 * {@code pending} for the boot delay, then {@code available} ({@code failed} when a public gateway's
 * VPC has no internet gateway); a deleted one is {@code deleting} for the terminate delay, then
 * {@code deleted}, and disappears after the terminated-instance retention time.
 */
public final class NatGateways {

    static final String RESOURCE_TYPE = "natgateway";

    private final RegionState region;
    private final Resources<NatGateway> gateways;
    private final List<Consumer<NatGateway>> goneListeners = new ArrayList<>();
    private final CreationTokens tokens;

    public NatGateways(RegionState region) {
        this.region = region;
        this.gateways = new Resources<>(region, new ResourceKind<>("nat", RESOURCE_TYPE, NatGateway::natGatewayId,
                "NatGatewayNotFound", "The Nat Gateway %s was not found", "NatGatewayMalformed",
                FilterSpec.<NatGateway>builder()
                        .indexed("state", "state", NatGateway::state)
                        .tags()
                        .deferred(more -> more
                                .single("nat-gateway-id", NatGateway::natGatewayId)
                                .single("subnet-id", NatGateway::subnetId)
                                .single("vpc-id", NatGateway::vpcId))
                        .build(),
                5, 1000));
        this.tokens = new CreationTokens(region, "nat-gateway-client-token");
        region.registerTimed(this::advanceTo);
    }

    public Resources<NatGateway> resources() {
        return gateways;
    }

    /** Registers code to run when a gateway stops routing (deleted or failed): the one place it disappears. */
    public void whenGone(Consumer<NatGateway> listener) {
        goneListeners.add(listener);
    }

    /** CreateNatGateway: public (with an Elastic IP allocation) or private. */
    public NatGateway create(String subnetId, String allocationId, String connectivityType, String privateIpAddress,
                             List<TagSpecification> tags, String clientToken) {
        java.util.Optional<NatGateway> earlier = tokens.earlier(clientToken).flatMap(gateways::get);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        region.tagging().matching(tags, Set.of(RESOURCE_TYPE));
        String connectivity = connectivityType == null ? "public" : connectivityType;
        if (!connectivity.equals("public") && !connectivity.equals("private")) {
            throw Ec2Error.invalidParameterValue("Value (" + Ec2Error.shorten(connectivity)
                    + ") for parameter connectivityType is invalid. Expected: 'public', 'private'.");
        }
        Subnet subnet = region.networking().subnets().require(subnetId);
        boolean hasAllocation = allocationId != null && !allocationId.isEmpty();
        if (connectivity.equals("public") && !hasAllocation) {
            throw Ec2Error.missingParameter("AllocationId");
        }
        if (connectivity.equals("private") && hasAllocation) {
            throw Ec2Error.invalidParameterCombination(
                    "An allocation ID cannot be specified for a NAT gateway with private connectivity.");
        }
        ElasticIp address = hasAllocation ? region.elasticIps().resources().require(allocationId) : null;
        if (address != null && region.elasticIps().associationOf(address).isPresent()) {
            throw Ec2Error.client("Resource.AlreadyAssociated", "Elastic IP address " + address.allocationId()
                    + " is already associated");
        }
        String id = gateways.newId();
        NetworkInterface eni = region.networkInterfaces().createManaged(subnet, NetworkInterface.TYPE_NAT_GATEWAY,
                "Interface for NAT Gateway " + id, "amazon", privateIpAddress);
        String associationId = null;
        if (address != null) {
            associationId = region.elasticIps().associateManaged(address, eni);
        }
        Instant now = region.clock().instant();
        NatGateway gateway = new NatGateway(id, subnet.subnetId(), subnet.vpcId(), connectivity, NatGateway.PENDING,
                now, null, now, address == null ? null : address.allocationId(), eni.networkInterfaceId(),
                eni.privateIpAddress(), address == null ? null : address.publicIp(), associationId, null, null);
        gateways.put(gateway);
        region.tagging().applySpecifications(tags, id, RESOURCE_TYPE);
        tokens.remember(clientToken, id);
        return gateway;
    }

    /** DeleteNatGateway: {@code deleting}, then {@code deleted}; repeating it changes nothing. */
    public NatGateway delete(String natGatewayId) {
        if (natGatewayId == null || natGatewayId.isEmpty()) {
            throw Ec2Error.missingParameter("NatGatewayId");
        }
        NatGateway gateway = gateways.require(natGatewayId);
        if (gateway.state().equals(NatGateway.PENDING) || gateway.state().equals(NatGateway.AVAILABLE)) {
            NatGateway deleting = gateway.inState(NatGateway.DELETING, region.clock().instant());
            gateways.put(deleting);
            return deleting;
        }
        return gateway;
    }

    public Page<NatGateway> describe(List<String> ids, List<FilterCriterion> filters, Integer maxResults,
                                     String nextToken) {
        return gateways.describe(ids, filters, maxResults, nextToken);
    }

    private void advanceTo(Instant now) {
        for (String id : List.copyOf(gateways.store().lookup("state", NatGateway.PENDING))) {
            NatGateway gateway = gateways.require(id);
            Instant due = gateway.stateSince().plus(region.settings().bootDelay());
            if (due.isAfter(now)) {
                continue;
            }
            boolean needsGateway = gateway.connectivityType().equals("public");
            boolean hasGateway = region.networking().internetGateways().all().stream()
                    .anyMatch(g -> gateway.vpcId().equals(g.attachedVpcId()));
            if (needsGateway && !hasGateway) {
                NatGateway failed = gateway.failed(due, "Gateway.NotAttached", "Network " + gateway.vpcId()
                        + " has no Internet gateway attached");
                gateways.put(failed);
                gone(failed);
            } else {
                gateways.put(gateway.inState(NatGateway.AVAILABLE, due));
            }
        }
        for (String id : List.copyOf(gateways.store().lookup("state", NatGateway.DELETING))) {
            NatGateway gateway = gateways.require(id);
            Instant due = gateway.stateSince().plus(region.settings().terminateDelay());
            if (!due.isAfter(now)) {
                NatGateway deleted = gateway.inState(NatGateway.DELETED, due);
                gateways.put(deleted);
                gone(deleted);
            }
        }
        for (String state : List.of(NatGateway.DELETED, NatGateway.FAILED)) {
            for (String id : List.copyOf(gateways.store().lookup("state", state))) {
                NatGateway gateway = gateways.require(id);
                if (!gateway.stateSince().plus(region.settings().terminatedRetention()).isAfter(now)) {
                    gateways.remove(id);
                }
            }
        }
    }

    /**
     * The one place a gateway stops existing as a network device (deleted or failed): its interface is
     * deleted, which frees its private address and disassociates its Elastic IP; listeners are told.
     */
    private void gone(NatGateway gateway) {
        region.networkInterfaces().deleteManaged(gateway.networkInterfaceId());
        for (Consumer<NatGateway> listener : goneListeners) {
            listener.accept(gateway);
        }
    }
}
