package io.ec2emulator.core.vpc;

import io.ec2emulator.core.Ec2Error;
import io.ec2emulator.core.network.Ipv4;
import io.ec2emulator.core.state.RegionState;
import io.ec2emulator.core.tags.TagSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * CreateRouteTable, DeleteRouteTable, the association calls (Associate, Disassociate, Replace) and
 * the route calls (CreateRoute, ReplaceRoute, DeleteRoute). Every table holds one local route per
 * block of its VPC; a subnet has at most one explicit association and otherwise follows the VPC's
 * main table.
 */
public final class RouteTables {

    static final String RESOURCE_TYPE = "route-table";
    /** EC2's default quota of route tables per VPC, the main table included. */
    static final int MAX_TABLES_PER_VPC = 200;
    /** EC2's default quota of routes per table that are not propagated. */
    static final int MAX_ROUTES = 50;

    private final RegionState region;
    private final Networking net;

    public RouteTables(RegionState region) {
        this.region = region;
        this.net = region.networking();
    }

    /** The local routes of a VPC: one per IPv4 block, then one per IPv6 block. */
    public static List<Route> localRoutes(Vpc vpc) {
        List<Route> routes = new ArrayList<>();
        vpc.ipv4CidrBlocks().forEach(b -> routes.add(Route.localIpv4(b.cidrBlock())));
        vpc.ipv6CidrBlocks().forEach(b -> routes.add(Route.localIpv6(b.cidrBlock())));
        return routes;
    }

    /** CreateRouteTable; the same {@code clientToken} returns the same table. */
    public RouteTable create(String vpcId, List<TagSpecification> tags, String clientToken) {
        Vpc vpc = net.vpcs().require(vpcId);
        return net.creationTokens().once("CreateRouteTable", clientToken, vpc.vpcId(), net.routeTables(),
                () -> create(vpc, tags));
    }

    private RouteTable create(Vpc vpc, List<TagSpecification> tags) {
        region.tagging().matching(tags, Set.of(RESOURCE_TYPE));
        if (net.routeTables().all().stream().filter(t -> t.vpcId().equals(vpc.vpcId())).count()
                >= MAX_TABLES_PER_VPC) {
            throw Ec2Error.client("RouteTableLimitExceeded",
                    "The maximum number of route tables has been reached.");
        }
        RouteTable table = new RouteTable(net.routeTables().newId(), vpc.vpcId(), localRoutes(vpc), List.of(),
                region.accountId());
        net.routeTables().put(table);
        region.tagging().applySpecifications(tags, table.routeTableId(), RESOURCE_TYPE);
        return table;
    }

    /** DeleteRouteTable: refused for the main table and while subnets are associated with it. */
    public void delete(String routeTableId) {
        RouteTable table = net.routeTables().require(routeTableId);
        if (!table.associations().isEmpty()) {
            throw Ec2Error.client("DependencyViolation", "The routeTable '" + table.routeTableId()
                    + "' has dependencies and cannot be deleted.");
        }
        net.routeTables().remove(table.routeTableId());
    }

    /** AssociateRouteTable: a subnet of the table's VPC without an explicit association; returns its id. */
    public String associate(String routeTableId, String subnetId) {
        RouteTable table = net.routeTables().require(routeTableId);
        Subnet subnet = net.subnets().require(subnetId);
        if (!table.vpcId().equals(subnet.vpcId())) {
            throw Ec2Error.invalidParameterValue("route table " + table.routeTableId() + " and subnet "
                    + subnet.subnetId() + " belong to different networks");
        }
        boolean associated = net.routeTables().all().stream().flatMap(t -> t.associations().stream())
                .anyMatch(a -> subnet.subnetId().equals(a.subnetId()));
        if (associated) {
            throw Ec2Error.client("Resource.AlreadyAssociated", "the specified association for route table "
                    + table.routeTableId() + " conflicts with an existing association");
        }
        RouteTableAssociation association = new RouteTableAssociation(region.ids().next("rtbassoc"),
                subnet.subnetId(), false);
        List<RouteTableAssociation> associations = new ArrayList<>(table.associations());
        associations.add(association);
        net.routeTables().put(table.withAssociations(associations));
        return association.associationId();
    }

