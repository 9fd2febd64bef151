package io.ec2emulator.api.actions;

import static io.ec2emulator.api.actions.Ec2Assertions.assertEc2Error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ec2emulator.api.TestServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.DescribeVpcPeeringConnectionsResponse;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Route;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;
import software.amazon.awssdk.services.ec2.model.UserIdGroupPair;
import software.amazon.awssdk.services.ec2.model.VpcPeeringConnection;

/**
 * CreateVpcPeeringConnection, AcceptVpcPeeringConnection, RejectVpcPeeringConnection,
 * DeleteVpcPeeringConnection, DescribeVpcPeeringConnections, and routes through a connection.
 */
class VpcPeeringApiTest {

    private static final AtomicInteger ACCOUNTS = new AtomicInteger();
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String accountId() {
        return String.format("4600000%05d", ACCOUNTS.incrementAndGet());
    }

    private static Ec2Client client(String accountId) {
        return server.client(accountId, "us-east-1");
    }

    private static Ec2Client account() {
        return client(accountId());
    }

    private static Filter filter(String name, String... values) {
        return Filter.builder().name(name).values(values).build();
    }

    private static String vpc(Ec2Client ec2, String cidr) {
        return ec2.createVpc(r -> r.cidrBlock(cidr)).vpc().vpcId();
    }

    private static VpcPeeringConnection request(Ec2Client ec2, String vpcId, String peerVpcId) {
        return ec2.createVpcPeeringConnection(r -> r.vpcId(vpcId).peerVpcId(peerVpcId)).vpcPeeringConnection();
    }

    private static VpcPeeringConnection describe(Ec2Client ec2, String id) {
        return ec2.describeVpcPeeringConnections(r -> r.vpcPeeringConnectionIds(id)).vpcPeeringConnections().get(0);
    }

    private static String mainTable(Ec2Client ec2, String vpcId) {
        return ec2.describeRouteTables(r -> r.filters(filter("vpc-id", vpcId), filter("association.main", "true")))
                .routeTables().get(0).routeTableId();
    }

    private static Route routeTo(Ec2Client ec2, String tableId, String cidr) {
        return ec2.describeRouteTables(r -> r.routeTableIds(tableId)).routeTables().get(0).routes().stream()
                .filter(x -> cidr.equals(x.destinationCidrBlock())).findFirst().orElseThrow();
    }

