package io.ec2emulator.api.actions;

import static io.ec2emulator.api.actions.Ec2Assertions.assertEc2Error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ec2emulator.api.TestServer;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.AvailabilityZone;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Region;

/** DescribeRegions and DescribeAvailabilityZones through the real SDK v2 client. */
class RegionsApiTest {

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void describeRegionsListsEveryCommercialRegionWithEndpoints() {
        try (Ec2Client ec2 = server.client()) {
            List<Region> regions = ec2.describeRegions().regions();
            assertTrue(regions.size() >= 30, "regions: " + regions.size());
            assertEquals(regions.size(), ec2.describeRegions(r -> r.allRegions(true)).regions().size());
            Region ireland = ec2.describeRegions(r -> r.regionNames("eu-west-1")).regions().get(0);
            assertEquals("ec2.eu-west-1.amazonaws.com", ireland.endpoint());
            assertEquals("opt-in-not-required", ireland.optInStatus());
            assertEquals("opted-in", ec2.describeRegions(r -> r.regionNames("af-south-1")).regions().get(0).optInStatus());
            List<String> us = ec2.describeRegions(r -> r.filters(Filter.builder().name("region-name").values("us-*").build()))
                    .regions().stream().map(Region::regionName).sorted().toList();
            assertEquals(List.of("us-east-1", "us-east-2", "us-west-1", "us-west-2"), us);
            assertEquals(1, ec2.describeRegions(r -> r.filters(Filter.builder().name("endpoint")
                    .values("ec2.ap-south-1.amazonaws.com").build())).regions().size());
            assertEc2Error("InvalidParameterValue", "xx-nowhere-1", () -> ec2.describeRegions(r -> r.regionNames("xx-nowhere-1")));
            assertEc2Error("InvalidParameterValue", "The filter 'name' is invalid",
                    () -> ec2.describeRegions(r -> r.filters(Filter.builder().name("name").values("x").build())));
        }
    }

    @Test
    void availabilityZonesBelongToTheCallersRegion() {
        try (Ec2Client virginia = server.client("test", "us-east-1");
             Ec2Client frankfurt = server.client("test", "eu-central-1")) {
            List<AvailabilityZone> zones = virginia.describeAvailabilityZones().availabilityZones();
            assertEquals(6, zones.size());
            AvailabilityZone a = zones.stream().filter(z -> z.zoneName().equals("us-east-1a")).findFirst().orElseThrow();
            assertTrue(a.zoneId().matches("use1-az\\d"), a.zoneId());
            assertEquals("us-east-1", a.regionName());
            assertEquals("available", a.stateAsString());
            assertEquals("availability-zone", a.zoneType());
            assertTrue(frankfurt.describeAvailabilityZones().availabilityZones().stream()
                    .allMatch(z -> z.zoneName().startsWith("eu-central-1") && z.zoneId().startsWith("euc1-az")));
            assertEquals(List.of("us-east-1a"), virginia.describeAvailabilityZones(r -> r.zoneIds(a.zoneId()))
                    .availabilityZones().stream().map(AvailabilityZone::zoneName).toList());
            assertEquals(1, virginia.describeAvailabilityZones(r -> r.filters(Filter.builder().name("zone-name")
                    .values("us-east-1b").build())).availabilityZones().size());
            assertEc2Error("InvalidParameterValue", "us-east-1z",
                    () -> virginia.describeAvailabilityZones(r -> r.zoneNames("us-east-1z")));
            assertEc2Error("InvalidParameterValue", "eu-central-1a",
                    () -> virginia.describeAvailabilityZones(r -> r.zoneNames("eu-central-1a")));
        }
    }

    @Test
    void unknownRegionInTheCredentialScopeIsAnAuthFailure() {
        try (Ec2Client nowhere = server.client("test", "xx-nowhere-1")) {
            assertEc2Error("AuthFailure", "xx-nowhere-1", nowhere::describeRegions);
        }
    }
}
