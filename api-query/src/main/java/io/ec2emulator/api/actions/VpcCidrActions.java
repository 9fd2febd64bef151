package io.ec2emulator.api.actions;

import io.ec2emulator.api.dispatch.ActionContext;
import io.ec2emulator.api.dispatch.ActionGroup;
import io.ec2emulator.api.dispatch.ActionRegistry;
import io.ec2emulator.core.Ec2Error;
import io.ec2emulator.core.vpc.SubnetCidrBlocks;
import io.ec2emulator.core.vpc.VpcCidrBlock;
import io.ec2emulator.core.vpc.VpcCidrBlocks;
import software.amazon.awssdk.services.ec2.model.AssociateSubnetCidrBlockRequest;
import software.amazon.awssdk.services.ec2.model.AssociateSubnetCidrBlockResponse;
import software.amazon.awssdk.services.ec2.model.AssociateVpcCidrBlockRequest;
import software.amazon.awssdk.services.ec2.model.AssociateVpcCidrBlockResponse;
import software.amazon.awssdk.services.ec2.model.DisassociateSubnetCidrBlockRequest;
import software.amazon.awssdk.services.ec2.model.DisassociateSubnetCidrBlockResponse;
import software.amazon.awssdk.services.ec2.model.DisassociateVpcCidrBlockRequest;
import software.amazon.awssdk.services.ec2.model.DisassociateVpcCidrBlockResponse;
import software.amazon.awssdk.services.ec2.model.VpcIpv6CidrBlockAssociation;
import software.amazon.awssdk.services.ec2.model.SubnetCidrBlockState;
import software.amazon.awssdk.services.ec2.model.SubnetIpv6CidrBlockAssociation;
import software.amazon.awssdk.services.ec2.model.VpcCidrBlockAssociation;
import software.amazon.awssdk.services.ec2.model.VpcCidrBlockState;

/**
 * AssociateVpcCidrBlock and DisassociateVpcCidrBlock (secondary IPv4 blocks and an Amazon-provided IPv6
 * /56), AssociateSubnetCidrBlock and DisassociateSubnetCidrBlock (a subnet's IPv6 /64).
 */
public final class VpcCidrActions implements ActionGroup {

    @Override
    public void registerWith(ActionRegistry registry) {
        registry.register("AssociateVpcCidrBlock", AssociateVpcCidrBlockRequest.class, this::associate, "VpcId")
                .register("DisassociateVpcCidrBlock", DisassociateVpcCidrBlockRequest.class, this::disassociate,
                        "AssociationId")
                .register("AssociateSubnetCidrBlock", AssociateSubnetCidrBlockRequest.class, this::associateSubnet,
                        "SubnetId")
                .register("DisassociateSubnetCidrBlock", DisassociateSubnetCidrBlockRequest.class,
                        this::disassociateSubnet, "AssociationId");
    }

    private AssociateVpcCidrBlockResponse associate(ActionContext ctx, AssociateVpcCidrBlockRequest r) {
        String action = "AssociateVpcCidrBlock";
        NotImplementedYet.reject(action, "Ipv6CidrBlockNetworkBorderGroup", r.ipv6CidrBlockNetworkBorderGroup());
        NotImplementedYet.reject(action, "Ipv6Pool", r.ipv6Pool());
        NotImplementedYet.reject(action, "Ipv6CidrBlock", r.ipv6CidrBlock());
        NotImplementedYet.reject(action, "Ipv4IpamPoolId", r.ipv4IpamPoolId());
        NotImplementedYet.reject(action, "Ipv4NetmaskLength", r.ipv4NetmaskLength());
        NotImplementedYet.reject(action, "Ipv6IpamPoolId", r.ipv6IpamPoolId());
        NotImplementedYet.reject(action, "Ipv6NetmaskLength", r.ipv6NetmaskLength());
        boolean ipv6 = Boolean.TRUE.equals(r.amazonProvidedIpv6CidrBlock());
        boolean ipv4 = r.cidrBlock() != null && !r.cidrBlock().isEmpty();
        if (ipv4 && ipv6) {
            throw Ec2Error.invalidParameterCombination(
                    "The parameter cidrBlock cannot be used with the parameter amazonProvidedIpv6CidrBlock");
        }
        if (!ipv4 && !ipv6) {
            throw Ec2Error.missingParameter("cidrBlock or amazonProvidedIpv6CidrBlock");
        }
        VpcCidrBlocks blocks = new VpcCidrBlocks(ctx.state());
        VpcCidrBlocks.Change change = ipv6 ? blocks.associateAmazonIpv6(r.vpcId()) : blocks.associateIpv4(r.vpcId(),
                r.cidrBlock());
        return respond(AssociateVpcCidrBlockResponse.builder(), change, "associating", ctx.state().region()).build();
    }

