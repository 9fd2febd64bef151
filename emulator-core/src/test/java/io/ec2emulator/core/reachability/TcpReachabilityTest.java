package io.ec2emulator.core.reachability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ec2emulator.core.Emulator;
import io.ec2emulator.core.EmulatorSettings;
import io.ec2emulator.core.ManualClock;
import io.ec2emulator.core.images.Image;
import io.ec2emulator.core.images.PublicImageCatalog;
import io.ec2emulator.core.instances.Instance;
import io.ec2emulator.core.instances.LaunchRequest;
import io.ec2emulator.core.peering.VpcPeeringConnection;
import io.ec2emulator.core.securitygroups.PermissionRequest;
import io.ec2emulator.core.securitygroups.SecurityGroup;
import io.ec2emulator.core.state.RegionState;
import io.ec2emulator.core.vpc.AclEntryRequest;
import io.ec2emulator.core.vpc.InternetGateway;
import io.ec2emulator.core.vpc.InternetGateways;
import io.ec2emulator.core.vpc.NetworkAcl;
import io.ec2emulator.core.vpc.NetworkAcls;
import io.ec2emulator.core.vpc.RouteTable;
import io.ec2emulator.core.vpc.RouteTables;
import io.ec2emulator.core.vpc.RouteTarget;
import io.ec2emulator.core.vpc.Subnet;
import io.ec2emulator.core.vpc.Subnets;
import io.ec2emulator.core.vpc.Vpc;
import io.ec2emulator.core.vpc.Vpcs;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The seed notes' troubleshooting scenarios, evaluated by the reachability model. */
class TcpReachabilityTest {

    private static final String CLIENT = "198.51.100.7";

    private final Emulator emulator = new Emulator(new ManualClock(Instant.parse("2026-01-01T00:00:00Z")),
            EmulatorSettings.instant());
    private final RegionState region = emulator.state("111122223333", "us-east-1");

    private <T> T tx(Supplier<T> action) {
        return region.transact(false, action);
    }

    private Verdict fromInternet(String instanceId, int port) {
        return tx(() -> new TcpReachability(region).fromInternet(CLIENT, instanceId, port));
    }

    private Verdict fromInstance(String source, String target, int port) {
        return tx(() -> new TcpReachability(region).fromInstance(source, target, port));
    }

    private static String linuxImage() {
        return PublicImageCatalog.standard().inRegion("us-east-1").all().values().stream()
                .filter(i -> i.architecture().equals("x86_64") && i.platform() == null
                        && i.rootDeviceType().equals("ebs"))
                .map(Image::imageId).findFirst().orElseThrow();
    }

    private Instance launch(String subnetId, List<String> groupIds, Boolean publicIp) {
        LaunchRequest request = new LaunchRequest(linuxImage(), "t3.micro", 1, 1, null, groupIds, List.of(),
                subnetId, null, null, publicIp, null, null, List.of(), null, null, null, null, null, null, null,
                List.of(), null, null, null);
        return tx(() -> region.instances().run(request).instances().get(0));
    }

    private SecurityGroup group(String vpcId, String name) {
        return tx(() -> region.securityGroups().create(name, name, vpcId, List.of()));
    }

    private void allowTcp(SecurityGroup group, int port, String cidr) {
        allow(group, new PermissionRequest("tcp", port, port, List.of(new PermissionRequest.Peer(cidr, null)),
                List.of(), List.of(), List.of()));
    }

    private void allowFromGroup(SecurityGroup group, int port, SecurityGroup peer) {
        allow(group, new PermissionRequest("tcp", port, port, List.of(), List.of(),
                List.of(new PermissionRequest.GroupPeer(peer.groupId(), null, null, null)), List.of()));
    }

    private void allow(SecurityGroup group, PermissionRequest permission) {
        tx(() -> region.securityGroups().rules().authorize(
                region.securityGroups().resources().require(group.groupId()), false, List.of(permission), List.of()));
    }

    private Subnet defaultSubnet() {
        return region.networking().subnets().all().stream().filter(Subnet::defaultForAz).findFirst().orElseThrow();
    }

    private void addRoute(RouteTable table, String cidr, RouteTarget target) {
        tx(() -> new RouteTables(region).createRoute(table.routeTableId(), cidr, null, target));
    }

    private static RouteTarget gateway(String gatewayId) {
        return new RouteTarget(gatewayId, null, null, null, null);
    }

