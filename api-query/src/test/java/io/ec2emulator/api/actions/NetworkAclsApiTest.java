package io.ec2emulator.api.actions;

import static io.ec2emulator.api.actions.Ec2Assertions.assertEc2Error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ec2emulator.api.ServerPerClass;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.CreateNetworkAclEntryRequest;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.IcmpTypeCode;
import software.amazon.awssdk.services.ec2.model.NetworkAcl;
import software.amazon.awssdk.services.ec2.model.NetworkAclEntry;
import software.amazon.awssdk.services.ec2.model.PortRange;

/** Network ACLs, their entries and their subnet associations. */
class NetworkAclsApiTest {

    @RegisterExtension
    static final ServerPerClass SERVER = new ServerPerClass("4200000");

    private static Filter filter(String name, String... values) {
        return Filter.builder().name(name).values(values).build();
    }

    private static NetworkAcl describe(Ec2Client ec2, String aclId) {
        return ec2.describeNetworkAcls(r -> r.networkAclIds(aclId)).networkAcls().get(0);
    }

    private static NetworkAclEntry entry(Ec2Client ec2, String aclId, int ruleNumber, boolean egress) {
        return describe(ec2, aclId).entries().stream().filter(e -> e.ruleNumber() == ruleNumber && e.egress() == egress)
                .findFirst().orElseThrow();
    }

    private static CreateNetworkAclEntryRequest.Builder tcp(String aclId, int rule, int from, int to) {
        return CreateNetworkAclEntryRequest.builder().networkAclId(aclId).ruleNumber(rule).protocol("tcp")
                .ruleAction("allow").egress(false).cidrBlock("0.0.0.0/0")
                .portRange(PortRange.builder().from(from).to(to).build());
    }

    @Test
    void aNewAclDeniesEverythingAndTheDefaultOneAllows() {
        Ec2Client ec2 = SERVER.newAccount();
        String vpcId = ec2.createVpc(r -> r.cidrBlock("10.0.0.0/16")).vpc().vpcId();
        NetworkAcl acl = ec2.createNetworkAcl(r -> r.vpcId(vpcId)).networkAcl();
        assertTrue(acl.networkAclId().matches("acl-[0-9a-f]{17}"));
        assertFalse(acl.isDefault());
        assertEquals(List.of(
                NetworkAclEntry.builder().ruleNumber(32767).protocol("-1").ruleAction("deny").egress(true)
                        .cidrBlock("0.0.0.0/0").build(),
                NetworkAclEntry.builder().ruleNumber(32767).protocol("-1").ruleAction("deny").egress(false)
                        .cidrBlock("0.0.0.0/0").build()), acl.entries());
        NetworkAcl defaultAcl = ec2.describeNetworkAcls(r -> r.filters(filter("vpc-id", vpcId),
                filter("default", "true"))).networkAcls().get(0);
        assertEquals(List.of(100, 32767, 100, 32767), defaultAcl.entries().stream().map(NetworkAclEntry::ruleNumber)
                .toList());

        ec2.associateVpcCidrBlock(r -> r.vpcId(vpcId).amazonProvidedIpv6CidrBlock(true));
        assertEquals("allow", entry(ec2, defaultAcl.networkAclId(), 101, false).ruleActionAsString());
        assertEquals("::/0", entry(ec2, defaultAcl.networkAclId(), 101, true).ipv6CidrBlock());
        assertEquals("deny", entry(ec2, acl.networkAclId(), 32768, false).ruleActionAsString());
        assertEquals(2, ec2.describeNetworkAcls(r -> r.filters(filter("vpc-id", vpcId),
                filter("entry.ipv6-cidr", "::/0"))).networkAcls().size());
        NetworkAcl third = ec2.createNetworkAcl(r -> r.vpcId(vpcId)).networkAcl();
        assertEquals(List.of(32767, 32768, 32767, 32768), third.entries().stream().map(NetworkAclEntry::ruleNumber)
                .toList());
    }

