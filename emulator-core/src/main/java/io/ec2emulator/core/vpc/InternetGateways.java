package io.ec2emulator.core.vpc;

import io.ec2emulator.core.Ec2Error;
import io.ec2emulator.core.state.RegionState;
import io.ec2emulator.core.tags.TagSpecification;
import java.util.List;
import java.util.Set;

/**
 * CreateInternetGateway, AttachInternetGateway, DetachInternetGateway and DeleteInternetGateway: a
 * gateway serves at most one VPC and a VPC has at most one gateway. Routes to a gateway are
 * {@code active} while it is attached to the route table's VPC, {@code blackhole} otherwise.
 */
public final class InternetGateways {

    static final String RESOURCE_TYPE = "internet-gateway";
    /** EC2's default quota of internet gateways per region. */
    static final int MAX_GATEWAYS = 5;

    private final RegionState region;
    private final Networking net;

    public InternetGateways(RegionState region) {
        this.region = region;
        this.net = region.networking();
    }

    public InternetGateway create(List<TagSpecification> tags) {
        region.tagging().matching(tags, Set.of(RESOURCE_TYPE));
        if (net.internetGateways().all().size() >= MAX_GATEWAYS) {
            throw Ec2Error.client("InternetGatewayLimitExceeded",
                    "The maximum number of internet gateways has been reached.");
        }
        InternetGateway gateway = new InternetGateway(net.internetGateways().newId(), null, region.accountId());
        net.internetGateways().put(gateway);
        region.tagging().applySpecifications(tags, gateway.internetGatewayId(), RESOURCE_TYPE);
        return gateway;
    }

    public void attach(String gatewayId, String vpcId) {
        InternetGateway gateway = net.internetGateways().require(gatewayId);
        Vpc vpc = net.vpcs().require(vpcId);
        if (gateway.attachedVpcId() != null) {
            throw Ec2Error.client("Resource.AlreadyAssociated", "resource " + gateway.internetGatewayId()
                    + " is already attached to network " + gateway.attachedVpcId());
        }
        if (net.internetGateways().all().stream().anyMatch(g -> vpc.vpcId().equals(g.attachedVpcId()))) {
            throw Ec2Error.invalidParameterValue("Network " + vpc.vpcId() + " already has an internet gateway attached");
        }
        net.internetGateways().put(new InternetGateway(gateway.internetGatewayId(), vpc.vpcId(), gateway.ownerId()));
        RouteTargets.refresh(region, gateway.internetGatewayId());
    }

    /**
     * Refused while network interfaces of the VPC (instances', NAT gateways', standalone ones) have
     * public addresses mapped, automatic or Elastic IPs: they need the gateway.
     */
    public void detach(String gatewayId, String vpcId) {
        InternetGateway gateway = net.internetGateways().require(gatewayId);
        Vpc vpc = net.vpcs().require(vpcId);
        if (!vpc.vpcId().equals(gateway.attachedVpcId())) {
            throw Ec2Error.client("Gateway.NotAttached", "resource " + gateway.internetGatewayId()
                    + " is not attached to network " + vpc.vpcId());
        }
        if (region.networkInterfaces().publicIps().anyMappedIn(vpc.vpcId())) {
            throw Ec2Error.client("DependencyViolation", "Network " + vpc.vpcId() + " has some mapped public "
                    + "address(es). Please unmap those public address(es) before detaching the gateway.");
        }
        net.internetGateways().put(new InternetGateway(gateway.internetGatewayId(), null, gateway.ownerId()));
        RouteTargets.refresh(region, gateway.internetGatewayId());
    }

    public void delete(String gatewayId) {
        InternetGateway gateway = net.internetGateways().require(gatewayId);
        if (gateway.attachedVpcId() != null) {
            throw Ec2Error.client("DependencyViolation", "The internetGateway '" + gateway.internetGatewayId()
                    + "' has dependencies and cannot be deleted.");
        }
        net.internetGateways().remove(gateway.internetGatewayId());
    }
}