    private DisassociateVpcCidrBlockResponse disassociate(ActionContext ctx, DisassociateVpcCidrBlockRequest r) {
        VpcCidrBlocks.Change change = new VpcCidrBlocks(ctx.state()).disassociate(r.associationId());
        DisassociateVpcCidrBlockResponse.Builder response = DisassociateVpcCidrBlockResponse.builder()
                .vpcId(change.vpcId());
        if (change.ipv6()) {
            response.ipv6CidrBlockAssociation(ipv6Association(change.block(), "disassociating",
                    ctx.state().region()));
        } else {
            response.cidrBlockAssociation(ipv4Association(change.block(), "disassociating"));
        }
        return response.build();
    }

    private AssociateSubnetCidrBlockResponse associateSubnet(ActionContext ctx, AssociateSubnetCidrBlockRequest r) {
        NotImplementedYet.reject("AssociateSubnetCidrBlock", "Ipv6IpamPoolId", r.ipv6IpamPoolId());
        NotImplementedYet.reject("AssociateSubnetCidrBlock", "Ipv6NetmaskLength", r.ipv6NetmaskLength());
        SubnetCidrBlocks.Change change = new SubnetCidrBlocks(ctx.state()).associate(r.subnetId(), r.ipv6CidrBlock());
        return AssociateSubnetCidrBlockResponse.builder().subnetId(change.subnetId())
                .ipv6CidrBlockAssociation(subnetIpv6Association(change.block(), "associating")).build();
    }

    private DisassociateSubnetCidrBlockResponse disassociateSubnet(ActionContext ctx,
                                                                   DisassociateSubnetCidrBlockRequest r) {
        SubnetCidrBlocks.Change change = new SubnetCidrBlocks(ctx.state()).disassociate(r.associationId());
        return DisassociateSubnetCidrBlockResponse.builder().subnetId(change.subnetId())
                .ipv6CidrBlockAssociation(subnetIpv6Association(change.block(), "disassociating")).build();
    }

    static SubnetIpv6CidrBlockAssociation subnetIpv6Association(VpcCidrBlock block, String state) {
        return SubnetIpv6CidrBlockAssociation.builder()
                .associationId(block.associationId())
                .ipv6CidrBlock(block.cidrBlock())
                .ipv6CidrBlockState(SubnetCidrBlockState.builder().state(state).build())
                .build();
    }

    private static AssociateVpcCidrBlockResponse.Builder respond(AssociateVpcCidrBlockResponse.Builder response,
                                                                 VpcCidrBlocks.Change change, String state,
                                                                 String region) {
        response.vpcId(change.vpcId());
        return change.ipv6() ? response.ipv6CidrBlockAssociation(ipv6Association(change.block(), state, region))
                : response.cidrBlockAssociation(ipv4Association(change.block(), state));
    }

    static VpcCidrBlockAssociation ipv4Association(VpcCidrBlock block, String state) {
        return VpcCidrBlockAssociation.builder()
                .associationId(block.associationId())
                .cidrBlock(block.cidrBlock())
                .cidrBlockState(VpcCidrBlockState.builder().state(state).build())
                .build();
    }

    static VpcIpv6CidrBlockAssociation ipv6Association(VpcCidrBlock block, String state, String region) {
        return VpcIpv6CidrBlockAssociation.builder()
                .associationId(block.associationId())
                .ipv6CidrBlock(block.cidrBlock())
                .ipv6CidrBlockState(VpcCidrBlockState.builder()
                        .state(state).build())
                .networkBorderGroup(region)
                .ipv6Pool("Amazon")
                .build();
    }
}
