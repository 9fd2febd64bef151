package io.ec2emulator.api.actions;

import io.ec2emulator.api.dispatch.ActionContext;
import io.ec2emulator.api.dispatch.ActionGroup;
import io.ec2emulator.api.dispatch.ActionRegistry;
import io.ec2emulator.core.Ec2Error;
import io.ec2emulator.core.state.RegionState;
import io.ec2emulator.core.vpc.Route;
import io.ec2emulator.core.vpc.RouteTable;
import io.ec2emulator.core.vpc.RouteTableAssociation;
import io.ec2emulator.core.vpc.RouteTables;
import io.ec2emulator.core.vpc.RouteTarget;
import java.util.List;
import software.amazon.awssdk.services.ec2.model.AssociateRouteTableRequest;
import software.amazon.awssdk.services.ec2.model.AssociateRouteTableResponse;
import software.amazon.awssdk.services.ec2.model.CreateRouteRequest;
import software.amazon.awssdk.services.ec2.model.CreateRouteResponse;
import software.amazon.awssdk.services.ec2.model.CreateRouteTableRequest;
import software.amazon.awssdk.services.ec2.model.CreateRouteTableResponse;
import software.amazon.awssdk.services.ec2.model.DeleteRouteRequest;
import software.amazon.awssdk.services.ec2.model.DeleteRouteResponse;
import software.amazon.awssdk.services.ec2.model.DeleteRouteTableRequest;
import software.amazon.awssdk.services.ec2.model.DeleteRouteTableResponse;
import software.amazon.awssdk.services.ec2.model.DisassociateRouteTableRequest;
import software.amazon.awssdk.services.ec2.model.DisassociateRouteTableResponse;
import software.amazon.awssdk.services.ec2.model.ReplaceRouteRequest;
import software.amazon.awssdk.services.ec2.model.ReplaceRouteResponse;
import software.amazon.awssdk.services.ec2.model.ReplaceRouteTableAssociationRequest;
import software.amazon.awssdk.services.ec2.model.ReplaceRouteTableAssociationResponse;
import software.amazon.awssdk.services.ec2.model.RouteTableAssociationState;

/**
 * CreateRouteTable, DeleteRouteTable, AssociateRouteTable, DisassociateRouteTable,
 * ReplaceRouteTableAssociation, CreateRoute, ReplaceRoute and DeleteRoute.
 */
public final class RouteTableActions implements ActionGroup {

    @Override
    public void registerWith(ActionRegistry registry) {
        registry.register("CreateRouteTable", CreateRouteTableRequest.class, this::createTable, "VpcId")
                .register("DeleteRouteTable", DeleteRouteTableRequest.class, this::deleteTable, "RouteTableId")
                .register("AssociateRouteTable", AssociateRouteTableRequest.class, this::associate, "RouteTableId")
                .register("DisassociateRouteTable", DisassociateRouteTableRequest.class, this::disassociate,
                        "AssociationId")
                .register("ReplaceRouteTableAssociation", ReplaceRouteTableAssociationRequest.class,
                        this::replaceAssociation, "AssociationId", "RouteTableId")
                .register("CreateRoute", CreateRouteRequest.class, this::createRoute, "RouteTableId")
                .register("ReplaceRoute", ReplaceRouteRequest.class, this::replaceRoute, "RouteTableId")
                .register("DeleteRoute", DeleteRouteRequest.class, this::deleteRoute, "RouteTableId");
    }

    private CreateRouteTableResponse createTable(ActionContext ctx, CreateRouteTableRequest request) {
        RegionState state = ctx.state();
        RouteTable table = new RouteTables(state).create(request.vpcId(),
                Wire.tagSpecifications(request.tagSpecifications()), request.clientToken());
        return CreateRouteTableResponse.builder().routeTable(sdkRouteTable(state, table))
                .clientToken(request.clientToken()).build();
    }

    private DeleteRouteTableResponse deleteTable(ActionContext ctx, DeleteRouteTableRequest request) {
        new RouteTables(ctx.state()).delete(request.routeTableId());
        return DeleteRouteTableResponse.builder().build();
    }

    private AssociateRouteTableResponse associate(ActionContext ctx, AssociateRouteTableRequest request) {
        NotImplementedYet.reject("AssociateRouteTable", "GatewayId", request.gatewayId());
        NotImplementedYet.reject("AssociateRouteTable", "PublicIpv4Pool", request.publicIpv4Pool());
        if (request.subnetId() == null) {
            throw Ec2Error.missingParameter("subnetId");
        }
        String id = new RouteTables(ctx.state()).associate(request.routeTableId(), request.subnetId());
        return AssociateRouteTableResponse.builder().associationId(id).associationState(associated()).build();
    }

    private DisassociateRouteTableResponse disassociate(ActionContext ctx, DisassociateRouteTableRequest request) {
        new RouteTables(ctx.state()).disassociate(request.associationId());
        return DisassociateRouteTableResponse.builder().build();
    }

    private ReplaceRouteTableAssociationResponse replaceAssociation(ActionContext ctx,
                                                                    ReplaceRouteTableAssociationRequest request) {
        String id = new RouteTables(ctx.state()).replaceAssociation(request.associationId(), request.routeTableId());
        return ReplaceRouteTableAssociationResponse.builder().newAssociationId(id).associationState(associated())
                .build();
    }

