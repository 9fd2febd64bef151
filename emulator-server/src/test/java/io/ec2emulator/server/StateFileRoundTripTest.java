package io.ec2emulator.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ec2emulator.api.actions.StandardActions;
import io.ec2emulator.api.http.Ec2HttpServer;
import io.ec2emulator.api.http.ServerOptions;
import io.ec2emulator.core.Emulator;
import io.ec2emulator.core.EmulatorSettings;
import io.ec2emulator.core.ManualClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.CreateVolumePermission;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.IpRange;
import software.amazon.awssdk.services.ec2.model.LaunchPermission;
import software.amazon.awssdk.services.ec2.model.NewDhcpConfiguration;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.RunInstancesResponse;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;

/**
 * Drives every resource family through real SDK calls, saves the state file, loads it into a fresh
 * server and compares every Describe answer byte for byte (the test that catches state someone
 * forgot to capture), then lets time pass on both and compares again.
 */
class StateFileRoundTripTest {

    private static final String OWNER = "200000000001";
    private static final String OTHER = "200000000002";

    private final ManualClock clock = new ManualClock(Instant.parse("2026-01-15T10:00:00Z"));
    private final List<Ec2HttpServer> servers = new ArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        servers.forEach(Ec2HttpServer::close);
    }

    private URI start() throws InterruptedException {
        Emulator emulator = new Emulator(clock, EmulatorSettings.defaults());
        Ec2HttpServer server = new Ec2HttpServer(emulator, StandardActions.registry(),
                ServerOptions.defaults().withPort(0), new LazyStateFiles(emulator));
        servers.add(server);
        return URI.create("http://127.0.0.1:" + server.start().getPort());
    }

    private static Ec2Client client(URI endpoint, String account) {
        return Ec2Client.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(account, "secret")))
                .httpClient(UrlConnectionHttpClient.create()).build();
    }

    @Test
    void aLoadedStateFileAnswersEveryDescribeAsTheSavedOne() throws Exception {
        URI original = start();
        RunInstancesResponse launched = scenario(original);

        HttpResponse<byte[]> saved = post(original, "/_ec2/state/save", new byte[0]);
        assertEquals(200, saved.statusCode());
        URI copy = start();
        HttpResponse<byte[]> loaded = post(copy, "/_ec2/state/load", saved.body());
        assertEquals(200, loaded.statusCode(), new String(loaded.body()));

        compareEverything(original, copy);
        clock.advance(Duration.ofMinutes(30));
        compareEverything(original, copy);

        try (Ec2Client ec2 = client(copy, OWNER)) {
            RunInstancesResponse replayed = ec2.runInstances(r -> r.imageId(launched.instances().get(0).imageId())
                    .instanceType("t3.micro").minCount(2).maxCount(2).clientToken("launch-token").keyName("k1"));
            assertEquals(launched.reservationId(), replayed.reservationId(), "client tokens are kept");
            var standalone = ec2.describeNetworkInterfaces(r -> r.filters(Filter.builder().name("status")
                    .values("available").build())).networkInterfaces().get(0);
            assertEquals(standalone.networkInterfaceId(), ec2.createNetworkInterface(r -> r
                    .subnetId(standalone.subnetId()).clientToken("eni-token")).networkInterface().networkInterfaceId(),
                    "interface client tokens are kept");
            String taken = standalone.privateIpAddresses().get(1).privateIpAddress();
            assertEquals("InvalidIPAddress.InUse", assertThrows(Ec2Exception.class, () -> ec2.createNetworkInterface(
                    r -> r.subnetId(standalone.subnetId()).privateIpAddress(taken))).awsErrorDetails().errorCode(),
                    "private addresses of interfaces are taken again after a load");
        }
        HttpResponse<byte[]> again = post(copy, "/_ec2/state/save", new byte[0]);
        HttpResponse<byte[]> first = post(original, "/_ec2/state/save", new byte[0]);
        assertEquals(withoutSavedAt(first.body()), withoutSavedAt(again.body()), "a reloaded state saves the same file");
    }

    @Test
    void aBadStateFileIsRefusedAndChangesNothing() throws Exception {
        URI server = start();
        String vpc;
        try (Ec2Client ec2 = client(server, OWNER)) {
            vpc = ec2.createVpc(r -> r.cidrBlock("10.9.0.0/16")).vpc().vpcId();
        }
        for (String bad : List.of("not json", "{}", "{\"format\":\"ec2-emulator-state\",\"version\":99,\"regions\":[]}",
                "{\"format\":\"ec2-emulator-state\",\"version\":1,\"regions\":[{\"account\":\"1\",\"region\":\"us-east-1\",\"records\":[]}]}",
                "{\"format\":\"ec2-emulator-state\",\"version\":1,\"regions\":[{\"account\":\"200000000001\","
                        + "\"region\":\"us-east-1\",\"records\":[{\"store\":\"vpc\",\"id\":\"vpc-1\","
                        + "\"type\":\"java.lang.ProcessBuilder\",\"value\":{}}]}]}",
                "{\"format\":\"ec2-emulator-state\",\"version\":1,\"regions\":[{\"account\":\"200000000001\","
                        + "\"region\":\"us-east-1\",\"records\":[{\"store\":\"no-such-store\",\"id\":\"x\","
                        + "\"type\":\"io.ec2emulator.core.state.Setting\",\"value\":{\"name\":\"x\",\"value\":\"y\"}}]}]}")) {
            HttpResponse<byte[]> answer = post(server, "/_ec2/state/load", bad.getBytes());
            assertEquals(400, answer.statusCode(), bad);
            assertTrue(new String(answer.body()).contains("not a valid state file"), new String(answer.body()));
        }
        try (Ec2Client ec2 = client(server, OWNER)) {
            assertEquals(1, ec2.describeVpcs(r -> r.vpcIds(vpc)).vpcs().size());
        }
    }

    /** Touches every family in two accounts; returns the client-token launch. */
    private RunInstancesResponse scenario(URI endpoint) {
        try (Ec2Client ec2 = client(endpoint, OWNER); Ec2Client other = client(endpoint, OTHER)) {
            String image = ec2.describeImages(r -> r.owners("amazon").filters(Filter.builder().name("name")
                    .values("al2023-ami-2023.*-x86_64").build())).images().get(0).imageId();
            String key = ec2.createKeyPair(r -> r.keyName("k1").keyType("ed25519").tagSpecifications(TagSpecification
                    .builder().resourceType(ResourceType.KEY_PAIR).tags(tag("Name", "k1")).build())).keyPairId();
            ec2.createTags(r -> r.resources(key).tags(tag("Team", "blue")));

            String vpc = ec2.createVpc(r -> r.cidrBlock("10.1.0.0/16")).vpc().vpcId();
            String subnet = ec2.createSubnet(r -> r.vpcId(vpc).cidrBlock("10.1.1.0/24").availabilityZone("us-east-1a"))
                    .subnet().subnetId();
            String igw = ec2.createInternetGateway(r -> { }).internetGateway().internetGatewayId();
            ec2.attachInternetGateway(r -> r.vpcId(vpc).internetGatewayId(igw));
            ec2.createTags(r -> r.resources(vpc, subnet).tags(tag("Env", "test")));
            String group = ec2.createSecurityGroup(r -> r.vpcId(vpc).groupName("web").description("web")).groupId();
            ec2.authorizeSecurityGroupIngress(r -> r.groupId(group).ipProtocol("tcp").fromPort(443).toPort(443)
                    .cidrIp("0.0.0.0/0"));
            ec2.authorizeSecurityGroupEgress(r -> r.groupId(group).ipPermissions(IpPermission.builder().ipProtocol("tcp")
                    .fromPort(5432).toPort(5432).ipRanges(IpRange.builder().cidrIp("10.0.0.0/8").build()).build()));

            RunInstancesResponse launched = ec2.runInstances(r -> r.imageId(image).instanceType("t3.micro")
                    .minCount(2).maxCount(2).clientToken("launch-token").keyName("k1"));
            String first = launched.instances().get(0).instanceId();
            String second = launched.instances().get(1).instanceId();
            ec2.runInstances(r -> r.imageId(image).instanceType("t3.micro").minCount(1).maxCount(1)
                    .subnetId(subnet).securityGroupIds(group));
            clock.advance(Duration.ofMinutes(2));
            ec2.describeInstances(r -> { });
            networking(ec2, vpc, subnet, igw, group);

            String volume = ec2.createVolume(r -> r.availabilityZone(launched.instances().get(0).placement()
                    .availabilityZone()).size(10).clientToken("volume-token")).volumeId();
            clock.advance(Duration.ofMinutes(1));
            ec2.attachVolume(r -> r.volumeId(volume).instanceId(first).device("/dev/sdf"));
            ec2.modifyVolume(r -> r.volumeId(volume).size(20));
            String snapshot = ec2.createSnapshot(r -> r.volumeId(volume).description("data")).snapshotId();
            ec2.modifySnapshotAttribute(r -> r.snapshotId(snapshot).attribute("createVolumePermission")
                    .createVolumePermission(p -> p.add(CreateVolumePermission.builder().userId(OTHER).build())));
            String ami = ec2.createImage(r -> r.instanceId(first).name("golden").noReboot(true)).imageId();
            ec2.modifyImageAttribute(r -> r.imageId(ami).launchPermission(p -> p.add(LaunchPermission.builder()
                    .userId(OTHER).build())));
            ec2.stopInstances(r -> r.instanceIds(first));
            ec2.terminateInstances(r -> r.instanceIds(second));
            clock.advance(Duration.ofSeconds(5));

            ec2.enableEbsEncryptionByDefault(r -> { });
            ec2.modifyEbsDefaultKmsKeyId(r -> r.kmsKeyId("alias/team"));
            ec2.createVolume(r -> r.availabilityZone("us-east-1b").size(5));

            other.createKeyPair(r -> r.keyName("theirs").keyType("ed25519"));
            other.enableEbsEncryptionByDefault(r -> { });
            return launched;
        }
    }

    /** Route tables, ACL entries, DHCP options, IPv6 and secondary blocks, interfaces, Elastic IPs, NAT, peering. */
    private void networking(Ec2Client ec2, String vpc, String subnet, String igw, String group) {
        ec2.associateVpcCidrBlock(r -> r.vpcId(vpc).cidrBlock("10.2.0.0/16"));
        ec2.associateVpcCidrBlock(r -> r.vpcId(vpc).amazonProvidedIpv6CidrBlock(true));
        ec2.createEgressOnlyInternetGateway(r -> r.vpcId(vpc).clientToken("eigw-token"));
        String table = ec2.createRouteTable(r -> r.vpcId(vpc).clientToken("rtb-token")).routeTable().routeTableId();
        ec2.createRoute(r -> r.routeTableId(table).destinationCidrBlock("0.0.0.0/0").gatewayId(igw));
        ec2.associateRouteTable(r -> r.routeTableId(table).subnetId(subnet));
        String acl = ec2.createNetworkAcl(r -> r.vpcId(vpc)).networkAcl().networkAclId();
        ec2.createNetworkAclEntry(r -> r.networkAclId(acl).ruleNumber(100).protocol("6").ruleAction("allow")
                .egress(false).cidrBlock("0.0.0.0/0").portRange(p -> p.from(22).to(22)));
        String dhcp = ec2.createDhcpOptions(r -> r.dhcpConfigurations(NewDhcpConfiguration.builder()
                .key("domain-name").values("corp.example").build()))
                .dhcpOptions().dhcpOptionsId();
        ec2.associateDhcpOptions(r -> r.vpcId(vpc).dhcpOptionsId(dhcp));

        String eni = ec2.createNetworkInterface(r -> r.subnetId(subnet).groups(group).secondaryPrivateIpAddressCount(1)
                .clientToken("eni-token")).networkInterface().networkInterfaceId();
        String allocation = ec2.allocateAddress(r -> r.domain("vpc")).allocationId();
        ec2.associateAddress(r -> r.allocationId(allocation).networkInterfaceId(eni));
        ec2.allocateAddress(r -> r.domain("vpc"));
        String natAddress = ec2.allocateAddress(r -> r.domain("vpc")).allocationId();
        String nat = ec2.createNatGateway(r -> r.subnetId(subnet).allocationId(natAddress).clientToken("nat-token"))
                .natGateway().natGatewayId();
        ec2.createRoute(r -> r.routeTableId(table).destinationCidrBlock("192.168.0.0/16").natGatewayId(nat));
        peering(ec2, vpc, table);
    }

    /** An active connection with a route through it, a pending, a failed and a deleted one. */
    private void peering(Ec2Client ec2, String vpc, String table) {
        String peer = ec2.createVpc(r -> r.cidrBlock("10.5.0.0/16")).vpc().vpcId();
        String active = ec2.createVpcPeeringConnection(r -> r.vpcId(vpc).peerVpcId(peer).tagSpecifications(
                TagSpecification.builder().resourceType(ResourceType.VPC_PEERING_CONNECTION).tags(tag("Name", "p"))
                        .build())).vpcPeeringConnection().vpcPeeringConnectionId();
        ec2.acceptVpcPeeringConnection(r -> r.vpcPeeringConnectionId(active));
        ec2.createRoute(r -> r.routeTableId(table).destinationCidrBlock("10.5.0.0/16").vpcPeeringConnectionId(active));
        String third = ec2.createVpc(r -> r.cidrBlock("10.6.0.0/16")).vpc().vpcId();
        ec2.createVpcPeeringConnection(r -> r.vpcId(vpc).peerVpcId(third));
        String overlapping = ec2.createVpc(r -> r.cidrBlock("10.5.128.0/17")).vpc().vpcId();
        ec2.createVpcPeeringConnection(r -> r.vpcId(peer).peerVpcId(overlapping));
        String gone = ec2.createVpcPeeringConnection(r -> r.vpcId(third).peerVpcId(peer)).vpcPeeringConnection()
                .vpcPeeringConnectionId();
        ec2.acceptVpcPeeringConnection(r -> r.vpcPeeringConnectionId(gone));
        ec2.deleteVpcPeeringConnection(r -> r.vpcPeeringConnectionId(gone));
    }

    private static Tag tag(String key, String value) {
        return Tag.builder().key(key).value(value).build();
    }

    private static final List<String> DESCRIBES = List.of(
            "DescribeKeyPairs&IncludePublicKey=true", "DescribeTags", "DescribeVpcs", "DescribeSubnets",
            "DescribeInternetGateways", "DescribeRouteTables", "DescribeNetworkAcls", "DescribeDhcpOptions",
            "DescribeSecurityGroups", "DescribeSecurityGroupRules", "DescribeInstances",
            "DescribeInstanceStatus&IncludeAllInstances=true", "DescribeVolumes", "DescribeVolumeStatus",
            "DescribeVolumesModifications", "DescribeSnapshots&Owner.1=self", "DescribeSnapshots&RestorableBy.1=self",
            "DescribeImages&Owner.1=self", "DescribeImages&ExecutableBy.1=self", "GetEbsEncryptionByDefault",
            "GetEbsDefaultKmsKeyId", "DescribeAccountAttributes", "DescribeIamInstanceProfileAssociations",
            "DescribeEgressOnlyInternetGateways", "DescribeNetworkInterfaces", "DescribeAddresses",
            "DescribeNatGateways", "DescribeVpcPeeringConnections");

    private void compareEverything(URI original, URI copy) throws Exception {
        for (String account : List.of(OWNER, OTHER)) {
            for (String describe : DESCRIBES) {
                String a = describe(original, account, describe);
                String b = describe(copy, account, describe);
                assertEquals(a, b, describe + " of " + account);
            }
        }
    }

    private String describe(URI endpoint, String account, String action) throws Exception {
        HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(endpoint.resolve("/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=" + account
                        + "/20260115/us-east-1/ec2/aws4_request, SignedHeaders=host, Signature=0")
                .POST(HttpRequest.BodyPublishers.ofString("Action=" + action + "&Version=2016-11-15")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        String body = new String(answer.body()).replaceAll("<requestId>[^<]*</requestId>", "")
                .replaceAll("<RequestID>[^<]*</RequestID>", "");
        assertEquals(200, answer.statusCode(), action + ": " + body);
        return body;
    }

    private HttpResponse<byte[]> post(URI endpoint, String path, byte[] body) throws Exception {
        return http.send(HttpRequest.newBuilder(endpoint.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String withoutSavedAt(byte[] file) {
        return new String(file).replaceAll("\"savedAt\":\"[^\"]*\"", "");
    }
}
