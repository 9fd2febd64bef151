package io.ec2emulator.core.securitygroups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ec2emulator.core.Ec2Error;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Table-driven checks of the normalisation and validation of rule parts at their boundaries. */
class RuleValidationTest {

    @ParameterizedTest
    @CsvSource({"tcp,tcp", "TCP,tcp", "6,tcp", "17,udp", "Udp,udp", "1,icmp", "ICMP,icmp", "58,icmpv6",
            "icmpv6,icmpv6", "-1,-1", "50,50", "0,0", "255,255", "047,47"})
    void protocolsNormalise(String raw, String stored) {
        assertEquals(stored, RuleValidation.protocol(raw));
    }

    @ParameterizedTest
    @CsvSource({"all", "256", "-2", "http", "1000", "' tcp'"})
    void unknownProtocols(String raw) {
        Ec2Error error = assertThrows(Ec2Error.class, () -> RuleValidation.protocol(raw));
        assertEquals("InvalidParameterValue", error.code());
        assertEquals("Invalid value '" + raw + "' for IP protocol. Unknown protocol.", error.getMessage());
    }

    @Test
    void missingProtocol() {
        assertEquals("Invalid value 'null' for protocol. VPC security group rules must specify protocols explicitly.",
                assertThrows(Ec2Error.class, () -> RuleValidation.protocol(null)).getMessage());
    }

    @ParameterizedTest
    @CsvSource({"tcp,0,0,0,0", "tcp,0,65535,0,65535", "udp,53,53,53,53", "icmp,-1,-1,-1,-1", "icmp,8,0,8,0",
            "icmp,255,255,255,255", "icmpv6,,,-1,-1", "icmpv6,128,0,128,0", "-1,5,9,,", "-1,,,,", "50,1,2,,"})
    void portRanges(String protocol, Integer from, Integer to, Integer storedFrom, Integer storedTo) {
        assertEquals(new RuleValidation.PortRange(storedFrom, storedTo), RuleValidation.ports(protocol, from, to));
    }

    @ParameterizedTest
    @CsvSource({
        "tcp,,,InvalidParameterValue,Invalid value 'Must specify both from and to ports with TCP/UDP.' for portRange.",
        "tcp,,22,InvalidPermission.Malformed,TCP/UDP port (-1) out of range",
        "udp,22,,InvalidPermission.Malformed,TCP/UDP port (-1) out of range",
        "tcp,-1,-1,InvalidPermission.Malformed,TCP/UDP port (-1) out of range",
        "tcp,0,65536,InvalidPermission.Malformed,TCP/UDP port (65536) out of range",
        "tcp,81,80,InvalidPermission.Malformed,Invalid TCP/UDP port range (from port 81 is greater than to port 80)",
        "icmp,8,,InvalidParameterValue,Invalid value 'Must specify both from and to ports with ICMP.' for portRange.",
        "icmp,,,InvalidParameterValue,Invalid value 'Must specify both from and to ports with ICMP.' for portRange.",
        "icmp,256,0,InvalidParameterValue,ICMP type (256) out of range",
        "icmp,-2,0,InvalidParameterValue,ICMP type (-2) out of range",
        "icmp,0,65535,InvalidParameterValue,ICMP code (65535) out of range",
        "icmpv6,1,,InvalidParameterValue,Invalid value 'Must specify both from and to ports with ICMP.' for portRange."})
    void badPortRanges(String protocol, Integer from, Integer to, String code, String message) {
        Ec2Error error = assertThrows(Ec2Error.class, () -> RuleValidation.ports(protocol, from, to));
        assertEquals(code, error.code());
        assertEquals(message, error.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"0.0.0.0/0,0.0.0.0/0", "10.0.0.28/29,10.0.0.24/29", "192.168.1.1/32,192.168.1.1/32",
            "10.1.2.3/8,10.0.0.0/8", "255.255.255.255/1,128.0.0.0/1", "010.0.0.0/8,10.0.0.0/8"})
    void ipv4CidrsLoseTheirHostBits(String given, String stored) {
        assertEquals(stored, CidrBlocks.ipv4(given));
    }

    @ParameterizedTest
    @CsvSource({"10.0.0.1", "10.0.0.0/33", "10.0.0/8", "10.0.0.256/32", "::/0", "a.b.c.d/8", "10.0.0.0/", "10..0.0/8",
            "10.0.0.0/-1", "1.2.3.4.5/32", "''"})
    void malformedIpv4(String given) {
        Ec2Error error = assertThrows(Ec2Error.class, () -> CidrBlocks.ipv4(given));
        assertEquals("CIDR block " + given + " is malformed", error.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"::/0,::/0", "2001:DB8::1/64,2001:db8::/64", "2001:0db8:0000:0000:0001:0000:0000:0001/128,2001:db8::1:0:0:1/128",
            "fe80:0:0:0:1:2:3:4/64,fe80::/64", "1:0:0:1:0:0:0:1/128,1:0:0:1::1/128", "1:2:3:4:5:6:7:8/128,1:2:3:4:5:6:7:8/128",
            "::1/128,::1/128", "1::/16,1::/16", "1:0:1:0:1:0:1:0/128,1:0:1:0:1:0:1:0/128"})
    void ipv6CidrsAreCanonical(String given, String stored) {
        assertEquals(stored, CidrBlocks.ipv6(given));
    }

