package io.ec2emulator.core.regions;

import java.util.List;
import java.util.Objects;

/**
 * One AWS Region, as reported by {@code DescribeRegions}, with its standard Availability Zones.
 *
 * @param regionName  the Region code, for example {@code us-east-1}
 * @param endpoint    the EC2 endpoint host, {@code ec2.<region>.amazonaws.com}
 * @param optInStatus {@code opt-in-not-required} or {@code opted-in}
 * @param zones       the standard Availability Zones, sorted by zone name; never empty
 */
public record RegionInfo(String regionName, String endpoint, String optInStatus, List<ZoneInfo> zones) {

    /** Opt-in status of a Region that every account can use without opting in. */
    public static final String OPT_IN_NOT_REQUIRED = "opt-in-not-required";

    /** Opt-in status of an opt-in Region; the emulator treats every opt-in Region as opted in. */
    public static final String OPTED_IN = "opted-in";

    public RegionInfo {
        Objects.requireNonNull(regionName, "regionName");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(optInStatus, "optInStatus");
        zones = List.copyOf(Objects.requireNonNull(zones, "zones"));
    }
}
