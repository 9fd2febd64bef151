package io.ec2emulator.api.actions;

import static io.ec2emulator.api.actions.Ec2Assertions.assertEc2Error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ec2emulator.api.ServerPerClass;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Route;
import software.amazon.awssdk.services.ec2.model.SubnetIpv6CidrBlockAssociation;
import software.amazon.awssdk.services.ec2.model.Vpc;
import software.amazon.awssdk.services.ec2.model.VpcCidrBlockAssociation;
import software.amazon.awssdk.services.ec2.model.VpcIpv6CidrBlockAssociation;

/** Secondary IPv4 blocks and the Amazon-provided IPv6 block of a VPC. */
class VpcCidrBlocksApiTest {

    @RegisterExtension
    static final ServerPerClass SERVER = new ServerPerClass("4500000");

    private static Filter filter(String name, String... values) {
        return Filter.builder().name(name).values(values).build();
    }

    private static Vpc describe(Ec2Client ec2, String vpcId) {
        return ec2.describeVpcs(r -> r.vpcIds(vpcId)).vpcs().get(0);
    }

    private static List<String> localRoutes(Ec2Client ec2, String vpcId) {
        return ec2.describeRouteTables(r -> r.filters(filter("vpc-id", vpcId))).routeTables().get(0).routes().stream()
                .filter(r -> "local".equals(r.gatewayId()))
                .map(r -> r.destinationCidrBlock() != null ? r.destinationCidrBlock() : r.destinationIpv6CidrBlock())
                .toList();
    }

    @Test
    void aSecondaryBlockHoldsSubnetsAndLeavesOnlyWhenEmpty() {
        Ec2Client ec2 = SERVER.newAccount();
        Vpc vpc = ec2.createVpc(r -> r.cidrBlock("10.0.0.0/16")).vpc();
        String vpcId = vpc.vpcId();
        var associated = ec2.associateVpcCidrBlock(r -> r.vpcId(vpcId).cidrBlock("10.1.0.0/16"));
        assertEquals(vpcId, associated.vpcId());
        VpcCidrBlockAssociation association = associated.cidrBlockAssociation();
        assertTrue(association.associationId().matches("vpc-cidr-assoc-[0-9a-f]{17}"));
        assertEquals("10.1.0.0/16", association.cidrBlock());

        List<VpcCidrBlockAssociation> set = describe(ec2, vpcId).cidrBlockAssociationSet();
        assertEquals(List.of("10.0.0.0/16", "10.1.0.0/16"), set.stream().map(VpcCidrBlockAssociation::cidrBlock)
                .toList());
        assertEquals("associated", set.get(1).cidrBlockState().stateAsString());
        assertEquals("10.0.0.0/16", describe(ec2, vpcId).cidrBlock());
        assertEquals(1, ec2.describeVpcs(r -> r.filters(filter("cidr-block-association.cidr-block", "10.1.0.0/16")))
                .vpcs().size());
        assertEquals(List.of("10.0.0.0/16", "10.1.0.0/16"), localRoutes(ec2, vpcId));

        String subnetId = ec2.createSubnet(r -> r.vpcId(vpcId).cidrBlock("10.1.4.0/24")).subnet().subnetId();
        assertEc2Error("DependencyViolation", subnetId, () -> ec2.disassociateVpcCidrBlock(r -> r.associationId(
                association.associationId())));
        assertEc2Error("OperationNotPermitted", "It is the primary IPv4 CIDR block of the VPC",
                () -> ec2.disassociateVpcCidrBlock(r -> r.associationId(vpc.cidrBlockAssociationSet().get(0)
                        .associationId())));
        ec2.deleteSubnet(r -> r.subnetId(subnetId));
        var gone = ec2.disassociateVpcCidrBlock(r -> r.associationId(association.associationId()));
        assertEquals("disassociating", gone.cidrBlockAssociation().cidrBlockState().stateAsString());
        assertEquals(1, describe(ec2, vpcId).cidrBlockAssociationSet().size());
        assertEquals(List.of("10.0.0.0/16"), localRoutes(ec2, vpcId));
        assertEc2Error("InvalidVpcCidrBlockAssociationID.NotFound", association.associationId(),
                () -> ec2.disassociateVpcCidrBlock(r -> r.associationId(association.associationId())));
        assertEc2Error("InvalidSubnet.Range", "The CIDR '10.1.4.0/24' is invalid.",
                () -> ec2.createSubnet(r -> r.vpcId(vpcId).cidrBlock("10.1.4.0/24")));
    }

