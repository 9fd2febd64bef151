package io.ec2emulator.core.instancetypes;

import java.util.Objects;

/**
 * One answer of {@code DescribeInstanceTypeOfferings}: an instance type offered at a location.
 *
 * @param instanceType the instance type
 * @param locationType {@code region}, {@code availability-zone} or {@code availability-zone-id}
 * @param location     the Region name, zone name or zone id
 */
public record InstanceTypeOffering(String instanceType, String locationType, String location) {

    public InstanceTypeOffering {
        Objects.requireNonNull(instanceType, "instanceType");
        Objects.requireNonNull(locationType, "locationType");
        Objects.requireNonNull(location, "location");
    }

    /** The id pages resume after: location, then instance type (a space sorts before every name character). */
    String pageKey() {
        return location + " " + instanceType;
    }
}
