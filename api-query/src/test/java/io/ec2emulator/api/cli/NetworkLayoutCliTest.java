package io.ec2emulator.api.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ec2emulator.api.TestServer;
import io.ec2emulator.core.EmulatorSettings;
import io.ec2emulator.core.reachability.TcpReachability;
import io.ec2emulator.core.reachability.Verdict;
import io.ec2emulator.core.state.RegionState;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The classic two-tier layout with the AWS CLI: a VPC with a public subnet (route to an internet
 * gateway) and a private subnet (route to a NAT gateway in the public subnet), a bastion in the
 * public subnet whose group admits SSH from one office address, and an application instance in the
 * private subnet whose group admits SSH only from the bastion's group. The reachability model must
 * then agree with what AWS would do: the bastion is reachable from the office, the application
 * instance only through the bastion.
 */
class NetworkLayoutCliTest {

    private static final String ACCOUNT = "123456789014";
    private static final String OFFICE = "203.0.113.10";
    @RegisterExtension
    static final CliServer SERVER = new CliServer(() -> new TestServer(EmulatorSettings.instant()));

    @TempDir
    Path dir;

    private String aws(String... args) {
        return new AwsCli(SERVER.server().endpoint(), dir, ACCOUNT).ok(args);
    }

    private String text(String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--output";
        all[args.length + 1] = "text";
        return aws(all);
    }

    private Verdict fromOffice(String instanceId) {
        RegionState region = SERVER.server().emulator().state(ACCOUNT, "us-east-1");
        return region.transact(false, () -> new TcpReachability(region).fromInternet(OFFICE, instanceId, 22));
    }

    private Verdict between(String source, String target) {
        RegionState region = SERVER.server().emulator().state(ACCOUNT, "us-east-1");
        return region.transact(false, () -> new TcpReachability(region).fromInstance(source, target, 22));
    }

    @Test
    void publicAndPrivateSubnetsWithANatGatewayAndABastion() {
        String vpc = text("create-vpc", "--cidr-block", "10.0.0.0/16", "--query", "Vpc.VpcId");
        aws("wait", "vpc-available", "--vpc-ids", vpc);
        String publicSubnet = text("create-subnet", "--vpc-id", vpc, "--cidr-block", "10.0.1.0/24",
                "--availability-zone", "us-east-1a", "--query", "Subnet.SubnetId");
        String privateSubnet = text("create-subnet", "--vpc-id", vpc, "--cidr-block", "10.0.2.0/24",
                "--availability-zone", "us-east-1a", "--query", "Subnet.SubnetId");
        aws("modify-subnet-attribute", "--subnet-id", publicSubnet, "--map-public-ip-on-launch");

        String igw = text("create-internet-gateway", "--query", "InternetGateway.InternetGatewayId");
        aws("attach-internet-gateway", "--internet-gateway-id", igw, "--vpc-id", vpc);
        String publicTable = text("create-route-table", "--vpc-id", vpc, "--query", "RouteTable.RouteTableId");
        aws("create-route", "--route-table-id", publicTable, "--destination-cidr-block", "0.0.0.0/0",
                "--gateway-id", igw);
        aws("associate-route-table", "--route-table-id", publicTable, "--subnet-id", publicSubnet);

        String allocation = text("allocate-address", "--domain", "vpc", "--query", "AllocationId");
        String nat = text("create-nat-gateway", "--subnet-id", publicSubnet, "--allocation-id", allocation,
                "--query", "NatGateway.NatGatewayId");
        aws("wait", "nat-gateway-available", "--nat-gateway-ids", nat);
        String privateTable = text("create-route-table", "--vpc-id", vpc, "--query", "RouteTable.RouteTableId");
        aws("create-route", "--route-table-id", privateTable, "--destination-cidr-block", "0.0.0.0/0",
                "--nat-gateway-id", nat);
        aws("associate-route-table", "--route-table-id", privateTable, "--subnet-id", privateSubnet);

        assertEquals(igw, text("describe-route-tables", "--filters", "Name=association.subnet-id,Values=" + publicSubnet,
                "--query", "RouteTables[0].Routes[?DestinationCidrBlock=='0.0.0.0/0'].GatewayId | [0]"));
        assertEquals(nat + "\tactive", text("describe-route-tables", "--route-table-ids", privateTable, "--query",
                "RouteTables[0].Routes[?DestinationCidrBlock=='0.0.0.0/0'].[NatGatewayId,State] | [0]"));
        assertEquals(allocation, text("describe-nat-gateways", "--nat-gateway-ids", nat, "--query",
                "NatGateways[0].NatGatewayAddresses[0].AllocationId"));

        String bastionGroup = text("create-security-group", "--vpc-id", vpc, "--group-name", "bastion",
                "--description", "SSH from the office", "--query", "GroupId");
        aws("authorize-security-group-ingress", "--group-id", bastionGroup, "--protocol", "tcp", "--port", "22",
                "--cidr", OFFICE + "/32");
        String appGroup = text("create-security-group", "--vpc-id", vpc, "--group-name", "app",
                "--description", "SSH from the bastion", "--query", "GroupId");
        aws("authorize-security-group-ingress", "--group-id", appGroup, "--protocol", "tcp", "--port", "22",
                "--source-group", bastionGroup);

        String ami = text("describe-images", "--owners", "amazon", "--filters",
                "Name=name,Values=al2023-ami-2023.*-x86_64", "--query", "Images[0].ImageId");
        aws("create-key-pair", "--key-name", "ops", "--query", "KeyFingerprint");
        String bastion = text("run-instances", "--image-id", ami, "--instance-type", "t3.micro", "--key-name", "ops",
                "--subnet-id", publicSubnet, "--security-group-ids", bastionGroup,
                "--query", "Instances[0].InstanceId");
        String app = text("run-instances", "--image-id", ami, "--instance-type", "t3.micro", "--key-name", "ops",
                "--subnet-id", privateSubnet, "--security-group-ids", appGroup,
                "--query", "Instances[0].InstanceId");
        aws("wait", "instance-running", "--instance-ids", bastion, app);
        assertTrue(text("describe-instances", "--instance-ids", bastion, "--query",
                "Reservations[0].Instances[0].PublicIpAddress").matches("\\d+\\.\\d+\\.\\d+\\.\\d+"));
        assertEquals("None", text("describe-instances", "--instance-ids", app, "--query",
                "Reservations[0].Instances[0].PublicIpAddress"));

        assertTrue(fromOffice(bastion).reachable(), () -> fromOffice(bastion).reason());
        assertTrue(between(bastion, app).reachable(), () -> between(bastion, app).reason());
        assertFalse(fromOffice(app).reachable());
        assertFalse(between(app, bastion).reachable(), "the bastion's group admits the office only");

        aws("delete-nat-gateway", "--nat-gateway-id", nat);
        aws("wait", "nat-gateway-deleted", "--nat-gateway-ids", nat);
        assertEquals("blackhole", text("describe-route-tables", "--route-table-ids", privateTable, "--query",
                "RouteTables[0].Routes[?DestinationCidrBlock=='0.0.0.0/0'].State | [0]"));
    }
}