    @Test
    void entriesAreCreatedReplacedAndDeletedByNumberAndDirection() {
        Ec2Client ec2 = SERVER.newAccount();
        String vpcId = ec2.createVpc(r -> r.cidrBlock("10.0.0.0/16")).vpc().vpcId();
        String aclId = ec2.createNetworkAcl(r -> r.vpcId(vpcId)).networkAcl().networkAclId();

        ec2.createNetworkAclEntry(tcp(aclId, 100, 443, 443).build());
        NetworkAclEntry https = entry(ec2, aclId, 100, false);
        assertEquals("6", https.protocol());
        assertEquals(443, https.portRange().from());
        assertEquals(443, https.portRange().to());
        assertEquals(1, ec2.describeNetworkAcls(r -> r.filters(filter("entry.port-range.from", "443"))).networkAcls()
                .size());
        ec2.createNetworkAclEntry(r -> r.networkAclId(aclId).ruleNumber(100).protocol("-1").ruleAction("deny")
                .egress(true).cidrBlock("10.9.0.0/16"));
        assertEquals("deny", entry(ec2, aclId, 100, true).ruleActionAsString());
        assertEc2Error("NetworkAclEntryAlreadyExists", "The network acl entry identified by 100 already exists.",
                () -> ec2.createNetworkAclEntry(tcp(aclId, 100, 80, 80).build()));

        ec2.replaceNetworkAclEntry(r -> r.networkAclId(aclId).ruleNumber(100).protocol("udp").ruleAction("deny")
                .egress(false).cidrBlock("10.0.0.0/8").portRange(p -> p.from(53).to(53)));
        NetworkAclEntry dns = entry(ec2, aclId, 100, false);
        assertEquals("17", dns.protocol());
        assertEquals("deny", dns.ruleActionAsString());
        assertEquals("10.0.0.0/8", dns.cidrBlock());
        assertEc2Error("InvalidNetworkAclEntry.NotFound", "The network acl entry identified by 200 does not exist",
                () -> ec2.replaceNetworkAclEntry(r -> r.networkAclId(aclId).ruleNumber(200).protocol("-1")
                        .ruleAction("deny").egress(false).cidrBlock("0.0.0.0/0")));

        ec2.createNetworkAclEntry(r -> r.networkAclId(aclId).ruleNumber(110).protocol("icmp").ruleAction("allow")
                .egress(false).cidrBlock("0.0.0.0/0").icmpTypeCode(IcmpTypeCode.builder().type(8).code(-1).build()));
        NetworkAclEntry ping = entry(ec2, aclId, 110, false);
        assertEquals("1", ping.protocol());
        assertEquals(8, ping.icmpTypeCode().type());
        assertEquals(1, ec2.describeNetworkAcls(r -> r.filters(filter("entry.icmp.type", "8"),
                filter("entry.icmp.code", "-1"))).networkAcls().size());
        ec2.createNetworkAclEntry(r -> r.networkAclId(aclId).ruleNumber(120).protocol("58").ruleAction("allow")
                .egress(true).ipv6CidrBlock("2600:1f18::/56").icmpTypeCode(c -> c.type(-1).code(-1)));
        assertEquals("2600:1f18::/56", entry(ec2, aclId, 120, true).ipv6CidrBlock());

        ec2.deleteNetworkAclEntry(r -> r.networkAclId(aclId).ruleNumber(100).egress(true));
        assertEquals(List.of(120, 32767, 100, 110, 32767), describe(ec2, aclId).entries().stream()
                .map(NetworkAclEntry::ruleNumber).toList());
        assertEc2Error("InvalidNetworkAclEntry.NotFound", "The network acl entry identified by 100 does not exist",
                () -> ec2.deleteNetworkAclEntry(r -> r.networkAclId(aclId).ruleNumber(100).egress(true)));
    }

