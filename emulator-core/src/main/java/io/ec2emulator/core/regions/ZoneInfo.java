package io.ec2emulator.core.regions;

import java.util.Objects;

/**
 * One standard Availability Zone of a Region, as reported by {@code DescribeAvailabilityZones}.
 *
 * @param zoneName           the account-visible zone name, for example {@code us-east-1a}
 * @param zoneId             the AZ ID, for example {@code use1-az1}
 * @param regionName         the Region the zone belongs to
 * @param groupName          the zone group; the Region name for standard zones
 * @param networkBorderGroup the network border group; the Region name for standard zones
 * @param zoneType           {@code availability-zone}
 * @param optInStatus        {@code opt-in-not-required}
 */
public record ZoneInfo(
        String zoneName,
        String zoneId,
        String regionName,
        String groupName,
        String networkBorderGroup,
        String zoneType,
        String optInStatus) {

    /** Zone type of a standard Availability Zone. */
    public static final String TYPE_AVAILABILITY_ZONE = "availability-zone";

    public ZoneInfo {
        Objects.requireNonNull(zoneName, "zoneName");
        Objects.requireNonNull(zoneId, "zoneId");
        Objects.requireNonNull(regionName, "regionName");
        Objects.requireNonNull(groupName, "groupName");
        Objects.requireNonNull(networkBorderGroup, "networkBorderGroup");
        Objects.requireNonNull(zoneType, "zoneType");
        Objects.requireNonNull(optInStatus, "optInStatus");
    }
}
