package io.ec2emulator.core.network;

import io.ec2emulator.core.Ec2Error;

/** IPv4 addresses and CIDR blocks as unsigned 32-bit numbers. */
public final class Ipv4 {

    private Ipv4() {
    }

    /** Parses dotted-quad text; throws {@link IllegalArgumentException} when it is not one. */
    public static long parse(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException(text);
        }
        long value = 0;
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)) {
                throw new IllegalArgumentException(text);
            }
            int octet = Integer.parseInt(part);
            if (octet > 255) {
                throw new IllegalArgumentException(text);
            }
            value = value << 8 | octet;
        }
        return value;
    }

    public static String format(long address) {
        return (address >>> 24 & 0xFF) + "." + (address >>> 16 & 0xFF) + "." + (address >>> 8 & 0xFF) + "." + (address & 0xFF);
    }

    /** A CIDR block: its first address and prefix length. */
    public record Block(long first, int prefix) {

        public static Block parse(String cidr) {
            int slash = cidr.indexOf('/');
            if (slash < 0) {
                throw Ec2Error.invalidParameterValue("Value (" + Ec2Error.shorten(cidr) + ") for parameter cidrBlock is invalid. This is not a valid CIDR block.");
            }
            try {
                long address = Ipv4.parse(cidr.substring(0, slash));
                int prefix = Integer.parseInt(cidr.substring(slash + 1));
                if (prefix < 0 || prefix > 32) {
                    throw new IllegalArgumentException(cidr);
                }
                long mask = prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
                return new Block(address & mask, prefix);
            } catch (IllegalArgumentException e) {
                throw Ec2Error.invalidParameterValue("Value (" + Ec2Error.shorten(cidr) + ") for parameter cidrBlock is invalid. This is not a valid CIDR block.");
            }
        }

        public long size() {
            return 1L << (32 - prefix);
        }

        public long last() {
            return first + size() - 1;
        }

        public boolean contains(long address) {
            return address >= first && address <= last();
        }

        @Override
        public String toString() {
            return Ipv4.format(first) + "/" + prefix;
        }
    }
}
