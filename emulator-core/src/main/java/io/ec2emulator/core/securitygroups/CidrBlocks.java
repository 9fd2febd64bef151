package io.ec2emulator.core.securitygroups;

import io.ec2emulator.core.Ec2Error;
import io.ec2emulator.core.network.Ipv6;

/**
 * CIDR blocks of security group rules: parsed strictly, and stored as EC2 stores them, with the host
 * bits cleared ({@code 10.0.0.28/29} becomes {@code 10.0.0.24/29}) and IPv6 in its canonical short form.
 */
final class CidrBlocks {

    private CidrBlocks() {
    }

    /** An IPv4 CIDR block, normalised; {@code InvalidParameterValue} "CIDR block x is malformed" otherwise. */
    static String ipv4(String text) {
        int slash = text == null ? -1 : text.indexOf('/');
        if (slash < 0) {
            throw malformed(text);
        }
        int prefix = prefix(text.substring(slash + 1), 32, text);
        String[] parts = text.substring(0, slash).split("\\.", -1);
        if (parts.length != 4) {
            throw malformed(text);
        }
        long address = 0;
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw malformed(text);
            }
            int octet = Integer.parseInt(part);
            if (octet > 255) {
                throw malformed(text);
            }
            address = (address << 8) | octet;
        }
        long mask = prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
        long network = address & mask;
        return ((network >> 24) & 255) + "." + ((network >> 16) & 255) + "." + ((network >> 8) & 255) + "."
                + (network & 255) + "/" + prefix;
    }

    /** An IPv6 CIDR block, normalised; {@code InvalidParameterValue} "CIDR block x is malformed" otherwise. */
    static String ipv6(String text) {
        int slash = text == null ? -1 : text.indexOf('/');
        if (slash < 0) {
            throw malformed(text);
        }
        int prefix = prefix(text.substring(slash + 1), 128, text);
        int[] groups = parseIpv6(text.substring(0, slash).toLowerCase(java.util.Locale.ROOT), text);
        for (int i = 0; i < 8; i++) {
            int keep = Math.max(0, Math.min(16, prefix - 16 * i));
            int mask = keep == 0 ? 0 : (0xFFFF << (16 - keep)) & 0xFFFF;
            groups[i] &= mask;
        }
        return Ipv6.format(groups) + "/" + prefix;
    }

    private static int prefix(String text, int max, String cidr) {
        if (text.isEmpty() || text.length() > 3 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw malformed(cidr);
        }
        int prefix = Integer.parseInt(text);
        if (prefix > max) {
            throw malformed(cidr);
        }
        return prefix;
    }

    private static int[] parseIpv6(String address, String cidr) {
        int gap = address.indexOf("::");
        if (gap >= 0 && address.indexOf("::", gap + 1) >= 0) {
            throw malformed(cidr);
        }
        String[] head = gap < 0 ? address.split(":", -1) : split(address.substring(0, gap));
        String[] tail = gap < 0 ? new String[0] : split(address.substring(gap + 2));
        int given = head.length + tail.length;
        if (gap < 0 ? given != 8 : given > 7) {
            throw malformed(cidr);
        }
        int[] groups = new int[8];
        for (int i = 0; i < head.length; i++) {
            groups[i] = group(head[i], cidr);
        }
        for (int i = 0; i < tail.length; i++) {
            groups[8 - tail.length + i] = group(tail[i], cidr);
        }
        return groups;
    }

    private static String[] split(String part) {
        return part.isEmpty() ? new String[0] : part.split(":", -1);
    }

    private static int group(String text, String cidr) {
        if (text.isEmpty() || text.length() > 4 || !text.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw malformed(cidr);
        }
        return Integer.parseInt(text, 16);
    }

    private static Ec2Error malformed(String cidr) {
        return Ec2Error.invalidParameterValue("CIDR block " + Ec2Error.shorten(cidr) + " is malformed");
    }
}
