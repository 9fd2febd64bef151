package io.ec2emulator.core.regions;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The catalog of AWS commercial Regions and their standard Availability Zones.
 *
 * <p>The data lives in the bundled resource {@code regions.json} next to this class; {@link #standard()} loads it
 * once. Instances are immutable and thread-safe.
 */
public final class RegionCatalog {

    /** Name of the bundled resource, relative to this class. */
    static final String RESOURCE = "regions.json";

    private final List<RegionInfo> regions;
    private final Map<String, RegionInfo> byName;

    private RegionCatalog(List<RegionInfo> regions) {
        List<RegionInfo> sorted = new ArrayList<>(regions);
        sorted.sort(Comparator.comparing(RegionInfo::regionName));
        Map<String, RegionInfo> index = new LinkedHashMap<>();
        for (RegionInfo region : sorted) {
            if (index.putIfAbsent(region.regionName(), region) != null) {
                throw new IllegalStateException("Duplicate region " + region.regionName());
            }
        }
        this.regions = List.copyOf(sorted);
        this.byName = Map.copyOf(index);
    }

    /** Returns the catalog loaded from the bundled resource; loaded on first use, shared after that. */
    public static RegionCatalog standard() {
        return Holder.STANDARD;
    }

    /** All Regions, sorted by Region name. The list is immutable. */
    public List<RegionInfo> regions() {
        return regions;
    }

    /** The Region with this name, if the catalog knows it. */
    public Optional<RegionInfo> region(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(byName.get(name));
    }

    /** Whether the catalog knows a Region with this name. */
    public boolean isKnown(String regionName) {
        return regionName != null && byName.containsKey(regionName);
    }

    private static final class Holder {
        static final RegionCatalog STANDARD = load();

        private Holder() {
        }
    }

    private static RegionCatalog load() {
        try (InputStream in = RegionCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE + " next to " + RegionCatalog.class);
            }
            FileData data = new ObjectMapper().readValue(in, FileData.class);
            if (data.regions() == null || data.regions().isEmpty()) {
                throw new IllegalStateException(RESOURCE + " lists no regions");
            }
            List<RegionInfo> regions = new ArrayList<>();
            Set<String> zoneIds = new HashSet<>();
            for (RegionData region : data.regions()) {
                regions.add(toRegion(region, zoneIds));
            }
            return new RegionCatalog(regions);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    private static RegionInfo toRegion(RegionData data, Set<String> seenZoneIds) {
        String name = require(data.regionName(), "regionName", "a region");
        String endpoint = data.endpoint() != null ? data.endpoint() : "ec2." + name + ".amazonaws.com";
        String optIn = require(data.optInStatus(), "optInStatus", name);
        if (!optIn.equals(RegionInfo.OPT_IN_NOT_REQUIRED) && !optIn.equals(RegionInfo.OPTED_IN)) {
            throw new IllegalStateException("Region " + name + " has unexpected optInStatus " + optIn);
        }
        if (data.zones() == null || data.zones().isEmpty()) {
            throw new IllegalStateException("Region " + name + " lists no zones");
        }
        List<ZoneInfo> zones = new ArrayList<>();
        for (ZoneData zone : data.zones()) {
            String zoneName = require(zone.zoneName(), "zoneName", name);
            String zoneId = require(zone.zoneId(), "zoneId", zoneName);
            if (!seenZoneIds.add(zoneId)) {
                throw new IllegalStateException("Duplicate zone id " + zoneId);
            }
            zones.add(new ZoneInfo(
                    zoneName,
                    zoneId,
                    name,
                    orDefault(zone.groupName(), name),
                    orDefault(zone.networkBorderGroup(), name),
                    orDefault(zone.zoneType(), ZoneInfo.TYPE_AVAILABILITY_ZONE),
                    orDefault(zone.optInStatus(), RegionInfo.OPT_IN_NOT_REQUIRED)));
        }
        zones.sort(Comparator.comparing(ZoneInfo::zoneName));
        return new RegionInfo(name, endpoint, optIn, zones);
    }

    private static String require(String value, String field, String where) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(RESOURCE + ": missing " + field + " in " + where);
        }
        return value;
    }

    private static String orDefault(String value, String fallback) {
        return value != null ? value : fallback;
    }

    /** Shape of the resource file. */
    private record FileData(@JsonProperty("_comment") String comment, List<RegionData> regions) {
    }

    /** One Region in the resource file; {@code endpoint} defaults to {@code ec2.<region>.amazonaws.com}. */
    private record RegionData(String regionName, String endpoint, String optInStatus, List<ZoneData> zones) {
    }

    /** One zone in the resource file; the optional fields default to the standard-zone values. */
    private record ZoneData(
            String zoneName,
            String zoneId,
            String groupName,
            String networkBorderGroup,
            String zoneType,
            String optInStatus) {
    }
}
