package io.ec2emulator.api.actions;

import static io.ec2emulator.api.actions.Ec2Assertions.assertEc2Error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ec2emulator.api.ServerPerClass;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.DhcpConfiguration;
import software.amazon.awssdk.services.ec2.model.DhcpOptions;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.NewDhcpConfiguration;

/** DHCP options sets: creation with EC2's keys and limits, association with VPCs, deletion. */
class DhcpOptionsApiTest {

    @RegisterExtension
    static final ServerPerClass SERVER = new ServerPerClass("4300000");

    private static NewDhcpConfiguration option(String key, String... values) {
        return NewDhcpConfiguration.builder().key(key).values(values).build();
    }

    private static String values(DhcpOptions options, String key) {
        return options.dhcpConfigurations().stream().filter(c -> c.key().equals(key)).findFirst()
                .map(DhcpConfiguration::values).orElseThrow().stream().map(v -> v.value())
                .reduce((a, b) -> a + "," + b).orElse("");
    }

    @Test
    void aSetIsCreatedAssociatedAndDeleted() {
        Ec2Client ec2 = SERVER.newAccount();
        DhcpOptions options = ec2.createDhcpOptions(r -> r.dhcpConfigurations(
                option("domain-name", "corp.example"),
                option("domain-name-servers", "10.0.0.2", "AmazonProvidedDNS"),
                option("ntp-servers", "169.254.169.123"),
                option("netbios-node-type", "2"),
                option("ipv6-address-preferred-lease-time", "3600"))).dhcpOptions();
        assertTrue(options.dhcpOptionsId().matches("dopt-[0-9a-f]{17}"));
        assertEquals("corp.example", values(options, "domain-name"));
        assertEquals("10.0.0.2,AmazonProvidedDNS", values(options, "domain-name-servers"));
        assertEquals(1, ec2.describeDhcpOptions(r -> r.filters(Filter.builder().name("value")
                .values("corp.example").build())).dhcpOptions().size());

        String vpcId = ec2.createVpc(r -> r.cidrBlock("10.0.0.0/16")).vpc().vpcId();
        ec2.associateDhcpOptions(r -> r.dhcpOptionsId(options.dhcpOptionsId()).vpcId(vpcId));
        assertEquals(options.dhcpOptionsId(), ec2.describeVpcs(r -> r.vpcIds(vpcId)).vpcs().get(0).dhcpOptionsId());
        assertEquals(1, ec2.describeVpcs(r -> r.filters(Filter.builder().name("dhcp-options-id")
                .values(options.dhcpOptionsId()).build())).vpcs().size());
        assertEc2Error("DependencyViolation", "The dhcpOptions '" + options.dhcpOptionsId()
                + "' has dependencies and cannot be deleted.",
                () -> ec2.deleteDhcpOptions(r -> r.dhcpOptionsId(options.dhcpOptionsId())));

        ec2.associateDhcpOptions(r -> r.dhcpOptionsId("default").vpcId(vpcId));
        assertEquals("default", ec2.describeVpcs(r -> r.vpcIds(vpcId)).vpcs().get(0).dhcpOptionsId());
        ec2.deleteDhcpOptions(r -> r.dhcpOptionsId(options.dhcpOptionsId()));
        assertEc2Error("InvalidDhcpOptionID.NotFound", options.dhcpOptionsId(),
                () -> ec2.deleteDhcpOptions(r -> r.dhcpOptionsId(options.dhcpOptionsId())));
        assertEc2Error("InvalidDhcpOptionID.NotFound", "dopt-0123456789abcdef0",
                () -> ec2.associateDhcpOptions(r -> r.dhcpOptionsId("dopt-0123456789abcdef0").vpcId(vpcId)));
        assertEc2Error("InvalidVpcID.NotFound", "vpc-0123456789abcdef0",
                () -> ec2.associateDhcpOptions(r -> r.dhcpOptionsId("default").vpcId("vpc-0123456789abcdef0")));
    }

    @Test
    void valuesAreCheckedAsEc2Does() {
        Ec2Client ec2 = SERVER.newAccount();
        assertEc2Error("InvalidParameterValue", "Value (domain-search) for parameter dhcpConfiguration.key is invalid",
                () -> ec2.createDhcpOptions(r -> r.dhcpConfigurations(option("domain-search", "a"))));
        assertEc2Error("InvalidParameterValue", "takes at most 4 values", () -> ec2.createDhcpOptions(r -> r
                .dhcpConfigurations(option("domain-name-servers", "10.0.0.1", "10.0.0.2", "10.0.0.3", "10.0.0.4",
                        "10.0.0.5"))));
        assertEc2Error("InvalidParameterValue", "Value (ns1.example) for DHCP option ntp-servers is invalid",
                () -> ec2.createDhcpOptions(r -> r.dhcpConfigurations(option("ntp-servers", "ns1.example"))));
        assertEc2Error("InvalidParameterValue", "The NetBIOS node type must be 1, 2, 4 or 8.",
                () -> ec2.createDhcpOptions(r -> r.dhcpConfigurations(option("netbios-node-type", "3"))));
        assertEc2Error("InvalidParameterValue", "The lease time must be between 140 and 2147483647 seconds.",
                () -> ec2.createDhcpOptions(r -> r.dhcpConfigurations(option("ipv6-address-preferred-lease-time",
                        "60"))));
        assertEc2Error("InvalidParameterValue", "specified more than once", () -> ec2.createDhcpOptions(r -> r
                .dhcpConfigurations(option("domain-name", "a.example"), option("domain-name", "b.example"))));
        assertEc2Error("MissingParameter", "DhcpConfiguration", () -> ec2.createDhcpOptions(r -> r
                .dhcpConfigurations(List.of())));
    }
}
