package io.ec2emulator.api.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ec2emulator.api.TestServer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A VPC with a public subnet (its route table sends 0.0.0.0/0 to an internet gateway) and a private
 * subnet (its own table, no internet route), built and inspected with the AWS CLI.
 */
class RouteTablesCliTest {

    @RegisterExtension
    static final CliServer SERVER = new CliServer(() -> new TestServer());

    @TempDir
    Path dir;

    private String aws(String... args) {
        return new AwsCli(SERVER.server().endpoint(), dir, "123456789014").ok(args);
    }

    private String text(String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--output";
        all[args.length + 1] = "text";
        return aws(all);
    }

    @Test
    void publicAndPrivateSubnets() {
        String vpc = text("create-vpc", "--cidr-block", "10.20.0.0/16", "--query", "Vpc.VpcId");
        String publicSubnet = text("create-subnet", "--vpc-id", vpc, "--cidr-block", "10.20.1.0/24",
                "--query", "Subnet.SubnetId");
        String privateSubnet = text("create-subnet", "--vpc-id", vpc, "--cidr-block", "10.20.2.0/24",
                "--query", "Subnet.SubnetId");
        String igw = text("create-internet-gateway", "--query", "InternetGateway.InternetGatewayId");
        aws("attach-internet-gateway", "--internet-gateway-id", igw, "--vpc-id", vpc);

        String publicTable = text("create-route-table", "--vpc-id", vpc, "--tag-specifications",
                "ResourceType=route-table,Tags=[{Key=Name,Value=public}]", "--query", "RouteTable.RouteTableId");
        assertEquals("True", text("create-route", "--route-table-id", publicTable, "--destination-cidr-block",
                "0.0.0.0/0", "--gateway-id", igw, "--query", "Return"));
        text("associate-route-table", "--route-table-id", publicTable, "--subnet-id", publicSubnet,
                "--query", "AssociationId");
        aws("modify-subnet-attribute", "--subnet-id", publicSubnet, "--map-public-ip-on-launch");

        String privateTable = text("create-route-table", "--vpc-id", vpc, "--tag-specifications",
                "ResourceType=route-table,Tags=[{Key=Name,Value=private}]", "--query", "RouteTable.RouteTableId");
        text("associate-route-table", "--route-table-id", privateTable, "--subnet-id", privateSubnet,
                "--query", "AssociationState.State");

        assertEquals("10.20.0.0/16\tlocal\tactive\n0.0.0.0/0\t" + igw + "\tactive", text("describe-route-tables",
                "--route-table-ids", publicTable, "--query",
                "RouteTables[0].Routes[].[DestinationCidrBlock,GatewayId,State]"));
        assertEquals("10.20.0.0/16\tlocal\tCreateRouteTable", text("describe-route-tables", "--route-table-ids",
                privateTable, "--query", "RouteTables[0].Routes[].[DestinationCidrBlock,GatewayId,Origin]"));
        assertEquals(privateTable, text("describe-route-tables", "--filters",
                "Name=association.subnet-id,Values=" + privateSubnet, "--query", "RouteTables[].RouteTableId"));
        assertEquals(publicTable, text("describe-route-tables", "--filters", "Name=vpc-id,Values=" + vpc,
                "Name=route.destination-cidr-block,Values=0.0.0.0/0", "--query", "RouteTables[].RouteTableId"));
        assertEquals("public", text("describe-route-tables", "--filters",
                "Name=route.gateway-id,Values=" + igw, "--query", "RouteTables[0].Tags[?Key=='Name'].Value"));
        assertEquals("3", text("describe-route-tables", "--filters", "Name=vpc-id,Values=" + vpc,
                "--query", "length(RouteTables)"));
        assertEquals("True", text("describe-route-tables", "--filters", "Name=vpc-id,Values=" + vpc,
                "Name=association.main,Values=true", "--query", "RouteTables[0].Associations[0].Main"));

        aws("detach-internet-gateway", "--internet-gateway-id", igw, "--vpc-id", vpc);
        assertEquals("blackhole", text("describe-route-tables", "--route-table-ids", publicTable, "--query",
                "RouteTables[0].Routes[?DestinationCidrBlock=='0.0.0.0/0'].State"));
        String error = new AwsCli(SERVER.server().endpoint(), dir, "123456789014").run("delete-route", "--route-table-id",
                privateTable, "--destination-cidr-block", "10.20.0.0/16").stderr();
        assertTrue(error.contains("(InvalidParameterValue)") && error.contains("cannot remove local route"),
                error);
    }
}
