package io.ec2emulator.core.interfaces;

import io.ec2emulator.core.Ec2Error;
import io.ec2emulator.core.instancetypes.InstanceTypeCatalog;
import io.ec2emulator.core.instancetypes.NetworkInfo;

/** The per-instance-type network limits of the instance type catalog, and EC2's errors when they are exceeded. */
public final class InterfaceLimits {

    /** Security groups per network interface (EC2's default quota). */
    public static final int MAX_GROUPS = 5;

    private InterfaceLimits() {
    }

    private static NetworkInfo of(String instanceType) {
        return InstanceTypeCatalog.standard().find(instanceType).orElseThrow().networkInfo();
    }

    /** AttachmentLimitExceeded when an instance of the type would have {@code count} interfaces. */
    public static void checkInterfaceCount(String instanceType, int count) {
        if (count > of(instanceType).maximumNetworkInterfaces()) {
            throw Ec2Error.client("AttachmentLimitExceeded", "Interface count " + count
                    + " exceeds the limit for " + instanceType);
        }
    }

    /** PrivateIpAddressLimitExceeded when an interface of an instance of the type would have {@code count} addresses. */
    public static void checkAddressCount(String instanceType, int count) {
        if (count > of(instanceType).ipv4AddressesPerInterface()) {
            throw Ec2Error.client("PrivateIpAddressLimitExceeded", "Number of private addresses will exceed limit.");
        }
    }
}
