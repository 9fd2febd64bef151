package io.ec2emulator.api.actions;

import io.ec2emulator.api.dispatch.ActionContext;
import io.ec2emulator.api.dispatch.ActionGroup;
import io.ec2emulator.api.dispatch.ActionRegistry;
import io.ec2emulator.core.filter.Page;
import io.ec2emulator.core.natgateways.NatGateway;
import io.ec2emulator.core.state.RegionState;
import java.util.List;
import software.amazon.awssdk.services.ec2.model.CreateNatGatewayRequest;
import software.amazon.awssdk.services.ec2.model.CreateNatGatewayResponse;
import software.amazon.awssdk.services.ec2.model.DeleteNatGatewayRequest;
import software.amazon.awssdk.services.ec2.model.DeleteNatGatewayResponse;
import software.amazon.awssdk.services.ec2.model.DescribeNatGatewaysRequest;
import software.amazon.awssdk.services.ec2.model.DescribeNatGatewaysResponse;
import software.amazon.awssdk.services.ec2.model.NatGatewayAddress;

/** CreateNatGateway, DeleteNatGateway, DescribeNatGateways. */
public final class NatGatewayActions implements ActionGroup {

    @Override
    public void registerWith(ActionRegistry registry) {
        registry.register("CreateNatGateway", CreateNatGatewayRequest.class, this::create, "SubnetId")
                .register("DeleteNatGateway", DeleteNatGatewayRequest.class, (ctx, r) -> DeleteNatGatewayResponse.builder()
                        .natGatewayId(ctx.state().natGateways().delete(r.natGatewayId()).natGatewayId()).build(),
                        "NatGatewayId")
                .register("DescribeNatGateways", DescribeNatGatewaysRequest.class, this::describe);
    }

    private CreateNatGatewayResponse create(ActionContext ctx, CreateNatGatewayRequest r) {
        String action = "CreateNatGateway";
        NotImplementedYet.reject(action, "SecondaryAllocationId", r.secondaryAllocationIds());
        NotImplementedYet.reject(action, "SecondaryPrivateIpAddress", r.secondaryPrivateIpAddresses());
        NotImplementedYet.reject(action, "SecondaryPrivateIpAddressCount", r.secondaryPrivateIpAddressCount());
        NotImplementedYet.reject(action, "AvailabilityMode", r.availabilityModeAsString());
        NotImplementedYet.reject(action, "VpcId", r.vpcId());
        NotImplementedYet.reject(action, "AvailabilityZoneAddress", r.availabilityZoneAddresses());
        RegionState state = ctx.state();
        NatGateway gateway = state.natGateways().create(r.subnetId(), r.allocationId(), r.connectivityTypeAsString(),
                r.privateIpAddress(), Wire.tagSpecifications(r.tagSpecifications()), r.clientToken());
        return CreateNatGatewayResponse.builder().natGateway(sdk(state, gateway)).clientToken(r.clientToken()).build();
    }

    private DescribeNatGatewaysResponse describe(ActionContext ctx, DescribeNatGatewaysRequest r) {
        RegionState state = ctx.state();
        Page<NatGateway> page = state.natGateways().describe(r.natGatewayIds(), Wire.filters(r.filter()),
                r.maxResults(), r.nextToken());
        return DescribeNatGatewaysResponse.builder()
                .natGateways(page.items().stream().map(g -> sdk(state, g)).toList())
                .nextToken(page.nextToken())
                .build();
    }

    static software.amazon.awssdk.services.ec2.model.NatGateway sdk(RegionState state, NatGateway g) {
        NatGatewayAddress address = NatGatewayAddress.builder()
                .networkInterfaceId(g.networkInterfaceId())
                .privateIp(g.privateIp())
                .allocationId(g.allocationId())
                .publicIp(g.publicIp())
                .associationId(g.associationId())
                .isPrimary(true)
                .status(addressStatus(g.state()))
                .build();
        return software.amazon.awssdk.services.ec2.model.NatGateway.builder()
                .natGatewayId(g.natGatewayId())
                .subnetId(g.subnetId())
                .vpcId(g.vpcId())
                .connectivityType(g.connectivityType())
                .state(g.state())
                .createTime(g.createTime())
                .deleteTime(g.deleteTime())
                .failureCode(g.failureCode())
                .failureMessage(g.failureMessage())
                .natGatewayAddresses(List.of(address))
                .tags(Wire.sdkTags(state.tags().tagsOf(g.natGatewayId())))
                .build();
    }

    private static String addressStatus(String state) {
        return switch (state) {
            case NatGateway.PENDING -> "associating";
            case NatGateway.AVAILABLE -> "succeeded";
            case NatGateway.DELETING -> "disassociating";
            default -> "failed".equals(state) ? "failed" : "succeeded";
        };
    }
}
