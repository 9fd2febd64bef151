package io.ec2emulator.core.vpc;

import java.util.List;

/** A route table of a VPC, its routes and its associations. */
public record RouteTable(String routeTableId, String vpcId, List<Route> routes,
                         List<RouteTableAssociation> associations, String ownerId) {

    public RouteTable {
        routes = List.copyOf(routes);
        associations = List.copyOf(associations);
    }

    public boolean isMain() {
        return associations.stream().anyMatch(RouteTableAssociation::main);
    }

    public RouteTable withRoutes(List<Route> newRoutes) {
        return new RouteTable(routeTableId, vpcId, newRoutes, associations, ownerId);
    }

    public RouteTable withAssociations(List<RouteTableAssociation> newAssociations) {
        return new RouteTable(routeTableId, vpcId, routes, newAssociations, ownerId);
    }
}
