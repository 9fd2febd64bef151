package io.ec2emulator.core.instancetypes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ec2emulator.core.Ec2Error;
import io.ec2emulator.core.filter.FilterCriterion;
import io.ec2emulator.core.filter.Page;
import io.ec2emulator.core.regions.RegionCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** DescribeInstanceTypes and DescribeInstanceTypeOfferings rules, without the HTTP front end. */
class InstanceTypeQueriesTest {

    /** Every filter botocore documents for DescribeInstanceTypes (model 2016-11-15, botocore 1.43.11). */
    private static final Set<String> DOCUMENTED = Set.of("auto-recovery-supported", "bare-metal",
            "burstable-performance-supported", "current-generation", "dedicated-hosts-supported",
            "ebs-info.attachment-limit-type", "ebs-info.maximum-ebs-attachments",
            "ebs-info.ebs-optimized-info.baseline-bandwidth-in-mbps", "ebs-info.ebs-optimized-info.baseline-iops",
            "ebs-info.ebs-optimized-info.baseline-throughput-in-mbps",
            "ebs-info.ebs-optimized-info.maximum-bandwidth-in-mbps", "ebs-info.ebs-optimized-info.maximum-iops",
            "ebs-info.ebs-optimized-info.maximum-throughput-in-mbps", "ebs-info.ebs-optimized-support",
            "ebs-info.encryption-support", "ebs-info.nvme-support", "free-tier-eligible", "hibernation-supported",
            "hypervisor", "instance-storage-info.disk.count", "instance-storage-info.disk.size-in-gb",
            "instance-storage-info.disk.type", "instance-storage-info.encryption-support",
            "instance-storage-info.nvme-support", "instance-storage-info.total-size-in-gb",
            "instance-storage-supported", "instance-type", "memory-info.size-in-mib",
            "network-info.bandwidth-weightings", "network-info.efa-info.maximum-efa-interfaces",
            "network-info.efa-supported", "network-info.ena-support", "network-info.flexible-ena-queues-support",
            "network-info.encryption-in-transit-supported", "network-info.ipv4-addresses-per-interface",
            "network-info.ipv6-addresses-per-interface", "network-info.ipv6-supported",
            "network-info.maximum-network-cards", "network-info.maximum-network-interfaces",
            "network-info.network-performance", "nitro-enclaves-support", "nitro-tpm-support",
            "nitro-tpm-info.supported-versions", "processor-info.supported-architecture",
            "processor-info.sustained-clock-speed-in-ghz", "processor-info.supported-features",
            "reboot-migration-support", "supported-boot-mode", "supported-root-device-type", "supported-usage-class",
            "supported-virtualization-type", "vcpu-info.default-cores", "vcpu-info.default-threads-per-core",
            "vcpu-info.default-vcpus", "vcpu-info.valid-cores", "vcpu-info.valid-threads-per-core");

    private final InstanceTypeCatalog catalog = InstanceTypeCatalog.standard();
    private final InstanceTypeQueries queries = new InstanceTypeQueries(catalog, RegionCatalog.standard());

    @Test
    void everyDocumentedFilterIsKnown() {
        assertEquals(DOCUMENTED, InstanceTypeQueries.instanceTypeFilterNames());
    }

