package io.ec2emulator.core.vpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ec2emulator.core.Ec2Error;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** IPv6 CIDR blocks: parsing, EC2's canonical text and the error naming the parameter. */
class Ipv6BlockTest {

    @ParameterizedTest
    @CsvSource({
            "::/0, ::/0",
            "2600:1F18:0ABC:DE00::/56, 2600:1f18:abc:de00::/56",
            "2600:1f18:abc:deff::/56, 2600:1f18:abc:de00::/56",
            "2001:db8:0:0:1:0:0:1/128, 2001:db8::1:0:0:1/128",
            "2001:0:0:1:0:0:0:1/128, 2001:0:0:1::1/128",
            "1:2:3:4:5:6:7:8/64, 1:2:3:4::/64",
            "fe80::/10, fe80::/10"})
    void parsesToTheCanonicalNetwork(String text, String canonical) {
        assertEquals(canonical, Ipv6Block.parse(text, "p").toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "::", "::/129", "2600:zz::/56", "1:2:3:4:5:6:7:8:9/64", "1::2::3/64", "1:2/64",
            "10.0.0.0/8", "12345::/16", ":::/0", "::/-1", "::/ 8"})
    void refusesWhatIsNotAnIpv6Block(String text) {
        Ec2Error error = assertThrows(Ec2Error.class, () -> Ipv6Block.parse(text, "ipv6CidrBlock"));
        assertEquals("InvalidParameterValue", error.code());
        assertEquals("Value (" + text + ") for parameter ipv6CidrBlock is invalid. This is not a valid IPv6 CIDR block.",
                error.getMessage());
    }

    @Test
    void containsAndOverlaps() {
        Ipv6Block vpc = Ipv6Block.parse("2600:1f18:abc:de00::/56", "p");
        Ipv6Block subnet = Ipv6Block.parse("2600:1f18:abc:de01::/64", "p");
        Ipv6Block outside = Ipv6Block.parse("2600:1f18:abc:df00::/64", "p");
        assertTrue(vpc.contains(subnet));
        assertTrue(subnet.overlaps(vpc));
        assertFalse(vpc.contains(outside));
        assertFalse(vpc.overlaps(outside));
        assertTrue(Ipv6Block.parse("::/0", "p").contains(vpc));
    }
}