    @Test
    void entryParametersAreCheckedAsEc2Does() {
        Ec2Client ec2 = SERVER.newAccount();
        String vpcId = ec2.createVpc(r -> r.cidrBlock("10.0.0.0/16")).vpc().vpcId();
        String aclId = ec2.createNetworkAcl(r -> r.vpcId(vpcId)).networkAcl().networkAclId();

        assertEc2Error("InvalidParameterValue", "Value (32767) for parameter ruleNumber is invalid",
                () -> ec2.createNetworkAclEntry(tcp(aclId, 32767, 80, 80).build()));
        assertEc2Error("InvalidParameterValue", "Value (32767) for parameter ruleNumber is invalid",
                () -> ec2.replaceNetworkAclEntry(r -> r.networkAclId(aclId).ruleNumber(32767).protocol("-1")
                        .ruleAction("allow").egress(false).cidrBlock("0.0.0.0/0")));
        assertEc2Error("InvalidParameterValue", "Value (32767) for parameter ruleNumber is invalid",
                () -> ec2.deleteNetworkAclEntry(r -> r.networkAclId(aclId).ruleNumber(32767).egress(false)));
        assertEc2Error("InvalidParameterValue", "Value (0) for parameter ruleNumber is invalid",
                () -> ec2.createNetworkAclEntry(tcp(aclId, 0, 80, 80).build()));
        assertEc2Error("MissingParameter", "portRange", () -> ec2.createNetworkAclEntry(tcp(aclId, 10, 80, 80)
                .portRange((PortRange) null).build()));
        assertEc2Error("InvalidParameterValue", "Invalid port range 90-80",
                () -> ec2.createNetworkAclEntry(tcp(aclId, 10, 90, 80).build()));
        assertEc2Error("MissingParameter", "icmpTypeCode", () -> ec2.createNetworkAclEntry(tcp(aclId, 10, 0, 0)
                .protocol("icmp").portRange((PortRange) null).build()));
        assertEc2Error("InvalidParameterValue", "Invalid value 'gre' for protocol",
                () -> ec2.createNetworkAclEntry(tcp(aclId, 10, 80, 80).protocol("gre").build()));
        assertEc2Error("InvalidParameterValue", "for parameter ruleAction is invalid",
                () -> ec2.createNetworkAclEntry(tcp(aclId, 10, 80, 80).ruleAction("permit").build()));
        assertEc2Error("MissingParameter", "cidrBlock or ipv6CidrBlock",
                () -> ec2.createNetworkAclEntry(tcp(aclId, 10, 80, 80).cidrBlock(null).build()));
        assertEc2Error("InvalidParameterCombination", "ipv6CidrBlock",
                () -> ec2.createNetworkAclEntry(tcp(aclId, 10, 80, 80).ipv6CidrBlock("::/0").build()));
        assertEc2Error("InvalidParameterValue", "This is not a valid CIDR block.",
                () -> ec2.createNetworkAclEntry(tcp(aclId, 10, 80, 80).cidrBlock("10.0.0.0/33").build()));
        assertEc2Error("MissingParameter", "Egress", () -> ec2.createNetworkAclEntry(tcp(aclId, 10, 80, 80)
                .egress(null).build()));

        ec2.createNetworkAclEntry(tcp(aclId, 10, 80, 80).protocol("47").build());
        NetworkAclEntry gre = entry(ec2, aclId, 10, false);
        assertEquals("47", gre.protocol());
        assertEquals(null, gre.portRange());
    }

    @Test
    void subnetsMoveBetweenAclsOfTheirVpcAndAclsInUseStay() {
        Ec2Client ec2 = SERVER.newAccount();
        String vpcId = ec2.createVpc(r -> r.cidrBlock("10.0.0.0/16")).vpc().vpcId();
        String subnetId = ec2.createSubnet(r -> r.vpcId(vpcId).cidrBlock("10.0.1.0/24")).subnet().subnetId();
        String aclId = ec2.createNetworkAcl(r -> r.vpcId(vpcId)).networkAcl().networkAclId();
        String foreignAcl = ec2.createNetworkAcl(r -> r.vpcId(ec2.createVpc(v -> v.cidrBlock("10.1.0.0/16")).vpc()
                .vpcId())).networkAcl().networkAclId();
        NetworkAcl defaultAcl = ec2.describeNetworkAcls(r -> r.filters(filter("association.subnet-id", subnetId)))
                .networkAcls().get(0);
        assertTrue(defaultAcl.isDefault());
        String associationId = defaultAcl.associations().get(0).networkAclAssociationId();

        assertEc2Error("InvalidParameterValue", "belong to different networks", () -> ec2.replaceNetworkAclAssociation(
                r -> r.associationId(associationId).networkAclId(foreignAcl)));
        assertEc2Error("InvalidAssociationID.NotFound", "aclassoc-0123456789abcdef0",
                () -> ec2.replaceNetworkAclAssociation(r -> r.associationId("aclassoc-0123456789abcdef0")
                        .networkAclId(aclId)));
        String moved = ec2.replaceNetworkAclAssociation(r -> r.associationId(associationId).networkAclId(aclId))
                .newAssociationId();
        assertTrue(moved.matches("aclassoc-[0-9a-f]{17}"));
        assertEquals(aclId, ec2.describeNetworkAcls(r -> r.filters(filter("association.subnet-id", subnetId)))
                .networkAcls().get(0).networkAclId());
        assertEc2Error("DependencyViolation", "The networkAcl '" + aclId + "' has dependencies and cannot be deleted.",
                () -> ec2.deleteNetworkAcl(r -> r.networkAclId(aclId)));
        assertEc2Error("InvalidParameterValue", "cannot delete default network ACL " + defaultAcl.networkAclId(),
                () -> ec2.deleteNetworkAcl(r -> r.networkAclId(defaultAcl.networkAclId())));

        ec2.replaceNetworkAclAssociation(r -> r.associationId(moved).networkAclId(defaultAcl.networkAclId()));
        ec2.deleteNetworkAcl(r -> r.networkAclId(aclId));
        assertEc2Error("InvalidNetworkAclID.NotFound", aclId, () -> ec2.deleteNetworkAcl(r -> r.networkAclId(aclId)));
    }
}