    @Test
    void aRequestIsPendingThenAcceptedAndRoutesThroughItAreActiveUntilItIsDeleted() {
        String owner = accountId();
        Ec2Client ec2 = client(owner);
        String one = vpc(ec2, "10.1.0.0/16");
        String two = vpc(ec2, "10.2.0.0/16");
        VpcPeeringConnection created = ec2.createVpcPeeringConnection(r -> r.vpcId(one).peerVpcId(two)
                .peerOwnerId(owner).peerRegion("us-east-1")
                .tagSpecifications(TagSpecification.builder().resourceType(ResourceType.VPC_PEERING_CONNECTION)
                        .tags(Tag.builder().key("Name").value("one-two").build()).build())).vpcPeeringConnection();
        String id = created.vpcPeeringConnectionId();
        assertTrue(id.matches("pcx-[0-9a-f]{17}"), id);
        assertEquals("pending-acceptance", created.status().codeAsString());
        assertEquals("Pending Acceptance by " + owner, created.status().message());
        assertEquals(one, created.requesterVpcInfo().vpcId());
        assertEquals("10.1.0.0/16", created.requesterVpcInfo().cidrBlock());
        assertEquals(owner, created.requesterVpcInfo().ownerId());
        assertEquals("us-east-1", created.requesterVpcInfo().region());
        assertEquals(two, created.accepterVpcInfo().vpcId());
        assertEquals(owner, created.accepterVpcInfo().ownerId());
        assertNull(created.accepterVpcInfo().cidrBlock(), "the accepter's blocks show once it is active");
        assertNotNull(created.expirationTime());
        assertEquals(List.of(Tag.builder().key("Name").value("one-two").build()), created.tags());

        String oneTable = mainTable(ec2, one);
        ec2.createRoute(r -> r.routeTableId(oneTable).destinationCidrBlock("10.2.0.0/16").vpcPeeringConnectionId(id));
        assertEquals("blackhole", routeTo(ec2, oneTable, "10.2.0.0/16").stateAsString(), "not active yet");

        VpcPeeringConnection active = ec2.acceptVpcPeeringConnection(r -> r.vpcPeeringConnectionId(id))
                .vpcPeeringConnection();
        assertEquals("active", active.status().codeAsString());
        assertEquals("Active", active.status().message());
        assertEquals("10.2.0.0/16", active.accepterVpcInfo().cidrBlock());
        assertEquals("10.2.0.0/16", active.accepterVpcInfo().cidrBlockSet().get(0).cidrBlock());
        assertNull(active.expirationTime());
        Route route = routeTo(ec2, oneTable, "10.2.0.0/16");
        assertEquals(id, route.vpcPeeringConnectionId());
        assertEquals("active", route.stateAsString());
        assertEquals(List.of(oneTable), ec2.describeRouteTables(r -> r.filters(
                filter("route.vpc-peering-connection-id", id))).routeTables().stream()
                .map(t -> t.routeTableId()).toList());

        String twoTable = mainTable(ec2, two);
        ec2.createRoute(r -> r.routeTableId(twoTable).destinationCidrBlock("10.1.0.0/24")
                .vpcPeeringConnectionId(id));
        ec2.replaceRoute(r -> r.routeTableId(twoTable).destinationCidrBlock("10.1.0.0/24")
                .vpcPeeringConnectionId(id));
        assertEquals("active", routeTo(ec2, twoTable, "10.1.0.0/24").stateAsString());

        assertTrue(ec2.deleteVpcPeeringConnection(r -> r.vpcPeeringConnectionId(id)).returnValue());
        VpcPeeringConnection deleted = describe(ec2, id);
        assertEquals("deleted", deleted.status().codeAsString());
        assertEquals("Deleted by " + owner, deleted.status().message());
        assertEquals("blackhole", routeTo(ec2, oneTable, "10.2.0.0/16").stateAsString());
        assertEquals("blackhole", routeTo(ec2, twoTable, "10.1.0.0/24").stateAsString());
        assertEc2Error("InvalidStateTransition", "from deleted to deleted",
                () -> ec2.deleteVpcPeeringConnection(r -> r.vpcPeeringConnectionId(id)));
        assertEc2Error("InvalidVpcPeeringConnectionID.NotFound", id, () -> ec2.createRoute(r -> r
                .routeTableId(oneTable).destinationCidrBlock("10.3.0.0/16").vpcPeeringConnectionId(id)));

        server.clock().advance(Duration.ofDays(1));
        assertEc2Error("InvalidVpcPeeringConnectionID.NotFound", id, () -> describe(ec2, id));
    }

    @Test
    void aRejectedRequestCannotBeAcceptedOrDeleted() {
        Ec2Client ec2 = account();
        String id = request(ec2, vpc(ec2, "10.1.0.0/16"), vpc(ec2, "10.2.0.0/16")).vpcPeeringConnectionId();
        assertTrue(ec2.rejectVpcPeeringConnection(r -> r.vpcPeeringConnectionId(id)).returnValue());
        assertEquals("rejected", describe(ec2, id).status().codeAsString());
        assertEc2Error("InvalidStateTransition", "from rejected to active",
                () -> ec2.acceptVpcPeeringConnection(r -> r.vpcPeeringConnectionId(id)));
        assertEc2Error("InvalidStateTransition", "from rejected to rejected",
                () -> ec2.rejectVpcPeeringConnection(r -> r.vpcPeeringConnectionId(id)));
        assertEc2Error("InvalidStateTransition", "from rejected to deleted",
                () -> ec2.deleteVpcPeeringConnection(r -> r.vpcPeeringConnectionId(id)));
    }

