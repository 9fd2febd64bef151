package io.ec2emulator.core.regions;

import io.ec2emulator.core.Ec2Error;
import io.ec2emulator.core.filter.FilterCriterion;
import io.ec2emulator.core.filter.FilterSpec;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** DescribeRegions and DescribeAvailabilityZones over the region catalog, with their filters. */
public final class RegionQueries {

    static final FilterSpec<RegionInfo> REGION_FILTERS = FilterSpec.<RegionInfo>builder()
            .single("endpoint", RegionInfo::endpoint)
            .single("opt-in-status", RegionInfo::optInStatus)
            .single("region-name", RegionInfo::regionName)
            .build();

    static final FilterSpec<ZoneInfo> ZONE_FILTERS = FilterSpec.<ZoneInfo>builder()
            .single("group-name", ZoneInfo::groupName)
            .many("message", z -> List.of())
            .single("opt-in-status", ZoneInfo::optInStatus)
            .many("parent-zone-id", z -> List.of())
            .many("parent-zone-name", z -> List.of())
            .single("region-name", ZoneInfo::regionName)
            .single("state", z -> "available")
            .single("zone-id", ZoneInfo::zoneId)
            .single("zone-name", ZoneInfo::zoneName)
            .single("zone-type", ZoneInfo::zoneType)
            .single("network-border-group", ZoneInfo::networkBorderGroup)
            .build();

    private final RegionCatalog catalog;

    public RegionQueries(RegionCatalog catalog) {
        this.catalog = catalog;
    }

    /** DescribeRegions: every named region must exist; every emulated region is enabled for the account. */
    public List<RegionInfo> describeRegions(List<String> regionNames, List<FilterCriterion> filters) {
        Predicate<RegionInfo> matches = REGION_FILTERS.predicate(filters);
        List<RegionInfo> wanted;
        if (regionNames.isEmpty()) {
            wanted = catalog.regions();
        } else {
            wanted = new ArrayList<>();
            for (String name : new LinkedHashSet<>(regionNames)) {
                wanted.add(catalog.region(name).orElseThrow(() ->
                        Ec2Error.invalidParameterValue("Invalid region name: '" + Ec2Error.shorten(name) + "'")));
            }
        }
        return wanted.stream().filter(matches).toList();
    }

    /** DescribeAvailabilityZones in {@code region}, by names and ids (any match), then filters. */
    public List<ZoneInfo> describeZones(String region, List<String> zoneNames, List<String> zoneIds,
                                        List<FilterCriterion> filters) {
        List<ZoneInfo> zones = catalog.region(region).map(RegionInfo::zones).orElse(List.of());
        Predicate<ZoneInfo> matches = ZONE_FILTERS.predicate(filters);
        Set<String> names = new LinkedHashSet<>(zoneNames);
        Set<String> ids = new LinkedHashSet<>(zoneIds);
        for (String name : names) {
            if (zones.stream().noneMatch(z -> z.zoneName().equals(name))) {
                throw Ec2Error.invalidParameterValue("The zone '" + Ec2Error.shorten(name) + "' does not exist.");
            }
        }
        for (String id : ids) {
            if (zones.stream().noneMatch(z -> z.zoneId().equals(id))) {
                throw Ec2Error.invalidParameterValue("The zone ID '" + Ec2Error.shorten(id) + "' does not exist.");
            }
        }
        boolean byNameOrId = !names.isEmpty() || !ids.isEmpty();
        return zones.stream()
                .filter(z -> !byNameOrId || names.contains(z.zoneName()) || ids.contains(z.zoneId()))
                .filter(matches)
                .toList();
    }
}