    @ParameterizedTest
    @CsvSource({"::", "0.0.0.0/0", "1:::2/64", "1::2::3/64", "12345::/16", "1:2:3:4:5:6:7:8:9/128", "::/129", "g::/16",
            "1:2:3:4:5:6:7/64"})
    void malformedIpv6(String given) {
        assertEquals("CIDR block " + given + " is malformed",
                assertThrows(Ec2Error.class, () -> CidrBlocks.ipv6(given)).getMessage());
    }

    @Test
    void groupNamesAndDescriptions() {
        RuleValidation.groupName("a-zA-Z0-9. _-:/()#,@[]+=&;{}!$*");
        RuleValidation.groupName("x".repeat(255));
        RuleValidation.groupDescription("y".repeat(255));
        assertEquals("InvalidParameterValue", assertThrows(Ec2Error.class,
                () -> RuleValidation.groupName("x".repeat(256))).code());
        assertEquals("Value (SG-web) for parameter GroupName is invalid. Group names may not be in the format sg-*.",
                assertThrows(Ec2Error.class, () -> RuleValidation.groupName("SG-web")).getMessage());
        assertEquals("InvalidGroup.Reserved", assertThrows(Ec2Error.class,
                () -> RuleValidation.groupName("DEFAULT")).code());
        assertEquals("Value (Gruppe\u00e9) for parameter GroupName is invalid. Character sets beyond ASCII are not supported.",
                assertThrows(Ec2Error.class, () -> RuleValidation.groupName("Gruppe\u00e9")).getMessage());
        assertEquals("Invalid security group description. Valid descriptions are strings less than 256 characters "
                + "from the following set:  a-zA-Z0-9. _-:/()#,@[]+=&;{}!$*",
                assertThrows(Ec2Error.class, () -> RuleValidation.groupDescription("tab\there")).getMessage());
        assertEquals("InvalidParameterValue", assertThrows(Ec2Error.class,
                () -> RuleValidation.groupDescription("y".repeat(256))).code());
    }

    @Test
    void ruleDescriptions() {
        assertNull(RuleValidation.ruleDescription(null));
        assertNull(RuleValidation.ruleDescription(""));
        assertEquals("SSH from office", RuleValidation.ruleDescription("SSH from office"));
        assertEquals("Invalid rule description. Valid descriptions are strings less than 256 characters from the "
                + "following set:  a-zA-Z0-9. _-:/()#,@[]+=&;{}!$*",
                assertThrows(Ec2Error.class, () -> RuleValidation.ruleDescription("customer's")).getMessage());
        assertThrows(Ec2Error.class, () -> RuleValidation.ruleDescription("d".repeat(256)));
    }

    @Test
    void prefixListIds() {
        assertEquals("pl-63a5400a", RuleValidation.prefixListId("pl-63a5400a"));
        assertEquals("InvalidPrefixListId.Malformed", assertThrows(Ec2Error.class,
                () -> RuleValidation.prefixListId("sg-63a5400a")).code());
    }

    @Test
    void ruleTextAsEc2WritesIt() {
        assertEquals("peer: 0.0.0.0/0, TCP, from port: 22, to port: 22, ALLOW",
                RuleText.describe(rule("tcp", 22, 22, "0.0.0.0/0")));
        assertEquals("peer: 0.0.0.0/0, ALL, ALLOW", RuleText.describe(rule("-1", null, null, "0.0.0.0/0")));
        assertEquals("peer: 0.0.0.0/0, protocol: 50, ALLOW", RuleText.describe(rule("50", null, null, "0.0.0.0/0")));
        assertEquals("peer: 10.0.0.0/8, UDP, from port: 53, to port: 53, ALLOW",
                RuleText.describe(rule("udp", 53, 53, "10.0.0.0/8")));
        assertEquals("InvalidPermission.Duplicate", RuleText.duplicate(rule("tcp", 1, 1, "1.1.1.1/32")).code());
    }

    @Test
    void legacyParametersExpand() {
        assertTrue(LegacyPermission.none().isEmpty());
        List<PermissionRequest> full = new LegacyPermission(null, null, null, null, "web", null).toRequests();
        assertEquals(List.of("icmp", "tcp", "udp"), full.stream().map(PermissionRequest::ipProtocol).toList());
        List<PermissionRequest> one = new LegacyPermission("tcp", 22, 22, "0.0.0.0/0", null, null).toRequests();
        assertEquals(1, one.size());
        assertEquals("0.0.0.0/0", one.get(0).ipv4Ranges().get(0).value());
        assertEquals("InvalidParameterCombination", assertThrows(Ec2Error.class,
                () -> new LegacyPermission("tcp", null, null, null, null, null).with(one)).code());
    }

    private static SecurityGroupRule rule(String protocol, Integer from, Integer to, String cidr) {
        return new SecurityGroupRule(null, "sg-1", false, protocol, from, to, cidr, null, null, null, null);
    }
}
