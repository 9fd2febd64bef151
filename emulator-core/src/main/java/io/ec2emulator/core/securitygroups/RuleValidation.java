package io.ec2emulator.core.securitygroups;

import io.ec2emulator.core.Ec2Error;
import io.ec2emulator.core.state.IdGenerator;
import java.util.Locale;

/**
 * EC2's rules for the parts of a security group and its rules, as small pure functions: protocol
 * names and numbers, port ranges and ICMP type/code, descriptions and group names, prefix list ids.
 */
public final class RuleValidation {

    /** The characters EC2 allows in group names and descriptions and in rule descriptions. */
    static final String ALLOWED_PUNCTUATION = " ._-:/()#,@[]+=&;{}!$*";
    static final int MAX_TEXT_LENGTH = 255;
    private static final String ALLOWED_SET = "  a-zA-Z0-9. _-:/()#,@[]+=&;{}!$*";

    private RuleValidation() {
    }

    /** A port range (for ICMP: type and code), or nulls when the protocol has no ports. */
    public record PortRange(Integer from, Integer to) {
    }

    /**
     * The protocol as EC2 stores it: {@code tcp}, {@code udp}, {@code icmp}, {@code icmpv6} (names in
     * any case, or their numbers 6, 17, 1, 58), {@code -1} for all, or another protocol number 0–255.
     */
    public static String protocol(String raw) {
        if (raw == null || raw.isEmpty()) {
            throw Ec2Error.invalidParameterValue(
                    "Invalid value 'null' for protocol. VPC security group rules must specify protocols explicitly.");
        }
        String lower = raw.toLowerCase(Locale.ROOT);
        switch (lower) {
            case "tcp", "udp", "icmp", "icmpv6", "-1":
                return lower;
            default:
                break;
        }
        if (raw.length() <= 3 && raw.chars().allMatch(c -> c >= '0' && c <= '9')) {
            int number = Integer.parseInt(raw);
            if (number <= 255) {
                return switch (number) {
                    case 6 -> "tcp";
                    case 17 -> "udp";
                    case 1 -> "icmp";
                    case 58 -> "icmpv6";
                    default -> String.valueOf(number);
                };
            }
        }
        throw Ec2Error.invalidParameterValue("Invalid value '" + Ec2Error.shorten(raw)
                + "' for IP protocol. Unknown protocol.");
    }

    /**
     * The port range of a rule with the (normalised) protocol. TCP and UDP need both ports, 0–65535; a
     * missing one counts as -1. ICMP needs a type and a code, -1–255 each, -1 meaning all; ICMPv6 may
     * leave both out (all). Other protocols, and all protocols ({@code -1}), have no ports: any given are ignored.
     */
    public static PortRange ports(String protocol, Integer from, Integer to) {
        switch (protocol) {
            case "tcp", "udp" -> {
                if (from == null && to == null) {
                    throw Ec2Error.invalidParameterValue(
                            "Invalid value 'Must specify both from and to ports with TCP/UDP.' for portRange.");
                }
                int low = from == null ? -1 : from;
                int high = to == null ? -1 : to;
                for (int port : new int[] {low, high}) {
                    if (port < 0 || port > 65535) {
                        throw Ec2Error.client("InvalidPermission.Malformed", "TCP/UDP port (" + port + ") out of range");
                    }
                }
                if (low > high) {
                    throw Ec2Error.client("InvalidPermission.Malformed", "Invalid TCP/UDP port range (from port "
                            + low + " is greater than to port " + high + ")");
                }
                return new PortRange(low, high);
            }
            case "icmp", "icmpv6" -> {
                if (from == null && to == null && protocol.equals("icmpv6")) {
                    return new PortRange(-1, -1);
                }
                if (from == null || to == null) {
                    throw Ec2Error.invalidParameterValue(
                            "Invalid value 'Must specify both from and to ports with ICMP.' for portRange.");
                }
                if (from < -1 || from > 255) {
                    throw Ec2Error.invalidParameterValue("ICMP type (" + from + ") out of range");
                }
                if (to < -1 || to > 255) {
                    throw Ec2Error.invalidParameterValue("ICMP code (" + to + ") out of range");
                }
                return new PortRange(from, to);
            }
            default -> {
                return new PortRange(null, null);
            }
        }
    }

    /** A rule description: at most 255 characters of EC2's set; null and empty mean none. */
    public static String ruleDescription(String description) {
        if (description == null || description.isEmpty()) {
            return null;
        }
        if (!allowed(description)) {
            throw Ec2Error.invalidParameterValue("Invalid rule description. Valid descriptions are strings less than "
                    + "256 characters from the following set:" + ALLOWED_SET);
        }
        return description;
    }

    /** A new group's name: ASCII, at most 255 characters of EC2's set, not {@code sg-…}, not {@code default}. */
    public static void groupName(String name) {
        if (!isAscii(name)) {
            throw Ec2Error.invalidParameterValue("Value (" + Ec2Error.shorten(name)
                    + ") for parameter GroupName is invalid. Character sets beyond ASCII are not supported.");
        }
        if (!allowed(name)) {
            throw Ec2Error.invalidParameterValue("Invalid security group name. Valid names are strings less than "
                    + "256 characters from the following set:" + ALLOWED_SET);
        }
        if (name.toLowerCase(Locale.ROOT).startsWith("sg-")) {
            throw Ec2Error.invalidParameterValue("Value (" + Ec2Error.shorten(name)
                    + ") for parameter GroupName is invalid. Group names may not be in the format sg-*.");
        }
        if (name.equalsIgnoreCase(SecurityGroups.DEFAULT_GROUP_NAME)) {
            throw Ec2Error.client("InvalidGroup.Reserved",
                    "The name 'default' is reserved, and cannot be used to create a new security group.");
        }
    }

    /** A new group's description: ASCII, at most 255 characters of EC2's set. */
    public static void groupDescription(String description) {
        if (!isAscii(description)) {
            throw Ec2Error.invalidParameterValue("Value (" + Ec2Error.shorten(description)
                    + ") for parameter GroupDescription is invalid. Character sets beyond ASCII are not supported.");
        }
        if (!allowed(description)) {
            throw Ec2Error.invalidParameterValue("Invalid security group description. Valid descriptions are "
                    + "strings less than 256 characters from the following set:" + ALLOWED_SET);
        }
    }

    /** A prefix list id must look like one ({@code pl-} and 8 or 17 hex digits); the list itself is not checked. */
    public static String prefixListId(String id) {
        if (id == null || !IdGenerator.isWellFormed(id, "pl")) {
            throw Ec2Error.client("InvalidPrefixListId.Malformed", "Invalid id: \"" + Ec2Error.shorten(id)
                    + "\" (expecting \"pl-...\")");
        }
        return id;
    }

    static boolean allowed(String text) {
        if (text.length() > MAX_TEXT_LENGTH) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean alphanumeric = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (!alphanumeric && ALLOWED_PUNCTUATION.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAscii(String text) {
        return text.chars().allMatch(c -> c < 128);
    }
}
