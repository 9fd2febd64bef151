package io.ec2emulator.core.regions;

import io.ec2emulator.core.data.DataObject;
import io.ec2emulator.core.data.JsonData;
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
        DataObject file = new DataObject(JsonData.readResource(RegionCatalog.class, RESOURCE), RESOURCE);
        List<DataObject> regionData = file.objects("regions");
        if (regionData.isEmpty()) {
            throw new IllegalStateException(RESOURCE + " lists no regions");
        }
        List<RegionInfo> regions = new ArrayList<>();
        Set<String> zoneIds = new HashSet<>();
        for (DataObject region : regionData) {
            regions.add(toRegion(region, zoneIds));
        }
        return new RegionCatalog(regions);
    }

    private static RegionInfo toRegion(DataObject data, Set<String> seenZoneIds) {
        String name = data.string("regionName");
        String endpoint = data.string("endpoint", "ec2." + name + ".amazonaws.com");
        String optIn = data.string("optInStatus");
        if (!optIn.equals(RegionInfo.OPT_IN_NOT_REQUIRED) && !optIn.equals(RegionInfo.OPTED_IN)) {
            throw new IllegalStateException("Region " + name + " has unexpected optInStatus " + optIn);
        }
        List<DataObject> zoneData = data.objects("zones");
        if (zoneData.isEmpty()) {
            throw new IllegalStateException("Region " + name + " lists no zones");
        }
        List<ZoneInfo> zones = new ArrayList<>();
        for (DataObject zone : zoneData) {
            String zoneName = zone.string("zoneName");
            String zoneId = zone.string("zoneId");
            if (!seenZoneIds.add(zoneId)) {
                throw new IllegalStateException("Duplicate zone id " + zoneId);
            }
            zones.add(new ZoneInfo(
                    zoneName,
                    zoneId,
                    name,
                    zone.string("groupName", name),
                    zone.string("networkBorderGroup", name),
                    zone.string("zoneType", ZoneInfo.TYPE_AVAILABILITY_ZONE),
                    zone.string("optInStatus", RegionInfo.OPT_IN_NOT_REQUIRED)));
        }
        zones.sort(Comparator.comparing(ZoneInfo::zoneName));
        return new RegionInfo(name, endpoint, optIn, zones);
    }
}