    /** A table of its own, with only the local route, for one subnet (a private subnet). */
    private void isolate(Subnet subnet, Vpc vpc) {
        tx(() -> {
            RouteTables tables = new RouteTables(region);
            return tables.associate(tables.create(vpc.vpcId(), List.of(), null).routeTableId(), subnet.subnetId());
        });
    }

    /** Adds a rule to a subnet's network ACL, as CreateNetworkAclEntry would. */
    private NetworkAcl addAclEntry(Subnet subnet, int rule, String protocol, String action, boolean egress,
                                   String cidr, Integer fromPort, Integer toPort) {
        return tx(() -> {
            NetworkAcl acl = region.networking().networkAclOf(subnet);
            new NetworkAcls(region).createEntry(acl.networkAclId(), new AclEntryRequest(rule, protocol, action,
                    egress, cidr, null, fromPort, toPort, null, null));
            return acl;
        });
    }

    private RouteTable mainTable(Vpc vpc) {
        return region.networking().routeTables().all().stream()
                .filter(t -> t.vpcId().equals(vpc.vpcId()) && t.isMain()).findFirst().orElseThrow();
    }

    @Test
    void anInstanceInTheDefaultVpcIsReachableOnThePortItsGroupOpens() {
        SecurityGroup ssh = group(null, "ssh");
        allowTcp(ssh, 22, "0.0.0.0/0");
        Instance web = launch(defaultSubnet().subnetId(), List.of(ssh.groupId()), null);

        assertTrue(fromInternet(web.instanceId(), 22).reachable());
        Verdict http = fromInternet(web.instanceId(), 80);
        assertFalse(http.reachable());
        assertEquals(ssh.groupId(), http.blockedBy());
        assertEquals("security group " + ssh.groupId() + " has no inbound rule for tcp/80 from " + CLIENT,
                http.reason());
    }

    @Test
    void theDefaultGroupOnlyAdmitsItsOwnMembers() {
        Instance web = launch(defaultSubnet().subnetId(), List.of(), null);
        Instance peer = launch(defaultSubnet().subnetId(), List.of(), null);

        assertFalse(fromInternet(web.instanceId(), 22).reachable());
        assertTrue(fromInstance(peer.instanceId(), web.instanceId(), 22).reachable());
    }

    @Test
    void aRuleForAnotherAddressDoesNotAdmitTheClient() {
        SecurityGroup office = group(null, "office");
        allowTcp(office, 22, "203.0.113.0/24");
        Instance web = launch(defaultSubnet().subnetId(), List.of(office.groupId()), null);

        assertFalse(fromInternet(web.instanceId(), 22).reachable());
        allowTcp(office, 22, CLIENT + "/32");
        assertTrue(fromInternet(web.instanceId(), 22).reachable());
    }

    @Test
    void aStoppedInstanceCannotBeReached() {
        SecurityGroup ssh = group(null, "ssh");
        allowTcp(ssh, 22, "0.0.0.0/0");
        Instance web = launch(defaultSubnet().subnetId(), List.of(ssh.groupId()), null);
        tx(() -> region.instances().stop(List.of(web.instanceId()), false));

        Verdict verdict = fromInternet(web.instanceId(), 22);
        assertFalse(verdict.reachable());
        assertEquals(web.instanceId(), verdict.blockedBy());
        assertTrue(verdict.reason().endsWith(" is stopped"), verdict.reason());
    }

    @Test
    void anInstanceWithoutAPublicAddressCannotBeReachedFromTheInternet() {
        SecurityGroup ssh = group(null, "ssh");
        allowTcp(ssh, 22, "0.0.0.0/0");
        Instance web = launch(defaultSubnet().subnetId(), List.of(ssh.groupId()), false);

        Verdict verdict = fromInternet(web.instanceId(), 22);
        assertEquals("instance " + web.instanceId() + " has no public IPv4 address", verdict.reason());
    }

