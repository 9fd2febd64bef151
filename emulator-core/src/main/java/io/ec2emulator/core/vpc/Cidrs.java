package io.ec2emulator.core.vpc;

import io.ec2emulator.core.Ec2Error;
import io.ec2emulator.core.network.Ipv4;

/** CIDR blocks as request parameters: EC2's "not a valid CIDR block" names the parameter at fault. */
final class Cidrs {

    private Cidrs() {
    }

    static Ipv4.Block ipv4(String value, String parameter) {
        try {
            return Ipv4.Block.parse(value == null ? "" : value);
        } catch (Ec2Error e) {
            throw Ec2Error.invalidParameterValue("Value (" + Ec2Error.shorten(value) + ") for parameter " + parameter
                    + " is invalid. This is not a valid CIDR block.");
        }
    }

    static boolean overlap(Ipv4.Block a, Ipv4.Block b) {
        return a.first() <= b.last() && b.first() <= a.last();
    }

    /** Whether {@code inner} lies inside {@code outer}. */
    static boolean contains(Ipv4.Block outer, Ipv4.Block inner) {
        return outer.first() <= inner.first() && inner.last() <= outer.last();
    }
}
