package io.ec2emulator.core.instancetypes;

import io.ec2emulator.core.Ec2Error;
import io.ec2emulator.core.filter.FilterCriterion;
import io.ec2emulator.core.filter.FilterSpec;
import io.ec2emulator.core.filter.Page;
import io.ec2emulator.core.filter.PageRequest;
import io.ec2emulator.core.regions.RegionCatalog;
import io.ec2emulator.core.regions.RegionInfo;
import io.ec2emulator.core.regions.ZoneInfo;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * {@code DescribeInstanceTypes} and {@code DescribeInstanceTypeOfferings} over the instance type catalog.
 * Every catalog type is offered in every Region and every zone.
 */
public final class InstanceTypeQueries {

    /** {@code MaxResults} range of DescribeInstanceTypes; also its page size when MaxResults is absent. */
    static final int TYPES_MIN = 5;
    static final int TYPES_MAX = 100;
    /** {@code MaxResults} range of DescribeInstanceTypeOfferings; also its page size when MaxResults is absent. */
    static final int OFFERINGS_MIN = 5;
    static final int OFFERINGS_MAX = 1000;

    static final String REGION = "region";
    static final String AVAILABILITY_ZONE = "availability-zone";
    static final String AVAILABILITY_ZONE_ID = "availability-zone-id";
    static final String OUTPOST = "outpost";

    static final FilterSpec<InstanceTypeOffering> OFFERING_FILTERS = FilterSpec.<InstanceTypeOffering>builder()
            .single("instance-type", InstanceTypeOffering::instanceType)
            .single("location", InstanceTypeOffering::location)
            .build();

    private final InstanceTypeCatalog catalog;
    private final RegionCatalog regions;

    public InstanceTypeQueries(InstanceTypeCatalog catalog, RegionCatalog regions) {
        this.catalog = catalog;
        this.regions = regions;
    }

    /** The filter names DescribeInstanceTypes understands. */
    public static Set<String> instanceTypeFilterNames() {
        return InstanceTypeFilters.SPEC.names();
    }

    /**
     * DescribeInstanceTypes: every named type must exist ({@code InvalidInstanceType} names those that do not);
     * then the filters; sorted by name, at most {@code maxResults} (default 100) per page.
     */
    public Page<InstanceTypeInfo> describeInstanceTypes(List<String> names, List<FilterCriterion> filters,
                                                        Integer maxResults, String nextToken) {
        PageRequest request = PageRequest.of(maxResults, nextToken, TYPES_MIN, TYPES_MAX);
        Predicate<InstanceTypeInfo> matches = InstanceTypeFilters.SPEC.predicate(filters);
        Set<String> wanted = new LinkedHashSet<>(names);
        List<String> unknown = wanted.stream().filter(n -> catalog.find(n).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            throw Ec2Error.client("InvalidInstanceType", "The following supplied instance types do not exist: ["
                    + Ec2Error.shorten(String.join(", ", unknown)) + "]");
        }
        List<InstanceTypeInfo> candidates = catalog.all().stream()
                .filter(t -> wanted.isEmpty() || wanted.contains(t.instanceType()))
                .filter(matches)
                .toList();
        return page(candidates, InstanceTypeInfo::instanceType, request, TYPES_MAX);
    }

    /**
     * DescribeInstanceTypeOfferings in {@code region}: one offering per type and location of the location type
     * ({@code region} when null), filtered; sorted by location, then type.
     */
    public Page<InstanceTypeOffering> describeOfferings(String region, String locationType,
                                                       List<FilterCriterion> filters, Integer maxResults,
                                                       String nextToken) {
        PageRequest request = PageRequest.of(maxResults, nextToken, OFFERINGS_MIN, OFFERINGS_MAX);
        String type = locationType == null ? REGION : locationType;
        Predicate<InstanceTypeOffering> matches = OFFERING_FILTERS.predicate(filters);
        List<InstanceTypeOffering> offerings = new ArrayList<>();
        for (String location : locations(region, type)) {
            for (InstanceTypeInfo info : catalog.all()) {
                InstanceTypeOffering offering = new InstanceTypeOffering(info.instanceType(), type, location);
                if (matches.test(offering)) {
                    offerings.add(offering);
                }
            }
        }
        return page(offerings, InstanceTypeOffering::pageKey, request, OFFERINGS_MAX);
    }

    private List<String> locations(String region, String locationType) {
        List<ZoneInfo> zones = regions.region(region).map(RegionInfo::zones).orElse(List.of());
        switch (locationType) {
            case REGION:
                return regions.isKnown(region) ? List.of(region) : List.of();
            case AVAILABILITY_ZONE:
                return zones.stream().map(ZoneInfo::zoneName).sorted().toList();
            case AVAILABILITY_ZONE_ID:
                return zones.stream().map(ZoneInfo::zoneId).sorted().toList();
            case OUTPOST:
                return List.of();
            default:
                throw Ec2Error.invalidParameterValue("Value (" + Ec2Error.shorten(locationType)
                        + ") for parameter locationType is invalid. Unknown location type.");
        }
    }

    /** One page of {@code items}, which are sorted by {@code key}; pages resume after the last key returned. */
    private static <T> Page<T> page(List<T> items, Function<T, String> key, PageRequest request, int defaultSize) {
        int limit = request.maxResults() == null ? defaultSize : request.maxResults();
        String after = request.afterId();
        List<T> out = new ArrayList<>();
        boolean more = false;
        for (T item : items) {
            if (after != null && key.apply(item).compareTo(after) <= 0) {
                continue;
            }
            if (out.size() == limit) {
                more = true;
                break;
            }
            out.add(item);
        }
        return new Page<>(out, more ? PageRequest.tokenAfter(key.apply(out.get(out.size() - 1))) : null);
    }
}
