package io.ec2emulator.core.reachability;

import io.ec2emulator.core.instances.Instance;
import io.ec2emulator.core.instances.InstanceState;
import io.ec2emulator.core.network.Ipv4;
import io.ec2emulator.core.peering.VpcPeeringConnection;
import io.ec2emulator.core.securitygroups.SecurityGroup;
import io.ec2emulator.core.state.RegionState;
import io.ec2emulator.core.vpc.InternetGateway;
import io.ec2emulator.core.vpc.NetworkAcl;
import io.ec2emulator.core.vpc.Networking;
import io.ec2emulator.core.vpc.Route;
import io.ec2emulator.core.vpc.RouteTable;
import io.ec2emulator.core.vpc.Subnet;
import java.util.List;
import java.util.Optional;

/**
 * Answers "can a TCP connection from the internet, or from another instance, reach this instance on
 * this port, and if not, what stops it?", evaluating what AWS evaluates in the order a packet meets
 * it: the instance's state, its public address, the subnet's route back to the internet gateway
 * (between instances: the local route, or between two VPCs the routes both ways through their active
 * peering connection),
 * the network ACLs of both directions (stateless, so the reply to the client's ephemeral port too),
 * and the security groups (stateful: only the direction that opens the connection counts).
 *
 * <p>Call it inside a transaction of the region ({@link RegionState#transact}) so timed state
 * changes are applied and the state does not change while it is read.
 */
public final class TcpReachability {

    /**
     * The source port of the client, which the return traffic is sent to. 50000 lies inside every
     * common ephemeral range (Linux 32768–60999, Windows 49152–65535, AWS's advice 1024–65535).
     */
    public static final int CLIENT_PORT = 50000;

    private final RegionState region;
    private final Networking net;

    public TcpReachability(RegionState region) {
        this.region = region;
        this.net = region.networking();
    }

    /** A connection from {@code clientAddress} on the internet to the instance's public IPv4 address. */
    public Verdict fromInternet(String clientAddress, String instanceId, int port) {
        long client = Ipv4.parse(clientAddress);
        Instance target = region.instances().resources().require(instanceId);
        Optional<Verdict> notRunning = notRunning(target);
        if (notRunning.isPresent()) {
            return notRunning.get();
        }
        if (target.publicIpAddress() == null) {
            return Verdict.blocked(target.instanceId(), "instance " + target.instanceId()
                    + " has no public IPv4 address");
        }
        Subnet subnet = net.subnets().require(target.subnetId());
        RouteTable table = net.routeTableOf(subnet);
        Optional<Route> route = RouteLookup.routeTo(table, client);
        if (route.isEmpty() || route.get().gatewayId() == null || !route.get().gatewayId().startsWith("igw-")) {
            return Verdict.blocked(table.routeTableId(), "route table " + table.routeTableId() + " of subnet "
                    + subnet.subnetId() + " has no route to an internet gateway for " + clientAddress);
        }
        String gatewayId = route.get().gatewayId();
        boolean attached = net.internetGateways().get(gatewayId).map(InternetGateway::attachedVpcId)
                .filter(subnet.vpcId()::equals).isPresent();
        if (!attached) {
            return Verdict.blocked(gatewayId, "internet gateway " + gatewayId + " that route table "
                    + table.routeTableId() + " routes " + clientAddress + " to is not attached to "
                    + subnet.vpcId());
        }
        String tcp = "tcp/" + port;
        NetworkAcl acl = net.networkAclOf(subnet);
        Optional<Verdict> acls = deniedIn(acl, client, port, "inbound " + tcp + " from " + clientAddress)
                .or(() -> deniedOut(acl, client, CLIENT_PORT, "outbound tcp/" + CLIENT_PORT + " to " + clientAddress
                        + " (the reply to the client's ephemeral port)"));
        if (acls.isPresent()) {
            return acls.get();
        }
        List<SecurityGroup> groups = groupsOf(target);
        if (!GroupDecision.allows(groups, false, client, List.of(), port)) {
            return Verdict.blocked(groupIds(target), groupWords(target) + " no inbound rule for " + tcp + " from "
                    + clientAddress);
        }
        return Verdict.open();
    }