    /** DisassociateRouteTable: the subnet returns to the main table; the main association cannot go. */
    public void disassociate(String associationId) {
        RouteTable table = tableOfAssociation(associationId);
        RouteTableAssociation association = association(table, associationId);
        if (association.main()) {
            throw Ec2Error.invalidParameterValue("Cannot disassociate the main route table association "
                    + associationId);
        }
        net.routeTables().put(table.withAssociations(table.associations().stream()
                .filter(a -> !a.associationId().equals(associationId)).toList()));
    }

    /**
     * ReplaceRouteTableAssociation: moves a subnet's association, or the VPC's main association (the
     * main flag), to another table of the same VPC. Returns the new association id.
     */
    public String replaceAssociation(String associationId, String routeTableId) {
        RouteTable from = tableOfAssociation(associationId);
        RouteTableAssociation old = association(from, associationId);
        RouteTable to = net.routeTables().require(routeTableId);
        if (!to.vpcId().equals(from.vpcId())) {
            throw Ec2Error.invalidParameterValue("Route table association " + associationId + " and route table "
                    + to.routeTableId() + " belong to different networks");
        }
        RouteTableAssociation moved = new RouteTableAssociation(region.ids().next("rtbassoc"), old.subnetId(),
                old.main());
        net.routeTables().put(from.withAssociations(from.associations().stream()
                .filter(a -> !a.associationId().equals(associationId)).toList()));
        RouteTable target = net.routeTables().require(to.routeTableId());
        List<RouteTableAssociation> associations = new ArrayList<>(target.associations());
        associations.add(moved);
        net.routeTables().put(target.withAssociations(associations));
        return moved.associationId();
    }

    /** CreateRoute: a new destination in the table with one target. */
    public Route createRoute(String routeTableId, String destinationCidrBlock, String destinationIpv6CidrBlock,
                             RouteTarget target) {
        RouteTable table = net.routeTables().require(routeTableId);
        Destination destination = destination(destinationCidrBlock, destinationIpv6CidrBlock);
        Route existing = find(table, destination);
        if (existing != null) {
            throw Ec2Error.client("RouteAlreadyExists", "The route identified by " + destination.text()
                    + " already exists.");
        }
        refuseMoreSpecificThanLocal(table, destination, target);
        if (table.routes().stream().filter(r -> !r.isLocal()).count() >= MAX_ROUTES) {
            throw Ec2Error.client("RouteLimitExceeded", "The maximum number of routes has been reached.");
        }
        Route route = RouteTargets.resolve(region, table, destination.ipv4(), destination.ipv6(), target);
        List<Route> routes = new ArrayList<>(table.routes());
        routes.add(route);
        net.routeTables().put(table.withRoutes(routes));
        return route;
    }

    /** ReplaceRoute: another target for an existing destination; the local routes cannot change. */
    public Route replaceRoute(String routeTableId, String destinationCidrBlock, String destinationIpv6CidrBlock,
                              RouteTarget target) {
        RouteTable table = net.routeTables().require(routeTableId);
        Destination destination = destination(destinationCidrBlock, destinationIpv6CidrBlock);
        Route existing = find(table, destination);
        if (existing == null) {
            throw Ec2Error.invalidParameterValue("There is no route defined for '" + destination.text()
                    + "' in the route table. Use CreateRoute instead.");
        }
        if (existing.isLocal()) {
            throw Ec2Error.invalidParameterValue("cannot replace local route " + destination.text()
                    + " in route table " + table.routeTableId());
        }
        Route replacement = existing.withTargetOf(
                RouteTargets.resolve(region, table, destination.ipv4(), destination.ipv6(), target));
        net.routeTables().put(table.withRoutes(table.routes().stream()
                .map(r -> r == existing ? replacement : r).toList()));
        return replacement;
    }