    @Test
    void overlappingBlocksMakeAFailedConnection() {
        Ec2Client ec2 = account();
        String one = vpc(ec2, "10.1.0.0/16");
        String two = vpc(ec2, "10.1.128.0/17");
        VpcPeeringConnection failed = request(ec2, one, two);
        assertEquals("failed", failed.status().codeAsString());
        assertEquals("Overlapping CIDR range", failed.status().message());
        String id = failed.vpcPeeringConnectionId();
        assertEc2Error("InvalidStateTransition", "from failed to active",
                () -> ec2.acceptVpcPeeringConnection(r -> r.vpcPeeringConnectionId(id)));
        assertEc2Error("InvalidStateTransition", "from failed to deleted",
                () -> ec2.deleteVpcPeeringConnection(r -> r.vpcPeeringConnectionId(id)));
        assertEquals("failed", request(ec2, one, two).status().codeAsString(), "a failed one does not stand between");
    }

    @Test
    void anUnansweredRequestExpiresAfterSevenDays() {
        Ec2Client ec2 = account();
        VpcPeeringConnection created = request(ec2, vpc(ec2, "10.1.0.0/16"), vpc(ec2, "10.2.0.0/16"));
        String id = created.vpcPeeringConnectionId();
        assertEquals(Duration.ofDays(7), Duration.between(server.clock().instant(), created.expirationTime()));
        server.clock().advance(Duration.ofDays(7));
        VpcPeeringConnection expired = describe(ec2, id);
        assertEquals("expired", expired.status().codeAsString());
        assertEquals("Expired", expired.status().message());
        assertEc2Error("InvalidStateTransition", "from expired to active",
                () -> ec2.acceptVpcPeeringConnection(r -> r.vpcPeeringConnectionId(id)));
    }

    @Test
    void createIsRefusedForBadVpcsAndASecondConnectionBetweenTheSameVpcs() {
        String owner = accountId();
        Ec2Client ec2 = client(owner);
        String one = vpc(ec2, "10.1.0.0/16");
        String two = vpc(ec2, "10.2.0.0/16");
        assertEc2Error("MissingParameter", "VpcId",
                () -> ec2.createVpcPeeringConnection(r -> r.peerVpcId(two)));
        assertEc2Error("MissingParameter", "peerVpcId",
                () -> ec2.createVpcPeeringConnection(r -> r.vpcId(one)));
        assertEc2Error("InvalidVpcID.NotFound", "vpc-0123456789abcdef0",
                () -> request(ec2, one, "vpc-0123456789abcdef0"));
        assertEc2Error("InvalidVpcID.NotFound", "vpc-0123456789abcdef0",
                () -> request(ec2, "vpc-0123456789abcdef0", two));
        assertEc2Error("InvalidParameterValue", "cannot be the same", () -> request(ec2, one, one));
        assertEc2Error("NotImplemented", 501, "PeerOwnerId", () -> ec2.createVpcPeeringConnection(r -> r
                .vpcId(one).peerVpcId(two).peerOwnerId("999988887777")));
        assertEc2Error("NotImplemented", 501, "PeerRegion", () -> ec2.createVpcPeeringConnection(r -> r
                .vpcId(one).peerVpcId(two).peerRegion("eu-west-1")));
        assertEc2Error("InvalidParameterValue", "not a valid taggable resource type", () -> ec2.createVpcPeeringConnection(r -> r
                .vpcId(one).peerVpcId(two).tagSpecifications(TagSpecification.builder()
                        .resourceType(ResourceType.VPC).tags(Tag.builder().key("k").value("v").build()).build())));
        assertEquals(0, ec2.describeVpcPeeringConnections().vpcPeeringConnections().size(),
                "no refused request leaves a connection");

        String id = request(ec2, one, two).vpcPeeringConnectionId();
        assertEc2Error("VpcPeeringConnectionAlreadyExists", id, () -> request(ec2, two, one));
        ec2.acceptVpcPeeringConnection(r -> r.vpcPeeringConnectionId(id));
        assertEc2Error("VpcPeeringConnectionAlreadyExists", id, () -> request(ec2, one, two));
        assertEc2Error("InvalidStateTransition", "from active to active",
                () -> ec2.acceptVpcPeeringConnection(r -> r.vpcPeeringConnectionId(id)));
    }