    private CreateRouteResponse createRoute(ActionContext ctx, CreateRouteRequest r) {
        String action = "CreateRoute";
        rejectUnsupported(action, r.destinationPrefixListId(), r.transitGatewayId(),
                r.carrierGatewayId(), r.localGatewayId(), r.coreNetworkArn(), r.vpcEndpointId(), r.odbNetworkArn());
        new RouteTables(ctx.state()).createRoute(r.routeTableId(), r.destinationCidrBlock(),
                r.destinationIpv6CidrBlock(), new RouteTarget(r.gatewayId(), r.egressOnlyInternetGatewayId(),
                        r.natGatewayId(), r.networkInterfaceId(), r.instanceId(), r.vpcPeeringConnectionId()));
        return CreateRouteResponse.builder().returnValue(true).build();
    }

    private ReplaceRouteResponse replaceRoute(ActionContext ctx, ReplaceRouteRequest r) {
        String action = "ReplaceRoute";
        NotImplementedYet.reject(action, "LocalTarget", r.localTarget());
        rejectUnsupported(action, r.destinationPrefixListId(), r.transitGatewayId(),
                r.carrierGatewayId(), r.localGatewayId(), r.coreNetworkArn(), r.vpcEndpointId(), r.odbNetworkArn());
        new RouteTables(ctx.state()).replaceRoute(r.routeTableId(), r.destinationCidrBlock(),
                r.destinationIpv6CidrBlock(), new RouteTarget(r.gatewayId(), r.egressOnlyInternetGatewayId(),
                        r.natGatewayId(), r.networkInterfaceId(), r.instanceId(), r.vpcPeeringConnectionId()));
        return ReplaceRouteResponse.builder().build();
    }

    private DeleteRouteResponse deleteRoute(ActionContext ctx, DeleteRouteRequest r) {
        NotImplementedYet.reject("DeleteRoute", "DestinationPrefixListId", r.destinationPrefixListId());
        new RouteTables(ctx.state()).deleteRoute(r.routeTableId(), r.destinationCidrBlock(),
                r.destinationIpv6CidrBlock());
        return DeleteRouteResponse.builder().build();
    }

    /** Targets whose resource families this emulator does not have. */
    private static void rejectUnsupported(String action, String prefixList, String transitGateway,
                                          String carrierGateway, String localGateway, String coreNetwork,
                                          String vpcEndpoint, String odbNetwork) {
        NotImplementedYet.reject(action, "DestinationPrefixListId", prefixList);
        NotImplementedYet.reject(action, "TransitGatewayId", transitGateway);
        NotImplementedYet.reject(action, "CarrierGatewayId", carrierGateway);
        NotImplementedYet.reject(action, "LocalGatewayId", localGateway);
        NotImplementedYet.reject(action, "CoreNetworkArn", coreNetwork);
        NotImplementedYet.reject(action, "VpcEndpointId", vpcEndpoint);
        NotImplementedYet.reject(action, "OdbNetworkArn", odbNetwork);
    }

    private static RouteTableAssociationState associated() {
        return RouteTableAssociationState.builder().state("associated").build();
    }

    static software.amazon.awssdk.services.ec2.model.RouteTable sdkRouteTable(RegionState state, RouteTable t) {
        return software.amazon.awssdk.services.ec2.model.RouteTable.builder()
                .routeTableId(t.routeTableId())
                .vpcId(t.vpcId())
                .ownerId(t.ownerId())
                .routes(t.routes().stream().map(RouteTableActions::sdkRoute).toList())
                .associations(t.associations().stream().map(a -> sdkAssociation(t, a)).toList())
                .propagatingVgws(List.of())
                .tags(Wire.sdkTags(state.tags().tagsOf(t.routeTableId())))
                .build();
    }

    static software.amazon.awssdk.services.ec2.model.Route sdkRoute(Route r) {
        return software.amazon.awssdk.services.ec2.model.Route.builder()
                .destinationCidrBlock(r.destinationCidrBlock())
                .destinationIpv6CidrBlock(r.destinationIpv6CidrBlock())
                .gatewayId(r.gatewayId())
                .egressOnlyInternetGatewayId(r.egressOnlyInternetGatewayId())
                .natGatewayId(r.natGatewayId())
                .networkInterfaceId(r.networkInterfaceId())
                .instanceId(r.instanceId())
                .instanceOwnerId(r.instanceOwnerId())
                .vpcPeeringConnectionId(r.vpcPeeringConnectionId())
                .origin(r.origin())
                .state(r.state())
                .build();
    }

    private static software.amazon.awssdk.services.ec2.model.RouteTableAssociation sdkAssociation(
            RouteTable t, RouteTableAssociation a) {
        return software.amazon.awssdk.services.ec2.model.RouteTableAssociation.builder()
                .routeTableAssociationId(a.associationId())
                .routeTableId(t.routeTableId())
                .subnetId(a.subnetId())
                .main(a.main())
                .associationState(associated())
                .build();
    }
}
