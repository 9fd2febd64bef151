package io.ec2emulator.core.regions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RegionCatalogTest {

    private static final Pattern REGION_NAME = Pattern.compile("^[a-z]{2}(-[a-z]+)+-\\d$");
    private static final Pattern ZONE_ID = Pattern.compile("^([a-z]+\\d)-az\\d+$");
    private static final Set<String> REGION_OPT_IN = Set.of("opt-in-not-required", "opted-in");

    private final RegionCatalog catalog = RegionCatalog.standard();

    @Test
    void loadingTwiceReturnsTheSameInstance() {
        assertSame(RegionCatalog.standard(), RegionCatalog.standard());
        assertSame(catalog, RegionCatalog.standard());
    }

    @Test
    void regionNamesHaveTheAwsShapeAndAreSorted() {
        List<String> names = new ArrayList<>();
        for (RegionInfo region : catalog.regions()) {
            assertTrue(REGION_NAME.matcher(region.regionName()).matches(), region.regionName());
            names.add(region.regionName());
        }
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(null);
        assertEquals(sorted, names);
        assertEquals(names.size(), new HashSet<>(names).size(), "duplicate region names");
    }

    @Test
    void endpointsFollowTheRegionName() {
        for (RegionInfo region : catalog.regions()) {
            assertEquals("ec2." + region.regionName() + ".amazonaws.com", region.endpoint());
        }
    }

    @Test
    void optInStatusIsOneOfTheTwoAllowedValues() {
        for (RegionInfo region : catalog.regions()) {
            assertTrue(REGION_OPT_IN.contains(region.optInStatus()), region.regionName());
            for (ZoneInfo zone : region.zones()) {
                assertEquals("opt-in-not-required", zone.optInStatus(), zone.zoneName());
            }
        }
        assertEquals("opt-in-not-required", catalog.region("us-east-1").orElseThrow().optInStatus());
        assertEquals("opted-in", catalog.region("af-south-1").orElseThrow().optInStatus());
    }

    @Test
    void zonesHaveTheExpectedShape() {
        for (RegionInfo region : catalog.regions()) {
            String name = region.regionName();
            assertTrue(region.zones().size() >= 2, name + " has fewer than 2 zones");
            Set<String> prefixes = new HashSet<>();
            for (ZoneInfo zone : region.zones()) {
                assertTrue(zone.zoneName().matches(Pattern.quote(name) + "[a-z]"), zone.zoneName());
                var id = ZONE_ID.matcher(zone.zoneId());
                assertTrue(id.matches(), zone.zoneId());
                prefixes.add(id.group(1));
                assertEquals(name, zone.regionName());
                assertEquals(name, zone.groupName());
                assertEquals(name, zone.networkBorderGroup());
                assertEquals("availability-zone", zone.zoneType());
            }
            assertEquals(1, prefixes.size(), name + " zone ids do not share one prefix: " + prefixes);
        }
    }

    @Test
    void zoneIdsAndPrefixesAreUniqueAcrossTheCatalog() {
        Set<String> ids = new HashSet<>();
        Set<String> prefixes = new HashSet<>();
        for (RegionInfo region : catalog.regions()) {
            Set<String> regionPrefixes = new HashSet<>();
            for (ZoneInfo zone : region.zones()) {
                assertTrue(ids.add(zone.zoneId()), "duplicate zone id " + zone.zoneId());
                regionPrefixes.add(zone.zoneId().substring(0, zone.zoneId().indexOf("-az")));
            }
            for (String prefix : regionPrefixes) {
                assertTrue(prefixes.add(prefix), "prefix shared by two regions: " + prefix);
            }
        }
    }

    @Test
    void knownRegionsHaveTheirRealZoneCounts() {
        assertEquals(6, catalog.region("us-east-1").orElseThrow().zones().size());
        assertEquals(2, catalog.region("us-west-1").orElseThrow().zones().size());
        assertEquals(4, catalog.region("us-west-2").orElseThrow().zones().size());
        assertEquals("use1-az1", catalog.region("us-east-1").orElseThrow().zones().get(0).zoneId());
        assertEquals("us-east-1a", catalog.region("us-east-1").orElseThrow().zones().get(0).zoneName());
    }

    @Test
    void lookupsWorkForKnownAndUnknownNames() {
        assertTrue(catalog.isKnown("eu-west-1"));
        assertTrue(catalog.region("eu-west-1").isPresent());
        assertFalse(catalog.isKnown("us-east-7"));
        assertFalse(catalog.isKnown(null));
        assertTrue(catalog.region("us-east-7").isEmpty());
        assertTrue(catalog.region(null).isEmpty());
        assertFalse(catalog.isKnown("us-gov-west-1"), "GovCloud is not part of the catalog");
        assertFalse(catalog.isKnown("cn-north-1"), "China is not part of the catalog");
    }

    @Test
    void returnedListsAreImmutable() {
        List<RegionInfo> regions = catalog.regions();
        assertThrows(UnsupportedOperationException.class, () -> regions.remove(0));
        List<ZoneInfo> zones = regions.get(0).zones();
        assertThrows(UnsupportedOperationException.class, () -> zones.remove(0));
    }
}
