package io.ec2emulator.core.vpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ec2emulator.core.Ec2Error;
import io.ec2emulator.core.network.Ipv4;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The table-like rules of the VPC family: ACL protocols and entries, secondary block ranges. */
class NetworkRulesTest {

    @ParameterizedTest
    @CsvSource({"tcp, 6", "TCP, 6", "udp, 17", "icmp, 1", "icmpv6, 58", "-1, -1", "6, 6", "06, 6", "0, 0",
            "255, 255", "47, 47"})
    void protocolsAreStoredAsNumbers(String given, String stored) {
        assertEquals(stored, AclProtocols.normalise(given));
    }

    @ParameterizedTest
    @CsvSource({"gre", "256", "-2", "all", "''", "1000"})
    void otherProtocolsAreRefused(String given) {
        assertEquals("InvalidParameterValue", assertThrows(Ec2Error.class, () -> AclProtocols.normalise(given)).code());
    }

    @Test
    void portsAndIcmpCodesAreKeptOnlyWhereTheyApply() {
        NetworkAclEntry all = NetworkAcls.entry(new AclEntryRequest(5, "-1", "allow", false, "10.0.0.1/16", null,
                80, 80, 3, 4));
        assertEquals("10.0.0.0/16", all.cidrBlock());
        assertNull(all.fromPort());
        assertNull(all.icmpType());
        NetworkAclEntry icmpv6OverIpv4 = NetworkAcls.entry(new AclEntryRequest(5, "icmpv6", "allow", false,
                "0.0.0.0/0", null, null, null, null, null));
        assertNull(icmpv6OverIpv4.icmpType());
        assertEquals("MissingParameter", assertThrows(Ec2Error.class, () -> NetworkAcls.entry(new AclEntryRequest(5,
                "58", "allow", false, null, "::/0", null, null, null, null))).code());
        assertEquals("InvalidParameterValue", assertThrows(Ec2Error.class, () -> NetworkAcls.entry(
                new AclEntryRequest(5, "tcp", "allow", false, "0.0.0.0/0", null, 0, 65536, null, null))).code());
        assertEquals("InvalidParameterValue", assertThrows(Ec2Error.class, () -> NetworkAcls.entry(
                new AclEntryRequest(32766 + 1, "-1", "allow", false, "0.0.0.0/0", null, null, null, null, null)))
                .code());
    }

    @ParameterizedTest
    @CsvSource({
            "10.0.0.0/16, 10.1.0.0/16, true",
            "10.0.0.0/16, 100.64.0.0/16, true",
            "10.0.0.0/16, 172.16.0.0/16, false",
            "10.0.0.0/16, 192.168.0.0/20, false",
            "172.31.0.0/16, 172.30.0.0/16, true",
            "172.31.0.0/16, 10.0.0.0/16, false",
            "192.168.0.0/20, 192.168.16.0/20, true",
            "192.168.0.0/20, 172.16.0.0/16, false",
            "100.70.0.0/16, 10.0.0.0/16, false",
            "100.70.0.0/16, 198.51.100.0/24, true"})
    void secondaryBlocksStayInThePrimaryBlocksRange(String primary, String candidate, boolean allowed) {
        assertEquals(allowed, VpcCidrBlocks.allowedWith(Ipv4.Block.parse(primary), Ipv4.Block.parse(candidate)));
    }
}