    /** DeleteRoute: any route but a local one. */
    public void deleteRoute(String routeTableId, String destinationCidrBlock, String destinationIpv6CidrBlock) {
        RouteTable table = net.routeTables().require(routeTableId);
        Destination destination = destination(destinationCidrBlock, destinationIpv6CidrBlock);
        Route existing = find(table, destination);
        if (existing == null) {
            throw Ec2Error.client("InvalidRoute.NotFound", "no route with destination-"
                    + (destination.ipv4() != null ? "cidr-block " : "ipv6-cidr-block ") + destination.text()
                    + " in route table " + table.routeTableId());
        }
        if (existing.isLocal()) {
            throw Ec2Error.invalidParameterValue("cannot remove local route " + destination.text()
                    + " in route table " + table.routeTableId());
        }
        net.routeTables().put(table.withRoutes(table.routes().stream().filter(r -> r != existing).toList()));
    }

    /** Adds or removes the local route of a VPC block in every table of the VPC. */
    void addLocalRoute(String vpcId, Route local) {
        for (RouteTable table : List.copyOf(net.routeTables().all())) {
            if (table.vpcId().equals(vpcId)) {
                List<Route> routes = new ArrayList<>(table.routes());
                int at = (int) routes.stream().filter(Route::isLocal).count();
                routes.add(at, local);
                net.routeTables().put(table.withRoutes(routes));
            }
        }
    }

    void removeLocalRoute(String vpcId, String destination) {
        for (RouteTable table : List.copyOf(net.routeTables().all())) {
            if (table.vpcId().equals(vpcId)) {
                net.routeTables().put(table.withRoutes(table.routes().stream()
                        .filter(r -> !(r.isLocal() && destination.equals(r.destination()))).toList()));
            }
        }
    }

    /** A request's destination: exactly one of an IPv4 and an IPv6 block, in canonical form. */
    private record Destination(String ipv4, String ipv6) {
        String text() {
            return ipv4 != null ? ipv4 : ipv6;
        }
    }

    private static Destination destination(String ipv4, String ipv6) {
        boolean v4 = ipv4 != null && !ipv4.isEmpty();
        boolean v6 = ipv6 != null && !ipv6.isEmpty();
        if (v4 && v6) {
            throw Ec2Error.invalidParameterCombination(
                    "The parameter destinationCidrBlock cannot be used with the parameter destinationIpv6CidrBlock");
        }
        if (!v4 && !v6) {
            throw Ec2Error.missingParameter("destinationCidrBlock or destinationIpv6CidrBlock");
        }
        return v4 ? new Destination(Cidrs.ipv4(ipv4, "destinationCidrBlock").toString(), null)
                : new Destination(null, Ipv6Block.parse(ipv6, "destinationIpv6CidrBlock").toString());
    }

    private static Route find(RouteTable table, Destination destination) {
        return table.routes().stream()
                .filter(r -> Objects.equals(r.destinationCidrBlock(), destination.ipv4())
                        && Objects.equals(r.destinationIpv6CidrBlock(), destination.ipv6()))
                .findFirst().orElse(null);
    }

    /**
     * Routes more specific than a local route may only point at an instance (a middlebox); a
     * gateway cannot take traffic inside the VPC.
     */
    private void refuseMoreSpecificThanLocal(RouteTable table, Destination destination, RouteTarget target) {
        if (destination.ipv4() == null || target.instanceId() != null) {
            return;
        }
        Ipv4.Block block = Ipv4.Block.parse(destination.ipv4());
        for (Route local : table.routes()) {
            if (local.isLocal() && local.destinationCidrBlock() != null
                    && Cidrs.contains(Ipv4.Block.parse(local.destinationCidrBlock()), block)) {
                throw Ec2Error.invalidParameterValue("Cannot create a more specific route for " + destination.ipv4()
                        + " than local route " + local.destinationCidrBlock() + " in route table "
                        + table.routeTableId());
            }
        }
    }

    private RouteTable tableOfAssociation(String associationId) {
        return net.routeTables().all().stream()
                .filter(t -> t.associations().stream().anyMatch(a -> a.associationId().equals(associationId)))
                .findFirst()
                .orElseThrow(() -> Ec2Error.client("InvalidAssociationID.NotFound", "The association ID '"
                        + Ec2Error.shorten(associationId) + "' does not exist"));
    }

    private static RouteTableAssociation association(RouteTable table, String associationId) {
        return table.associations().stream().filter(a -> a.associationId().equals(associationId)).findFirst()
                .orElseThrow();
    }
}
