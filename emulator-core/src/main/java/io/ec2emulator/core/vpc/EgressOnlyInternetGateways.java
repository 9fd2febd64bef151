package io.ec2emulator.core.vpc;

import io.ec2emulator.core.state.RegionState;
import io.ec2emulator.core.tags.TagSpecification;
import java.util.List;
import java.util.Set;

/**
 * CreateEgressOnlyInternetGateway and DeleteEgressOnlyInternetGateway. A gateway belongs to one VPC
 * from creation; routes to a deleted gateway turn {@code blackhole}.
 */
public final class EgressOnlyInternetGateways {

    static final String RESOURCE_TYPE = "egress-only-internet-gateway";

    private final RegionState region;
    private final Networking net;

    public EgressOnlyInternetGateways(RegionState region) {
        this.region = region;
        this.net = region.networking();
    }

    /** CreateEgressOnlyInternetGateway; the same {@code clientToken} returns the same gateway. */
    public EgressOnlyInternetGateway create(String vpcId, List<TagSpecification> tags, String clientToken) {
        Vpc vpc = net.vpcs().require(vpcId);
        return net.creationTokens().once("CreateEgressOnlyInternetGateway", clientToken, vpc.vpcId(),
                net.egressOnlyInternetGateways(), () -> create(vpc, tags));
    }

    private EgressOnlyInternetGateway create(Vpc vpc, List<TagSpecification> tags) {
        region.tagging().matching(tags, Set.of(RESOURCE_TYPE));
        EgressOnlyInternetGateway gateway = new EgressOnlyInternetGateway(net.egressOnlyInternetGateways().newId(),
                vpc.vpcId(), region.accountId());
        net.egressOnlyInternetGateways().put(gateway);
        region.tagging().applySpecifications(tags, gateway.egressOnlyInternetGatewayId(), RESOURCE_TYPE);
        return gateway;
    }

    public void delete(String gatewayId) {
        EgressOnlyInternetGateway gateway = net.egressOnlyInternetGateways().require(gatewayId);
        net.egressOnlyInternetGateways().remove(gateway.egressOnlyInternetGatewayId());
        RouteTargets.refresh(region, gateway.egressOnlyInternetGatewayId());
    }
}