    @Test
    void unknownAndMalformedIdsAreRefused() {
        Ec2Client ec2 = account();
        String unknown = "pcx-0123456789abcdef0";
        assertEc2Error("InvalidVpcPeeringConnectionID.NotFound", unknown,
                () -> ec2.acceptVpcPeeringConnection(r -> r.vpcPeeringConnectionId(unknown)));
        assertEc2Error("InvalidVpcPeeringConnectionID.NotFound", unknown,
                () -> ec2.rejectVpcPeeringConnection(r -> r.vpcPeeringConnectionId(unknown)));
        assertEc2Error("InvalidVpcPeeringConnectionID.NotFound", unknown,
                () -> ec2.deleteVpcPeeringConnection(r -> r.vpcPeeringConnectionId(unknown)));
        assertEc2Error("InvalidVpcPeeringConnectionID.NotFound", unknown,
                () -> ec2.describeVpcPeeringConnections(r -> r.vpcPeeringConnectionIds(unknown)));
        assertEc2Error("InvalidVpcPeeringConnectionId.Malformed", "pcx-nope",
                () -> ec2.acceptVpcPeeringConnection(r -> r.vpcPeeringConnectionId("pcx-nope")));
        assertEc2Error("MissingParameter", "VpcPeeringConnectionId",
                () -> ec2.deleteVpcPeeringConnection(r -> r.vpcPeeringConnectionId(null)));
        assertEc2Error("InvalidParameterValue", "connection-id",
                () -> ec2.describeVpcPeeringConnections(r -> r.filters(filter("connection-id", "x"))));
    }

    @Test
    void describeFiltersAndPages() {
        String owner = accountId();
        Ec2Client ec2 = client(owner);
        String one = vpc(ec2, "10.1.0.0/16");
        String two = vpc(ec2, "10.2.0.0/16");
        String three = vpc(ec2, "10.3.0.0/16");
        String active = request(ec2, one, two).vpcPeeringConnectionId();
        ec2.acceptVpcPeeringConnection(r -> r.vpcPeeringConnectionId(active));
        VpcPeeringConnection pending = request(ec2, one, three);
        String pendingId = pending.vpcPeeringConnectionId();
        List<String> both = java.util.stream.Stream.of(active, pendingId).sorted().toList();
        ec2.createTags(r -> r.resources(pendingId).tags(Tag.builder().key("team").value("net").build()));

        assertEquals(List.of(active), ids(ec2, filter("status-code", "active")));
        assertEquals(List.of(pendingId), ids(ec2, filter("status-code", "pending-acceptance")));
        assertEquals(both, ids(ec2, filter("requester-vpc-info.vpc-id", one)));
        assertEquals(List.of(pendingId), ids(ec2, filter("accepter-vpc-info.vpc-id", three)));
        assertEquals(both, ids(ec2, filter("requester-vpc-info.cidr-block", "10.1.0.0/16")));
        assertEquals(List.of(active), ids(ec2, filter("accepter-vpc-info.cidr-block", "10.2.*")));
        assertEquals(both, ids(ec2, filter("requester-vpc-info.owner-id", owner)));
        assertEquals(both, ids(ec2, filter("accepter-vpc-info.owner-id", owner)));
        assertEquals(List.of(pendingId), ids(ec2, filter("vpc-peering-connection-id", pendingId)));
        assertEquals(List.of(pendingId), ids(ec2, filter("expiration-time", "*")));
        assertEquals(List.of(pendingId), ids(ec2, filter("tag:team", "net")));
        assertEquals(List.of(pendingId), ids(ec2, filter("tag-key", "team")));
        assertEquals(List.of(), ids(ec2, filter("status-code", "rejected")));

        List<String> paged = new ArrayList<>();
        String token = null;
        do {
            String next = token;
            DescribeVpcPeeringConnectionsResponse page = ec2.describeVpcPeeringConnections(r -> r.maxResults(5)
                    .nextToken(next));
            page.vpcPeeringConnections().forEach(c -> paged.add(c.vpcPeeringConnectionId()));
            token = page.nextToken();
        } while (token != null);
        assertEquals(both, paged.stream().sorted().toList());
        assertEc2Error("InvalidParameterValue", "maxResults",
                () -> ec2.describeVpcPeeringConnections(r -> r.maxResults(4)));
    }