    @Test
    void secondaryBlocksFollowEc2RangeRules() {
        Ec2Client ec2 = SERVER.newAccount();
        String vpcId = ec2.createVpc(r -> r.cidrBlock("10.0.0.0/16")).vpc().vpcId();
        assertEc2Error("InvalidVpc.Range", "The CIDR '172.16.0.0/16' is restricted.",
                () -> ec2.associateVpcCidrBlock(r -> r.vpcId(vpcId).cidrBlock("172.16.0.0/16")));
        assertEc2Error("InvalidVpc.Range", "The CIDR '192.168.0.0/16' is restricted.",
                () -> ec2.associateVpcCidrBlock(r -> r.vpcId(vpcId).cidrBlock("192.168.0.0/16")));
        assertEc2Error("InvalidVpc.Range", "conflicts with the CIDR '10.0.0.0/16'",
                () -> ec2.associateVpcCidrBlock(r -> r.vpcId(vpcId).cidrBlock("10.0.128.0/17")));
        assertEc2Error("InvalidVpc.Range", "The CIDR '10.5.0.0/29' is invalid.",
                () -> ec2.associateVpcCidrBlock(r -> r.vpcId(vpcId).cidrBlock("10.5.0.0/29")));
        assertEc2Error("InvalidParameterValue", "This is not a valid CIDR block.",
                () -> ec2.associateVpcCidrBlock(r -> r.vpcId(vpcId).cidrBlock("10.5.0.0")));
        ec2.associateVpcCidrBlock(r -> r.vpcId(vpcId).cidrBlock("100.64.0.0/16"));
        for (int i = 2; i < 5; i++) {
            String cidr = "10." + i + ".0.0/16";
            ec2.associateVpcCidrBlock(r -> r.vpcId(vpcId).cidrBlock(cidr));
        }
        assertEc2Error("CidrLimitExceeded", "This network '" + vpcId + "' has met its maximum number of allowed "
                + "CIDRs: 5", () -> ec2.associateVpcCidrBlock(r -> r.vpcId(vpcId).cidrBlock("10.9.0.0/16")));

        String publicVpc = ec2.createVpc(r -> r.cidrBlock("100.70.0.0/16")).vpc().vpcId();
        assertEc2Error("InvalidVpc.Range", "is restricted", () -> ec2.associateVpcCidrBlock(r -> r.vpcId(publicVpc)
                .cidrBlock("10.0.0.0/16")));
        assertEc2Error("MissingParameter", "cidrBlock or amazonProvidedIpv6CidrBlock",
                () -> ec2.associateVpcCidrBlock(r -> r.vpcId(publicVpc)));
        assertEc2Error("NotImplemented", 501, "Ipv6Pool", () -> ec2.associateVpcCidrBlock(r -> r.vpcId(publicVpc)
                .ipv6Pool("pool-1")));
    }

    @Test
    void anAmazonProvidedIpv6BlockIsASlash56UniqueInTheRegion() {
        Ec2Client ec2 = SERVER.newAccount();
        String vpcId = ec2.createVpc(r -> r.cidrBlock("10.0.0.0/16")).vpc().vpcId();
        String otherVpc = ec2.createVpc(r -> r.cidrBlock("10.0.0.0/16")).vpc().vpcId();
        VpcIpv6CidrBlockAssociation association = ec2.associateVpcCidrBlock(r -> r.vpcId(vpcId)
                .amazonProvidedIpv6CidrBlock(true)).ipv6CidrBlockAssociation();
        assertTrue(association.ipv6CidrBlock().matches("2600:1f[0-9a-f]{2}:[0-9a-f:]+/56"), association.ipv6CidrBlock());
        assertEquals("associating", association.ipv6CidrBlockState().stateAsString());
        assertEquals("us-east-1", association.networkBorderGroup());
        String other = ec2.associateVpcCidrBlock(r -> r.vpcId(otherVpc).amazonProvidedIpv6CidrBlock(true))
                .ipv6CidrBlockAssociation().ipv6CidrBlock();
        assertNotEquals(association.ipv6CidrBlock(), other);

        VpcIpv6CidrBlockAssociation described = describe(ec2, vpcId).ipv6CidrBlockAssociationSet().get(0);
        assertEquals(association.ipv6CidrBlock(), described.ipv6CidrBlock());
        assertEquals("associated", described.ipv6CidrBlockState().stateAsString());
        assertEquals("Amazon", described.ipv6Pool());
        assertEquals(1, ec2.describeVpcs(r -> r.filters(filter("ipv6-cidr-block-association.ipv6-cidr-block",
                association.ipv6CidrBlock()))).vpcs().size());
        assertEquals(1, ec2.describeVpcs(r -> r.filters(filter("ipv6-cidr-block-association.association-id",
                association.associationId()))).vpcs().size());
        assertEquals(2, ec2.describeVpcs(r -> r.filters(filter("ipv6-cidr-block-association.ipv6-pool", "Amazon"),
                filter("ipv6-cidr-block-association.state", "associated"))).vpcs().size());
        assertEquals(List.of("10.0.0.0/16", association.ipv6CidrBlock()), localRoutes(ec2, vpcId));
        assertEc2Error("CidrLimitExceeded", "IPv6", () -> ec2.associateVpcCidrBlock(r -> r.vpcId(vpcId)
                .amazonProvidedIpv6CidrBlock(true)));

        ec2.disassociateVpcCidrBlock(r -> r.associationId(association.associationId()));
        assertTrue(describe(ec2, vpcId).ipv6CidrBlockAssociationSet().isEmpty());
        List<Route> routes = ec2.describeRouteTables(r -> r.filters(filter("vpc-id", vpcId))).routeTables().get(0)
                .routes();
        assertEquals(1, routes.size());
    }

