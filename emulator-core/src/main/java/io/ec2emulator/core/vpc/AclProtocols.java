package io.ec2emulator.core.vpc;

import io.ec2emulator.core.Ec2Error;
import java.util.Map;

/**
 * The protocol of a network ACL rule as EC2 stores it: {@code -1} (all) or a protocol number;
 * the names {@code tcp}, {@code udp}, {@code icmp} and {@code icmpv6} become their numbers.
 */
final class AclProtocols {

    static final String ALL = "-1";
    static final String TCP = "6";
    static final String UDP = "17";
    static final String ICMP = "1";
    static final String ICMPV6 = "58";

    private static final Map<String, String> NAMES = Map.of("tcp", TCP, "udp", UDP, "icmp", ICMP, "icmpv6", ICMPV6);

    private AclProtocols() {
    }

    static String normalise(String protocol) {
        String text = protocol == null ? "" : protocol.trim().toLowerCase(java.util.Locale.ROOT);
        if (NAMES.containsKey(text)) {
            return NAMES.get(text);
        }
        if (text.equals(ALL)) {
            return ALL;
        }
        if (!text.isEmpty() && text.length() <= 3 && text.chars().allMatch(Character::isDigit)
                && Integer.parseInt(text) <= 255) {
            return String.valueOf(Integer.parseInt(text));
        }
        throw Ec2Error.invalidParameterValue("Invalid value '" + Ec2Error.shorten(protocol) + "' for protocol. "
                + "Must be -1, tcp, udp, icmp, icmpv6 or a protocol number between 0 and 255.");
    }

    static boolean hasPorts(String protocol) {
        return TCP.equals(protocol) || UDP.equals(protocol);
    }
}