    private static List<String> ids(Ec2Client ec2, Filter filter) {
        return ec2.describeVpcPeeringConnections(r -> r.filters(filter)).vpcPeeringConnections().stream()
                .map(VpcPeeringConnection::vpcPeeringConnectionId).sorted().toList();
    }

    @Test
    void deletingAVpcDeletesItsConnections() {
        Ec2Client ec2 = account();
        String one = vpc(ec2, "10.1.0.0/16");
        String two = vpc(ec2, "10.2.0.0/16");
        String id = request(ec2, one, two).vpcPeeringConnectionId();
        ec2.acceptVpcPeeringConnection(r -> r.vpcPeeringConnectionId(id));
        String oneTable = mainTable(ec2, one);
        ec2.createRoute(r -> r.routeTableId(mainTable(ec2, two)).destinationCidrBlock("10.1.0.0/16")
                .vpcPeeringConnectionId(id));
        ec2.createRoute(r -> r.routeTableId(oneTable).destinationCidrBlock("10.2.0.0/16")
                .vpcPeeringConnectionId(id));

        ec2.deleteVpc(r -> r.vpcId(one));
        assertEquals("deleted", describe(ec2, id).status().codeAsString());
        assertEquals("blackhole", routeTo(ec2, mainTable(ec2, two), "10.1.0.0/16").stateAsString());
    }

    @Test
    void aRouteToAConnectionOfAnotherVpcIsRefused() {
        Ec2Client ec2 = account();
        String one = vpc(ec2, "10.1.0.0/16");
        String two = vpc(ec2, "10.2.0.0/16");
        String three = vpc(ec2, "10.3.0.0/16");
        String id = request(ec2, one, two).vpcPeeringConnectionId();
        assertEc2Error("InvalidParameterValue", "belong to different networks", () -> ec2.createRoute(r -> r
                .routeTableId(mainTable(ec2, three)).destinationCidrBlock("10.1.0.0/16").vpcPeeringConnectionId(id)));
        assertEc2Error("InvalidParameterCombination", "gatewayId and vpcPeeringConnectionId", () -> ec2.createRoute(
                r -> r.routeTableId(mainTable(ec2, one)).destinationCidrBlock("10.2.0.0/16").gatewayId("igw-x")
                        .vpcPeeringConnectionId(id)));
    }

    @Test
    void aGroupOfAPeeredVpcCanBeReferencedOnceTheConnectionIsActive() {
        Ec2Client ec2 = account();
        String one = vpc(ec2, "10.1.0.0/16");
        String two = vpc(ec2, "10.2.0.0/16");
        String client = ec2.createSecurityGroup(r -> r.groupName("client").description("c").vpcId(one)).groupId();
        String server = ec2.createSecurityGroup(r -> r.groupName("server").description("s").vpcId(two)).groupId();
        IpPermission fromClient = IpPermission.builder().ipProtocol("tcp").fromPort(5432).toPort(5432)
                .userIdGroupPairs(UserIdGroupPair.builder().groupId(client).build()).build();
        assertEc2Error("InvalidGroup.NotFound", "different networks", () -> ec2.authorizeSecurityGroupIngress(r -> r
                .groupId(server).ipPermissions(fromClient)));

        String id = request(ec2, one, two).vpcPeeringConnectionId();
        ec2.acceptVpcPeeringConnection(r -> r.vpcPeeringConnectionId(id));
        assertTrue(ec2.authorizeSecurityGroupIngress(r -> r.groupId(server).ipPermissions(fromClient)).returnValue());
    }
}