    @Test
    void aSubnetWithoutARouteToAnInternetGatewayIsUnreachableUntilOneIsAdded() {
        Vpc vpc = tx(() -> new Vpcs(region).create("10.0.0.0/16", List.of()));
        Subnet subnet = tx(() -> new Subnets(region).create(vpc.vpcId(), "10.0.1.0/24", "us-east-1a", null,
                List.of()));
        SecurityGroup ssh = group(vpc.vpcId(), "ssh");
        allowTcp(ssh, 22, "0.0.0.0/0");
        Instance web = launch(subnet.subnetId(), List.of(ssh.groupId()), true);

        Verdict noRoute = fromInternet(web.instanceId(), 22);
        RouteTable main = mainTable(vpc);
        assertEquals(main.routeTableId(), noRoute.blockedBy());
        assertEquals("route table " + main.routeTableId() + " of subnet " + subnet.subnetId()
                + " has no route to an internet gateway for " + CLIENT, noRoute.reason());

        InternetGateway gateway = tx(() -> new InternetGateways(region).create(List.of()));
        tx(() -> {
            new InternetGateways(region).attach(gateway.internetGatewayId(), vpc.vpcId());
            return null;
        });
        assertFalse(fromInternet(web.instanceId(), 22).reachable(), "a gateway without a route changes nothing");
        addRoute(main, "0.0.0.0/0", gateway(gateway.internetGatewayId()));
        assertTrue(fromInternet(web.instanceId(), 22).reachable());
    }

    @Test
    void aMoreSpecificRouteElsewhereTakesTheRepliesAway() {
        SecurityGroup ssh = group(null, "ssh");
        allowTcp(ssh, 22, "0.0.0.0/0");
        Instance web = launch(defaultSubnet().subnetId(), List.of(ssh.groupId()), null);
        Instance appliance = launch(defaultSubnet().subnetId(), List.of(), null);
        Vpc vpc = region.networking().defaultVpc().orElseThrow();
        addRoute(mainTable(vpc), "198.51.100.0/24", new RouteTarget(null, null, null, null, appliance.instanceId()));

        assertFalse(fromInternet(web.instanceId(), 22).reachable());
        assertTrue(tx(() -> new TcpReachability(region).fromInternet("203.0.113.9", web.instanceId(), 22))
                .reachable());
    }

    @Test
    void networkAclsAreStatelessAndTheFirstMatchingRuleDecides() {
        SecurityGroup ssh = group(null, "ssh");
        allowTcp(ssh, 22, "0.0.0.0/0");
        Subnet subnet = defaultSubnet();
        Instance web = launch(subnet.subnetId(), List.of(ssh.groupId()), null);

        NetworkAcl acl = addAclEntry(subnet, 90, "6", "deny", true, "0.0.0.0/0", 1024, 65535);
        Verdict reply = fromInternet(web.instanceId(), 22);
        assertEquals(acl.networkAclId(), reply.blockedBy());
        assertEquals("network ACL " + acl.networkAclId() + " rule 90 denies outbound tcp/50000 to " + CLIENT
                + " (the reply to the client's ephemeral port)", reply.reason());

        addAclEntry(subnet, 80, "tcp", "allow", true, "0.0.0.0/0", 32768, 65535);
        addAclEntry(subnet, 50, "6", "deny", false, CLIENT + "/32", 22, 22);
        Verdict inbound = fromInternet(web.instanceId(), 22);
        assertEquals("network ACL " + acl.networkAclId() + " rule 50 denies inbound tcp/22 from " + CLIENT,
                inbound.reason());

        addAclEntry(subnet, 40, "-1", "allow", false, "198.51.100.0/24", null, null);
        assertTrue(fromInternet(web.instanceId(), 22).reachable());
    }