    /** A connection from one instance to another instance's private IPv4 address. */
    public Verdict fromInstance(String sourceInstanceId, String targetInstanceId, int port) {
        Instance source = region.instances().resources().require(sourceInstanceId);
        Instance target = region.instances().resources().require(targetInstanceId);
        Optional<Verdict> notRunning = notRunning(source).or(() -> notRunning(target));
        if (notRunning.isPresent()) {
            return notRunning.get();
        }
        long from = Ipv4.parse(source.privateIpAddress());
        long to = Ipv4.parse(target.privateIpAddress());
        String tcp = "tcp/" + port;
        Subnet sourceSubnet = net.subnets().require(source.subnetId());
        Subnet targetSubnet = net.subnets().require(target.subnetId());
        Optional<Verdict> routes = source.vpcId().equals(target.vpcId())
                ? notRoutedLocally(sourceSubnet, target)
                : notRoutedThroughPeering(sourceSubnet, source, targetSubnet, target);
        if (routes.isPresent()) {
            return routes.get();
        }
        if (!GroupDecision.allows(groupsOf(source), true, to, target.securityGroupIds(), port)) {
            return Verdict.blocked(groupIds(source), groupWords(source) + " no outbound rule for " + tcp + " to "
                    + target.privateIpAddress());
        }
        if (!sourceSubnet.subnetId().equals(targetSubnet.subnetId())) {
            NetworkAcl out = net.networkAclOf(sourceSubnet);
            NetworkAcl in = net.networkAclOf(targetSubnet);
            String reply = " (the reply to " + source.instanceId() + "'s ephemeral port)";
            Optional<Verdict> acls = deniedOut(out, to, port, "outbound " + tcp + " to " + target.privateIpAddress())
                    .or(() -> deniedIn(in, from, port, "inbound " + tcp + " from " + source.privateIpAddress()))
                    .or(() -> deniedOut(in, from, CLIENT_PORT, "outbound tcp/" + CLIENT_PORT + " to "
                            + source.privateIpAddress() + reply))
                    .or(() -> deniedIn(out, to, CLIENT_PORT, "inbound tcp/" + CLIENT_PORT + " from "
                            + target.privateIpAddress() + reply));
            if (acls.isPresent()) {
                return acls.get();
            }
        }
        if (!GroupDecision.allows(groupsOf(target), false, from, source.securityGroupIds(), port)) {
            return Verdict.blocked(groupIds(target), groupWords(target) + " no inbound rule for " + tcp + " from "
                    + source.privateIpAddress() + " (" + source.instanceId() + ")");
        }
        return Verdict.open();
    }

    /** Within one VPC: the source subnet's route to the target must be the local route. */
    private Optional<Verdict> notRoutedLocally(Subnet sourceSubnet, Instance target) {
        RouteTable table = net.routeTableOf(sourceSubnet);
        Optional<Route> route = RouteLookup.routeTo(table, Ipv4.parse(target.privateIpAddress()));
        if (route.isEmpty() || !route.get().isLocal()) {
            return Optional.of(Verdict.blocked(table.routeTableId(), "route table " + table.routeTableId()
                    + " of subnet " + sourceSubnet.subnetId() + " does not route " + target.privateIpAddress()
                    + " locally"));
        }
        return Optional.empty();
    }

    /**
     * Between two VPCs: an active peering connection must join them, the source subnet must route the
     * target's address to it, and the target subnet must route the source's address back through it.
     */
    private Optional<Verdict> notRoutedThroughPeering(Subnet sourceSubnet, Instance source, Subnet targetSubnet,
                                                      Instance target) {
        Optional<VpcPeeringConnection> connection = region.peering().activeBetween(source.vpcId(), target.vpcId());
        if (connection.isEmpty()) {
            return Optional.of(Verdict.blocked(source.vpcId(), source.vpcId() + " of " + source.instanceId()
                    + " and " + target.vpcId() + " of " + target.instanceId()
                    + " are different VPCs with no active peering connection between them"));
        }
        String pcx = connection.get().vpcPeeringConnectionId();
        return notRoutedTo(sourceSubnet, target.privateIpAddress(), pcx, "route to")
                .or(() -> notRoutedTo(targetSubnet, source.privateIpAddress(), pcx, "route back to"));
    }

    private Optional<Verdict> notRoutedTo(Subnet subnet, String address, String pcx, String words) {
        RouteTable table = net.routeTableOf(subnet);
        Optional<Route> route = RouteLookup.routeTo(table, Ipv4.parse(address));
        if (route.isEmpty() || !pcx.equals(route.get().vpcPeeringConnectionId())) {
            return Optional.of(Verdict.blocked(table.routeTableId(), "route table " + table.routeTableId()
                    + " of subnet " + subnet.subnetId() + " has no " + words + " " + address
                    + " through peering connection " + pcx));
        }
        return Optional.empty();
    }

    private static Optional<Verdict> notRunning(Instance instance) {
        if (instance.state() == InstanceState.RUNNING) {
            return Optional.empty();
        }
        return Optional.of(Verdict.blocked(instance.instanceId(), "instance " + instance.instanceId() + " is "
                + instance.state().wireName()));
    }

    private static Optional<Verdict> deniedIn(NetworkAcl acl, long peer, int port, String traffic) {
        return denied(AclDecision.of(acl, false, peer, port), traffic);
    }

    private static Optional<Verdict> deniedOut(NetworkAcl acl, long peer, int port, String traffic) {
        return denied(AclDecision.of(acl, true, peer, port), traffic);
    }

    private static Optional<Verdict> denied(AclDecision decision, String traffic) {
        if (decision.allows()) {
            return Optional.empty();
        }
        String aclId = decision.acl().networkAclId();
        return Optional.of(Verdict.blocked(aclId, "network ACL " + aclId + " " + decision.ruleName() + " denies "
                + traffic));
    }

    private List<SecurityGroup> groupsOf(Instance instance) {
        return instance.securityGroupIds().stream()
                .map(id -> region.securityGroups().resources().get(id))
                .flatMap(Optional::stream)
                .toList();
    }

    private static String groupIds(Instance instance) {
        return String.join(",", instance.securityGroupIds());
    }

    private static String groupWords(Instance instance) {
        List<String> ids = instance.securityGroupIds();
        return ids.size() == 1 ? "security group " + ids.get(0) + " has"
                : "security groups " + String.join(", ", ids) + " have";
    }
}
