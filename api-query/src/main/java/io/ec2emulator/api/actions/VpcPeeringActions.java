package io.ec2emulator.api.actions;

import io.ec2emulator.api.dispatch.ActionContext;
import io.ec2emulator.api.dispatch.ActionGroup;
import io.ec2emulator.api.dispatch.ActionRegistry;
import io.ec2emulator.core.filter.Page;
import io.ec2emulator.core.peering.VpcPeeringConnection;
import io.ec2emulator.core.state.RegionState;
import java.util.List;
import software.amazon.awssdk.services.ec2.model.AcceptVpcPeeringConnectionRequest;
import software.amazon.awssdk.services.ec2.model.AcceptVpcPeeringConnectionResponse;
import software.amazon.awssdk.services.ec2.model.CidrBlock;
import software.amazon.awssdk.services.ec2.model.CreateVpcPeeringConnectionRequest;
import software.amazon.awssdk.services.ec2.model.CreateVpcPeeringConnectionResponse;
import software.amazon.awssdk.services.ec2.model.DeleteVpcPeeringConnectionRequest;
import software.amazon.awssdk.services.ec2.model.DeleteVpcPeeringConnectionResponse;
import software.amazon.awssdk.services.ec2.model.DescribeVpcPeeringConnectionsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeVpcPeeringConnectionsResponse;
import software.amazon.awssdk.services.ec2.model.RejectVpcPeeringConnectionRequest;
import software.amazon.awssdk.services.ec2.model.RejectVpcPeeringConnectionResponse;
import software.amazon.awssdk.services.ec2.model.VpcPeeringConnectionOptionsDescription;
import software.amazon.awssdk.services.ec2.model.VpcPeeringConnectionStateReason;
import software.amazon.awssdk.services.ec2.model.VpcPeeringConnectionVpcInfo;

/**
 * CreateVpcPeeringConnection, AcceptVpcPeeringConnection, RejectVpcPeeringConnection,
 * DeleteVpcPeeringConnection and DescribeVpcPeeringConnections.
 */
public final class VpcPeeringActions implements ActionGroup {

    @Override
    public void registerWith(ActionRegistry registry) {
        registry.register("CreateVpcPeeringConnection", CreateVpcPeeringConnectionRequest.class, this::create,
                        "VpcId")
                .register("AcceptVpcPeeringConnection", AcceptVpcPeeringConnectionRequest.class, (ctx, r) ->
                        AcceptVpcPeeringConnectionResponse.builder().vpcPeeringConnection(sdk(ctx.state(),
                                ctx.state().peering().accept(r.vpcPeeringConnectionId()))).build(),
                        "VpcPeeringConnectionId")
                .register("RejectVpcPeeringConnection", RejectVpcPeeringConnectionRequest.class, (ctx, r) -> {
                    ctx.state().peering().reject(r.vpcPeeringConnectionId());
                    return RejectVpcPeeringConnectionResponse.builder().returnValue(true).build();
                }, "VpcPeeringConnectionId")
                .register("DeleteVpcPeeringConnection", DeleteVpcPeeringConnectionRequest.class, (ctx, r) -> {
                    ctx.state().peering().delete(r.vpcPeeringConnectionId());
                    return DeleteVpcPeeringConnectionResponse.builder().returnValue(true).build();
                }, "VpcPeeringConnectionId")
                .register("DescribeVpcPeeringConnections", DescribeVpcPeeringConnectionsRequest.class,
                        this::describe);
    }

    private CreateVpcPeeringConnectionResponse create(ActionContext ctx, CreateVpcPeeringConnectionRequest r) {
        RegionState state = ctx.state();
        VpcPeeringConnection connection = state.peering().create(r.vpcId(), r.peerVpcId(), r.peerOwnerId(),
                r.peerRegion(), Wire.tagSpecifications(r.tagSpecifications()));
        return CreateVpcPeeringConnectionResponse.builder().vpcPeeringConnection(sdk(state, connection)).build();
    }

    private DescribeVpcPeeringConnectionsResponse describe(ActionContext ctx, DescribeVpcPeeringConnectionsRequest r) {
        RegionState state = ctx.state();
        Page<VpcPeeringConnection> page = state.peering().describe(r.vpcPeeringConnectionIds(),
                Wire.filters(r.filters()), r.maxResults(), r.nextToken());
        return DescribeVpcPeeringConnectionsResponse.builder()
                .vpcPeeringConnections(page.items().stream().map(c -> sdk(state, c)).toList())
                .nextToken(page.nextToken())
                .build();
    }

    static software.amazon.awssdk.services.ec2.model.VpcPeeringConnection sdk(RegionState state,
                                                                             VpcPeeringConnection c) {
        return software.amazon.awssdk.services.ec2.model.VpcPeeringConnection.builder()
                .vpcPeeringConnectionId(c.vpcPeeringConnectionId())
                .requesterVpcInfo(vpcInfo(c, c.requesterVpcId(), c.requesterCidrBlocks()))
                .accepterVpcInfo(vpcInfo(c, c.accepterVpcId(), c.accepterCidrBlocks()))
                .status(VpcPeeringConnectionStateReason.builder().code(c.status()).message(c.statusMessage()).build())
                .expirationTime(c.expirationTime())
                .tags(Wire.sdkTags(state.tags().tagsOf(c.vpcPeeringConnectionId())))
                .build();
    }

    private static VpcPeeringConnectionVpcInfo vpcInfo(VpcPeeringConnection c, String vpcId, List<String> blocks) {
        VpcPeeringConnectionVpcInfo.Builder info = VpcPeeringConnectionVpcInfo.builder()
                .vpcId(vpcId)
                .ownerId(c.ownerId())
                .region(c.region());
        if (!blocks.isEmpty()) {
            info.cidrBlock(blocks.get(0))
                    .cidrBlockSet(blocks.stream().map(b -> CidrBlock.builder().cidrBlock(b).build()).toList())
                    .peeringOptions(VpcPeeringConnectionOptionsDescription.builder()
                            .allowDnsResolutionFromRemoteVpc(false)
                            .allowEgressFromLocalClassicLinkToRemoteVpc(false)
                            .allowEgressFromLocalVpcToRemoteClassicLink(false)
                            .build());
        }
        return info.build();
    }
}
