package io.ec2emulator.core.vpc;

import io.ec2emulator.core.Ec2Error;
import io.ec2emulator.core.network.Ipv6;
import java.math.BigInteger;

/** An IPv6 CIDR block as a 128-bit number and a prefix length, written in EC2's compressed form. */
public record Ipv6Block(BigInteger first, int prefix) {

    private static final int BITS = 128;

    /** Parses {@code cidr}; anything else is EC2's "not a valid IPv6 CIDR block" for {@code parameter}. */
    public static Ipv6Block parse(String cidr, String parameter) {
        Ec2Error invalid = Ec2Error.invalidParameterValue("Value (" + Ec2Error.shorten(cidr) + ") for parameter "
                + parameter + " is invalid. This is not a valid IPv6 CIDR block.");
        if (cidr == null) {
            throw invalid;
        }
        int slash = cidr.indexOf('/');
        if (slash < 0) {
            throw invalid;
        }
        try {
            BigInteger address = parseAddress(cidr.substring(0, slash));
            String prefixText = cidr.substring(slash + 1);
            if (prefixText.isEmpty() || prefixText.length() > 3 || !prefixText.chars().allMatch(Character::isDigit)) {
                throw invalid;
            }
            int prefix = Integer.parseInt(prefixText);
            if (prefix > BITS) {
                throw invalid;
            }
            return new Ipv6Block(address.and(mask(prefix)), prefix);
        } catch (IllegalArgumentException e) {
            throw invalid;
        }
    }

    static BigInteger mask(int prefix) {
        BigInteger all = BigInteger.ONE.shiftLeft(BITS).subtract(BigInteger.ONE);
        BigInteger host = BigInteger.ONE.shiftLeft(BITS - prefix).subtract(BigInteger.ONE);
        return all.xor(host);
    }

    /** Eight groups of up to four hex digits, one {@code ::} allowed; no embedded IPv4. */
    static BigInteger parseAddress(String text) {
        if (text.isEmpty() || text.contains(":::")) {
            throw new IllegalArgumentException(text);
        }
        int gap = text.indexOf("::");
        if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
            throw new IllegalArgumentException(text);
        }
        String[] head = gap < 0 ? text.split(":", -1) : groups(text.substring(0, gap));
        String[] tail = gap < 0 ? new String[0] : groups(text.substring(gap + 2));
        int missing = 8 - head.length - tail.length;
        if (gap < 0 ? head.length != 8 : missing < 1) {
            throw new IllegalArgumentException(text);
        }
        BigInteger value = BigInteger.ZERO;
        for (String group : head) {
            value = value.shiftLeft(16).or(BigInteger.valueOf(group(group)));
        }
        if (gap >= 0) {
            value = value.shiftLeft(16 * missing);
        }
        for (String group : tail) {
            value = value.shiftLeft(16).or(BigInteger.valueOf(group(group)));
        }
        return value;
    }

    private static String[] groups(String part) {
        return part.isEmpty() ? new String[0] : part.split(":", -1);
    }

    private static int group(String text) {
        if (text.isEmpty() || text.length() > 4) {
            throw new IllegalArgumentException(text);
        }
        for (char c : text.toCharArray()) {
            if (Character.digit(c, 16) < 0) {
                throw new IllegalArgumentException(text);
            }
        }
        return Integer.parseInt(text, 16);
    }

    /** The address in RFC 5952 form: lower case, no leading zeros, the longest run of zero groups as {@code ::}. */
    static String format(BigInteger address) {
        int[] groups = new int[8];
        for (int i = 7; i >= 0; i--) {
            groups[i] = address.intValue() & 0xFFFF;
            address = address.shiftRight(16);
        }
        return Ipv6.format(groups);
    }

    public BigInteger last() {
        return first.or(hostBits());
    }

    private BigInteger hostBits() {
        return BigInteger.ONE.shiftLeft(BITS - prefix).subtract(BigInteger.ONE);
    }

    public boolean overlaps(Ipv6Block other) {
        return first.compareTo(other.last()) <= 0 && other.first.compareTo(last()) <= 0;
    }

    /** Whether {@code other} lies inside this block. */
    public boolean contains(Ipv6Block other) {
        return first.compareTo(other.first) <= 0 && other.last().compareTo(last()) <= 0;
    }

    @Override
    public String toString() {
        return format(first) + "/" + prefix;
    }
}
