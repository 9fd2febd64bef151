package io.ec2emulator.api.actions;

import io.ec2emulator.api.dispatch.ActionContext;
import io.ec2emulator.api.dispatch.ActionGroup;
import io.ec2emulator.api.dispatch.ActionRegistry;
import io.ec2emulator.core.regions.RegionQueries;
import software.amazon.awssdk.services.ec2.model.AvailabilityZone;
import software.amazon.awssdk.services.ec2.model.DescribeAvailabilityZonesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeAvailabilityZonesResponse;
import software.amazon.awssdk.services.ec2.model.DescribeRegionsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeRegionsResponse;
import software.amazon.awssdk.services.ec2.model.Region;

/** DescribeRegions and DescribeAvailabilityZones. */
public final class RegionActions implements ActionGroup {

    @Override
    public void registerWith(ActionRegistry registry) {
        registry.register("DescribeRegions", DescribeRegionsRequest.class, this::describeRegions)
                .register("DescribeAvailabilityZones", DescribeAvailabilityZonesRequest.class, this::describeZones);
    }

    private DescribeRegionsResponse describeRegions(ActionContext ctx, DescribeRegionsRequest request) {
        RegionQueries queries = new RegionQueries(ctx.emulator().regions());
        return DescribeRegionsResponse.builder()
                .regions(queries.describeRegions(request.regionNames(), Wire.filters(request.filters())).stream()
                        .map(r -> Region.builder()
                                .regionName(r.regionName())
                                .endpoint(r.endpoint())
                                .optInStatus(r.optInStatus())
                                .build())
                        .toList())
                .build();
    }

    private DescribeAvailabilityZonesResponse describeZones(ActionContext ctx, DescribeAvailabilityZonesRequest request) {
        RegionQueries queries = new RegionQueries(ctx.emulator().regions());
        return DescribeAvailabilityZonesResponse.builder()
                .availabilityZones(queries.describeZones(ctx.region(), request.zoneNames(), request.zoneIds(),
                                Wire.filters(request.filters())).stream()
                        .map(z -> AvailabilityZone.builder()
                                .zoneName(z.zoneName())
                                .zoneId(z.zoneId())
                                .regionName(z.regionName())
                                .groupName(z.groupName())
                                .networkBorderGroup(z.networkBorderGroup())
                                .zoneType(z.zoneType())
                                .optInStatus(z.optInStatus())
                                .state("available")
                                .messages(java.util.List.of())
                                .build())
                        .toList())
                .build();
    }
}