    @Test
    void aBastionInAPublicSubnetReachesAPrivateInstanceThatTheInternetCannot() {
        Vpc vpc = tx(() -> new Vpcs(region).create("10.0.0.0/16", List.of()));
        Subnet publicSubnet = tx(() -> new Subnets(region).create(vpc.vpcId(), "10.0.1.0/24", "us-east-1a", null,
                List.of()));
        Subnet privateSubnet = tx(() -> new Subnets(region).create(vpc.vpcId(), "10.0.2.0/24", "us-east-1a", null,
                List.of()));
        InternetGateway gateway = tx(() -> new InternetGateways(region).create(List.of()));
        tx(() -> {
            new InternetGateways(region).attach(gateway.internetGatewayId(), vpc.vpcId());
            return null;
        });
        addRoute(mainTable(vpc), "0.0.0.0/0", gateway(gateway.internetGatewayId()));
        isolate(privateSubnet, vpc);

        SecurityGroup bastionGroup = group(vpc.vpcId(), "bastion");
        allowTcp(bastionGroup, 22, CLIENT + "/32");
        SecurityGroup appGroup = group(vpc.vpcId(), "app");
        allowFromGroup(appGroup, 22, bastionGroup);
        SecurityGroup otherGroup = group(vpc.vpcId(), "other");

        Instance bastion = launch(publicSubnet.subnetId(), List.of(bastionGroup.groupId()), true);
        Instance app = launch(privateSubnet.subnetId(), List.of(appGroup.groupId()), false);
        Instance other = launch(publicSubnet.subnetId(), List.of(otherGroup.groupId()), true);

        assertTrue(fromInternet(bastion.instanceId(), 22).reachable());
        assertTrue(fromInstance(bastion.instanceId(), app.instanceId(), 22).reachable());
        assertFalse(fromInternet(app.instanceId(), 22).reachable());
        assertFalse(fromInternet(other.instanceId(), 22).reachable());

        Verdict notMember = fromInstance(other.instanceId(), app.instanceId(), 22);
        assertEquals(appGroup.groupId(), notMember.blockedBy());
        assertEquals("security group " + appGroup.groupId() + " has no inbound rule for tcp/22 from "
                + other.privateIpAddress() + " (" + other.instanceId() + ")", notMember.reason());

        Verdict wrongPort = fromInstance(bastion.instanceId(), app.instanceId(), 3306);
        assertFalse(wrongPort.reachable());
    }

    @Test
    void anOutboundRuleIsNeededOnTheSourceAndAnAclBetweenSubnetsIsChecked() {
        Vpc vpc = tx(() -> new Vpcs(region).create("10.0.0.0/16", List.of()));
        Subnet a = tx(() -> new Subnets(region).create(vpc.vpcId(), "10.0.1.0/24", "us-east-1a", null, List.of()));
        Subnet b = tx(() -> new Subnets(region).create(vpc.vpcId(), "10.0.2.0/24", "us-east-1b", null, List.of()));
        SecurityGroup client = group(vpc.vpcId(), "client");
        SecurityGroup server = group(vpc.vpcId(), "server");
        allowFromGroup(server, 5432, client);
        Instance source = launch(a.subnetId(), List.of(client.groupId()), false);
        Instance target = launch(b.subnetId(), List.of(server.groupId()), false);
        assertTrue(fromInstance(source.instanceId(), target.instanceId(), 5432).reachable());

        tx(() -> region.securityGroups().rules().revoke(region.securityGroups().resources().require(
                client.groupId()), true, List.of(new PermissionRequest("-1", null, null,
                List.of(new PermissionRequest.Peer("0.0.0.0/0", null)), List.of(), List.of(), List.of())), List.of()));
        Verdict noEgress = fromInstance(source.instanceId(), target.instanceId(), 5432);
        assertEquals(client.groupId(), noEgress.blockedBy());
        assertEquals("security group " + client.groupId() + " has no outbound rule for tcp/5432 to "
                + target.privateIpAddress(), noEgress.reason());

        allowEgress(client, 5432, "10.0.2.0/24");
        NetworkAcl acl = addAclEntry(b, 10, "-1", "deny", false, "10.0.1.0/24", null, null);
        Verdict denied = fromInstance(source.instanceId(), target.instanceId(), 5432);
        assertEquals("network ACL " + acl.networkAclId() + " rule 10 denies inbound tcp/5432 from "
                + source.privateIpAddress(), denied.reason());
    }

    /** Two VPCs with one subnet each, a server in the second that admits the first VPC's client group. */
    private final class PeeredVpcs {
        final Vpc one = tx(() -> new Vpcs(region).create("10.1.0.0/16", List.of()));
        final Vpc two = tx(() -> new Vpcs(region).create("10.2.0.0/16", List.of()));
        final Subnet a = tx(() -> new Subnets(region).create(one.vpcId(), "10.1.1.0/24", "us-east-1a", null,
                List.of()));
        final Subnet b = tx(() -> new Subnets(region).create(two.vpcId(), "10.2.1.0/24", "us-east-1a", null,
                List.of()));
        final VpcPeeringConnection pcx = tx(() -> {
            String id = region.peering().create(one.vpcId(), two.vpcId(), null, null, List.of()).vpcPeeringConnectionId();
            return region.peering().accept(id);
        });
        final SecurityGroup client = group(one.vpcId(), "client");
        final SecurityGroup server = group(two.vpcId(), "server");
        final Instance source;
        final Instance target;