    @Test
    void subnetsTakeA64OfTheVpcIpv6Block() {
        Ec2Client ec2 = SERVER.newAccount();
        Vpc vpc = ec2.createVpc(r -> r.cidrBlock("10.0.0.0/16").amazonProvidedIpv6CidrBlock(true)).vpc();
        String vpcId = vpc.vpcId();
        String vpcBlock = vpc.ipv6CidrBlockAssociationSet().get(0).ipv6CidrBlock();
        String prefix = vpcBlock.substring(0, vpcBlock.indexOf("00::/56"));
        String first = prefix + "01::/64";
        String second = prefix + "02::/64";
        assertEquals(List.of("10.0.0.0/16", vpcBlock), localRoutes(ec2, vpcId));

        var subnet = ec2.createSubnet(r -> r.vpcId(vpcId).cidrBlock("10.0.1.0/24").ipv6CidrBlock(first)).subnet();
        SubnetIpv6CidrBlockAssociation association = subnet.ipv6CidrBlockAssociationSet().get(0);
        assertEquals(first, association.ipv6CidrBlock());
        assertEquals("associated", association.ipv6CidrBlockState().stateAsString());
        assertTrue(association.associationId().matches("subnet-cidr-assoc-[0-9a-f]{17}"));
        assertEquals(1, ec2.describeSubnets(r -> r.filters(filter("ipv6-cidr-block-association.ipv6-cidr-block",
                first))).subnets().size());

        String other = ec2.createSubnet(r -> r.vpcId(vpcId).cidrBlock("10.0.2.0/24")).subnet().subnetId();
        assertEc2Error("InvalidSubnet.Conflict", "The CIDR '" + first + "' conflicts with another subnet",
                () -> ec2.associateSubnetCidrBlock(r -> r.subnetId(other).ipv6CidrBlock(first)));
        assertEc2Error("InvalidSubnet.Range", "The CIDR '" + prefix + "00::/56' is invalid.",
                () -> ec2.associateSubnetCidrBlock(r -> r.subnetId(other).ipv6CidrBlock(prefix + "00::/56")));
        assertEc2Error("InvalidSubnet.Range", "The CIDR '2001:db8::/64' is invalid.",
                () -> ec2.associateSubnetCidrBlock(r -> r.subnetId(other).ipv6CidrBlock("2001:db8::/64")));
        var added = ec2.associateSubnetCidrBlock(r -> r.subnetId(other).ipv6CidrBlock(second));
        assertEquals(other, added.subnetId());
        assertEquals("associating", added.ipv6CidrBlockAssociation().ipv6CidrBlockState().stateAsString());
        assertEc2Error("InvalidParameterValue", "already has an IPv6 CIDR block",
                () -> ec2.associateSubnetCidrBlock(r -> r.subnetId(other).ipv6CidrBlock(prefix + "03::/64")));

        assertEc2Error("DependencyViolation", "is used by subnet", () -> ec2.disassociateVpcCidrBlock(r -> r
                .associationId(vpc.ipv6CidrBlockAssociationSet().get(0).associationId())));
        ec2.disassociateSubnetCidrBlock(r -> r.associationId(association.associationId()));
        ec2.disassociateSubnetCidrBlock(r -> r.associationId(added.ipv6CidrBlockAssociation().associationId()));
        assertTrue(ec2.describeSubnets(r -> r.subnetIds(other)).subnets().get(0).ipv6CidrBlockAssociationSet()
                .isEmpty());
        assertEc2Error("InvalidSubnetCidrBlockAssociationID.NotFound", association.associationId(),
                () -> ec2.disassociateSubnetCidrBlock(r -> r.associationId(association.associationId())));
        ec2.disassociateVpcCidrBlock(r -> r.associationId(vpc.ipv6CidrBlockAssociationSet().get(0).associationId()));

        String plainVpc = ec2.createVpc(r -> r.cidrBlock("10.1.0.0/16")).vpc().vpcId();
        assertEc2Error("InvalidSubnet.Range", "The CIDR '" + first + "' is invalid.", () -> ec2.createSubnet(r -> r
                .vpcId(plainVpc).cidrBlock("10.1.1.0/24").ipv6CidrBlock(first)));
        assertTrue(ec2.describeSubnets(r -> r.filters(filter("vpc-id", plainVpc))).subnets().isEmpty());
    }
}
