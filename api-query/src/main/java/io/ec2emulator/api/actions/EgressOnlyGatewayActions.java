package io.ec2emulator.api.actions;

import io.ec2emulator.api.dispatch.ActionContext;
import io.ec2emulator.api.dispatch.ActionGroup;
import io.ec2emulator.api.dispatch.ActionRegistry;
import io.ec2emulator.core.filter.Page;
import io.ec2emulator.core.state.RegionState;
import io.ec2emulator.core.vpc.EgressOnlyInternetGateway;
import io.ec2emulator.core.vpc.EgressOnlyInternetGateways;
import java.util.List;
import software.amazon.awssdk.services.ec2.model.CreateEgressOnlyInternetGatewayRequest;
import software.amazon.awssdk.services.ec2.model.CreateEgressOnlyInternetGatewayResponse;
import software.amazon.awssdk.services.ec2.model.DeleteEgressOnlyInternetGatewayRequest;
import software.amazon.awssdk.services.ec2.model.DeleteEgressOnlyInternetGatewayResponse;
import software.amazon.awssdk.services.ec2.model.DescribeEgressOnlyInternetGatewaysRequest;
import software.amazon.awssdk.services.ec2.model.DescribeEgressOnlyInternetGatewaysResponse;
import software.amazon.awssdk.services.ec2.model.InternetGatewayAttachment;

/** CreateEgressOnlyInternetGateway, DeleteEgressOnlyInternetGateway and DescribeEgressOnlyInternetGateways. */
public final class EgressOnlyGatewayActions implements ActionGroup {

    @Override
    public void registerWith(ActionRegistry registry) {
        registry.register("CreateEgressOnlyInternetGateway", CreateEgressOnlyInternetGatewayRequest.class,
                        this::create, "VpcId")
                .register("DeleteEgressOnlyInternetGateway", DeleteEgressOnlyInternetGatewayRequest.class,
                        this::delete, "EgressOnlyInternetGatewayId")
                .register("DescribeEgressOnlyInternetGateways", DescribeEgressOnlyInternetGatewaysRequest.class,
                        this::describe);
    }

    private CreateEgressOnlyInternetGatewayResponse create(ActionContext ctx,
                                                           CreateEgressOnlyInternetGatewayRequest request) {
        RegionState state = ctx.state();
        EgressOnlyInternetGateway gateway = new EgressOnlyInternetGateways(state).create(request.vpcId(),
                Wire.tagSpecifications(request.tagSpecifications()), request.clientToken());
        return CreateEgressOnlyInternetGatewayResponse.builder()
                .egressOnlyInternetGateway(sdkGateway(state, gateway)).clientToken(request.clientToken()).build();
    }

    private DeleteEgressOnlyInternetGatewayResponse delete(ActionContext ctx,
                                                           DeleteEgressOnlyInternetGatewayRequest request) {
        new EgressOnlyInternetGateways(ctx.state()).delete(request.egressOnlyInternetGatewayId());
        return DeleteEgressOnlyInternetGatewayResponse.builder().returnCode(true).build();
    }

    private DescribeEgressOnlyInternetGatewaysResponse describe(ActionContext ctx,
                                                                DescribeEgressOnlyInternetGatewaysRequest request) {
        RegionState state = ctx.state();
        Page<EgressOnlyInternetGateway> page = state.networking().egressOnlyInternetGateways().describe(
                request.egressOnlyInternetGatewayIds(), Wire.filters(request.filters()), request.maxResults(),
                request.nextToken());
        return DescribeEgressOnlyInternetGatewaysResponse.builder()
                .egressOnlyInternetGateways(page.items().stream().map(g -> sdkGateway(state, g)).toList())
                .nextToken(page.nextToken())
                .build();
    }

    private static software.amazon.awssdk.services.ec2.model.EgressOnlyInternetGateway sdkGateway(
            RegionState state, EgressOnlyInternetGateway g) {
        return software.amazon.awssdk.services.ec2.model.EgressOnlyInternetGateway.builder()
                .egressOnlyInternetGatewayId(g.egressOnlyInternetGatewayId())
                .attachments(List.of(InternetGatewayAttachment.builder().vpcId(g.vpcId()).state("attached").build()))
                .tags(Wire.sdkTags(state.tags().tagsOf(g.egressOnlyInternetGatewayId())))
                .build();
    }
}