        PeeredVpcs() {
            allowFromGroup(server, 5432, client);
            source = launch(a.subnetId(), List.of(client.groupId()), false);
            target = launch(b.subnetId(), List.of(server.groupId()), false);
        }

        RouteTarget peering() {
            return new RouteTarget(null, null, null, null, null, pcx.vpcPeeringConnectionId());
        }
    }

    @Test
    void peeredVpcsRoutedBothWaysAreReachableAndGroupsOfThePeerMatch() {
        PeeredVpcs vpcs = new PeeredVpcs();
        RouteTable oneMain = mainTable(vpcs.one);
        RouteTable twoMain = mainTable(vpcs.two);
        Verdict unrouted = fromInstance(vpcs.source.instanceId(), vpcs.target.instanceId(), 5432);
        assertEquals(oneMain.routeTableId(), unrouted.blockedBy());
        assertEquals("route table " + oneMain.routeTableId() + " of subnet " + vpcs.a.subnetId()
                + " has no route to " + vpcs.target.privateIpAddress() + " through peering connection "
                + vpcs.pcx.vpcPeeringConnectionId(), unrouted.reason());

        addRoute(oneMain, "10.2.0.0/16", vpcs.peering());
        addRoute(twoMain, "10.1.1.0/24", vpcs.peering());
        assertTrue(fromInstance(vpcs.source.instanceId(), vpcs.target.instanceId(), 5432).reachable());

        Verdict wrongPort = fromInstance(vpcs.source.instanceId(), vpcs.target.instanceId(), 22);
        assertEquals(vpcs.server.groupId(), wrongPort.blockedBy());
    }

    @Test
    void peeredVpcsWithoutARouteBackAreBlocked() {
        PeeredVpcs vpcs = new PeeredVpcs();
        RouteTable twoMain = mainTable(vpcs.two);
        addRoute(mainTable(vpcs.one), "10.2.1.0/24", vpcs.peering());

        Verdict noWayBack = fromInstance(vpcs.source.instanceId(), vpcs.target.instanceId(), 5432);
        assertFalse(noWayBack.reachable());
        assertEquals(twoMain.routeTableId(), noWayBack.blockedBy());
        assertEquals("route table " + twoMain.routeTableId() + " of subnet " + vpcs.b.subnetId()
                + " has no route back to " + vpcs.source.privateIpAddress() + " through peering connection "
                + vpcs.pcx.vpcPeeringConnectionId(), noWayBack.reason());
    }

    @Test
    void aDeletedPeeringConnectionBlocksAndItsRoutesTurnBlackhole() {
        PeeredVpcs vpcs = new PeeredVpcs();
        addRoute(mainTable(vpcs.one), "10.2.0.0/16", vpcs.peering());
        addRoute(mainTable(vpcs.two), "10.1.0.0/16", vpcs.peering());
        assertTrue(fromInstance(vpcs.source.instanceId(), vpcs.target.instanceId(), 5432).reachable());

        tx(() -> region.peering().delete(vpcs.pcx.vpcPeeringConnectionId()));
        Verdict deleted = fromInstance(vpcs.source.instanceId(), vpcs.target.instanceId(), 5432);
        assertFalse(deleted.reachable());
        assertEquals(vpcs.one.vpcId(), deleted.blockedBy());
        assertEquals(vpcs.one.vpcId() + " of " + vpcs.source.instanceId() + " and " + vpcs.two.vpcId() + " of "
                + vpcs.target.instanceId() + " are different VPCs with no active peering connection between them",
                deleted.reason());
        assertTrue(mainTable(vpcs.one).routes().stream()
                .filter(r -> vpcs.pcx.vpcPeeringConnectionId().equals(r.vpcPeeringConnectionId()))
                .allMatch(r -> r.state().equals("blackhole")));
    }

    private void allowEgress(SecurityGroup group, int port, String cidr) {
        tx(() -> region.securityGroups().rules().authorize(
                region.securityGroups().resources().require(group.groupId()), true,
                List.of(new PermissionRequest("tcp", port, port, List.of(new PermissionRequest.Peer(cidr, null)),
                        List.of(), List.of(), List.of())), List.of()));
    }
}