    @Test
    void withoutMaxResultsPagesHoldOneHundred() {
        List<String> all = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            Page<InstanceTypeInfo> page = queries.describeInstanceTypes(List.of(), List.of(), null, token);
            assertTrue(page.items().size() <= 100);
            page.items().forEach(t -> all.add(t.instanceType()));
            token = page.nextToken();
            pages++;
        } while (token != null);
        assertEquals(3, pages);
        assertEquals(catalog.all().stream().map(InstanceTypeInfo::instanceType).toList(), all);
    }

    @Test
    void namedTypesAndFilters() {
        assertEquals(List.of("m5.large", "t2.micro"), names(queries.describeInstanceTypes(
                List.of("t2.micro", "m5.large", "t2.micro"), List.of(), null, null)));
        assertEquals(List.of("t2.micro"), names(queries.describeInstanceTypes(List.of("t2.micro", "m5.large"),
                List.of(FilterCriterion.of("hypervisor", "xen")), null, null)));
        assertEquals(List.of("i3.large", "x2iedn.4xlarge"), names(queries.describeInstanceTypes(List.of(),
                List.of(FilterCriterion.of("instance-storage-info.total-size-in-gb", "475")), null, null)));
        assertEquals(List.of("i3.large"), names(queries.describeInstanceTypes(List.of(),
                List.of(FilterCriterion.of("instance-storage-info.disk.size-in-gb", "475"),
                        FilterCriterion.of("hypervisor", "xen")), null, null)));
        assertEquals(List.of("m5.large", "m5a.large", "m5d.large"), names(queries.describeInstanceTypes(List.of(),
                List.of(FilterCriterion.of("instance-type", "m5?.large", "m5.large"),
                        FilterCriterion.of("network-info.network-performance", "Up to 10 Gigabit")), null, null)));
        List<String> z1d = names(queries.describeInstanceTypes(List.of(), List.of(
                FilterCriterion.of("processor-info.sustained-clock-speed-in-ghz", "4")), null, null));
        assertEquals(7, z1d.size());
        assertEquals(z1d, names(queries.describeInstanceTypes(List.of(), List.of(
                FilterCriterion.of("processor-info.sustained-clock-speed-in-ghz", "4.0")), null, null)));
        assertTrue(queries.describeInstanceTypes(List.of(), List.of(
                FilterCriterion.of("network-info.bandwidth-weightings", "*")), null, null).items().isEmpty());
        Page<InstanceTypeInfo> five = queries.describeInstanceTypes(List.of(), List.of(
                FilterCriterion.of("vcpu-info.valid-threads-per-core", "1,2")), 5, null);
        assertEquals(5, five.items().size());
        assertEquals(names(five).get(4), names(queries.describeInstanceTypes(List.of(), List.of(
                FilterCriterion.of("vcpu-info.valid-threads-per-core", "1,2")), 100, null)).get(4));
        Page<InstanceTypeInfo> next = queries.describeInstanceTypes(List.of(), List.of(
                FilterCriterion.of("vcpu-info.valid-threads-per-core", "1,2")), 5, five.nextToken());
        assertTrue(names(next).get(0).compareTo(names(five).get(4)) > 0);
    }

    @Test
    void errors() {
        Ec2Error unknown = assertThrows(Ec2Error.class, () -> queries.describeInstanceTypes(
                List.of("t2.micro", "t9.huge", "x1.nope"), List.of(), null, null));
        assertEquals("InvalidInstanceType", unknown.code());
        assertEquals("The following supplied instance types do not exist: [t9.huge, x1.nope]", unknown.getMessage());
        Ec2Error filter = assertThrows(Ec2Error.class, () -> queries.describeInstanceTypes(List.of(),
                List.of(FilterCriterion.of("processor-info.manufacturer", "Intel")), null, null));
        assertEquals("The filter 'processor-info.manufacturer' is invalid", filter.getMessage());
        Ec2Error range = assertThrows(Ec2Error.class, () -> queries.describeInstanceTypes(List.of(), List.of(), 101, null));
        assertEquals("InvalidParameterValue", range.code());
        assertThrows(Ec2Error.class, () -> queries.describeInstanceTypes(List.of(), List.of(), 4, null));
        assertEquals("InvalidPaginationToken", assertThrows(Ec2Error.class,
                () -> queries.describeInstanceTypes(List.of(), List.of(), 5, "garbage")).code());
    }

    @Test
    void offeringsCoverTheRegionAndEveryZone() {
        int types = catalog.all().size();
        Page<InstanceTypeOffering> region = queries.describeOfferings("eu-west-1", null, List.of(), null, null);
        assertEquals(types, region.items().size());
        assertNull(region.nextToken());
        assertTrue(region.items().stream().allMatch(o -> o.location().equals("eu-west-1")
                && o.locationType().equals("region")));
        int zones = RegionCatalog.standard().region("us-east-1").orElseThrow().zones().size();
        Page<InstanceTypeOffering> first = queries.describeOfferings("us-east-1", "availability-zone", List.of(),
                null, null);
        assertEquals(1000, first.items().size());
        assertNotNull(first.nextToken());
        Page<InstanceTypeOffering> rest = queries.describeOfferings("us-east-1", "availability-zone", List.of(),
                null, first.nextToken());
        assertEquals(types * zones, first.items().size() + rest.items().size());
        assertNull(rest.nextToken());
        List<InstanceTypeOffering> byId = queries.describeOfferings("us-east-1", "availability-zone-id",
                List.of(FilterCriterion.of("instance-type", "t3.micro"), FilterCriterion.of("location", "use1-az1")),
                null, null).items();
        assertEquals(List.of(new InstanceTypeOffering("t3.micro", "availability-zone-id", "use1-az1")), byId);
        assertTrue(queries.describeOfferings("us-east-1", "outpost", List.of(), null, null).items().isEmpty());
        assertThrows(Ec2Error.class, () -> queries.describeOfferings("us-east-1", "region",
                List.of(FilterCriterion.of("zone", "x")), null, null));
        assertThrows(Ec2Error.class, () -> queries.describeOfferings("us-east-1", null, List.of(), 1001, null));
    }

    private static List<String> names(Page<InstanceTypeInfo> page) {
        return page.items().stream().map(InstanceTypeInfo::instanceType).toList();
    }
}
