package io.ec2emulator.api.actions;

import static io.ec2emulator.api.actions.Ec2Assertions.assertEc2Error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ec2emulator.api.TestServer;
import io.ec2emulator.core.instancetypes.InstanceTypeCatalog;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.DescribeInstanceTypesResponse;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.InstanceTypeInfo;
import software.amazon.awssdk.services.ec2.model.InstanceTypeOffering;
import software.amazon.awssdk.services.ec2.model.LocationType;

/** DescribeInstanceTypes and DescribeInstanceTypeOfferings through the real SDK v2 client. */
class InstanceTypesApiTest {

    private static final int CATALOG_SIZE = InstanceTypeCatalog.standard().all().size();

    private static TestServer server;
    private static Ec2Client ec2;
    private static Map<String, InstanceTypeInfo> all;

    @BeforeAll
    static void start() {
        server = new TestServer();
        ec2 = server.client();
        all = ec2.describeInstanceTypesPaginator(r -> r.maxResults(100)).instanceTypes().stream()
                .collect(Collectors.toMap(InstanceTypeInfo::instanceTypeAsString, t -> t));
    }

    @AfterAll
    static void stop() {
        ec2.close();
        server.close();
    }

    @Test
    void paginatorReturnsTheWholeCatalogOnce() {
        assertEquals(CATALOG_SIZE, all.size());
        assertEquals(242, CATALOG_SIZE);
        DescribeInstanceTypesResponse first = ec2.describeInstanceTypes(r -> { });
        assertEquals(100, first.instanceTypes().size());
        assertNotNull(first.nextToken());
        List<String> fives = ec2.describeInstanceTypesPaginator(r -> r.maxResults(5)
                        .filters(filter("instance-type", "t3*")))
                .instanceTypes().stream().map(InstanceTypeInfo::instanceTypeAsString).toList();
        assertEquals(14, fives.size());
        assertEquals(fives.stream().sorted().toList(), fives);
    }

    @Test
    void t2MicroHasAwsValues() {
        InstanceTypeInfo t = one("t2.micro");
        assertEquals(1, t.vCpuInfo().defaultVCpus());
        assertEquals(1, t.vCpuInfo().defaultCores());
        assertEquals(1024L, t.memoryInfo().sizeInMiB());
        assertEquals("xen", t.hypervisorAsString());
        assertEquals(List.of("i386", "x86_64"), t.processorInfo().supportedArchitecturesAsStrings());
        assertEquals("Intel", t.processorInfo().manufacturer());
        assertEquals(2.5, t.processorInfo().sustainedClockSpeedInGhz());
        assertEquals(List.of("legacy-bios"), t.supportedBootModesAsStrings());
        assertEquals(List.of("partition", "spread"), t.placementGroupInfo().supportedStrategiesAsStrings());
        assertEquals("Low to Moderate", t.networkInfo().networkPerformance());
        assertEquals("unsupported", t.networkInfo().enaSupportAsString());
        assertEquals(2, t.networkInfo().maximumNetworkInterfaces());
        assertEquals(2, t.networkInfo().ipv4AddressesPerInterface());
        assertEquals("unsupported", t.ebsInfo().ebsOptimizedSupportAsString());
        assertNull(t.ebsInfo().ebsOptimizedInfo());
        assertTrue(t.burstablePerformanceSupported());
        assertTrue(t.currentGeneration());
        assertFalse(t.freeTierEligible());
        assertFalse(t.instanceStorageSupported());
        assertNull(t.instanceStorageInfo());
        assertEquals(List.of("on-demand", "spot"), t.supportedUsageClassesAsStrings());
    }

    @Test
    void t3MicroM6gC5nAndI3HaveAwsValues() {
        InstanceTypeInfo t3 = one("t3.micro");
        assertEquals(2, t3.vCpuInfo().defaultVCpus());
        assertEquals(1024L, t3.memoryInfo().sizeInMiB());
        assertEquals("nitro", t3.hypervisorAsString());
        assertTrue(t3.freeTierEligible());
        assertEquals("Up to 5 Gigabit", t3.networkInfo().networkPerformance());
        assertEquals(List.of("legacy-bios", "uefi"), t3.supportedBootModesAsStrings());
        InstanceTypeInfo m6g = one("m6g.large");
        assertEquals(List.of("arm64"), m6g.processorInfo().supportedArchitecturesAsStrings());
        assertEquals("AWS", m6g.processorInfo().manufacturer());
        assertEquals(2, m6g.vCpuInfo().defaultVCpus());
        assertEquals(8192L, m6g.memoryInfo().sizeInMiB());
        assertEquals(List.of("uefi"), m6g.supportedBootModesAsStrings());
        InstanceTypeInfo c5n = one("c5n.large");
        assertEquals("Up to 25 Gigabit", c5n.networkInfo().networkPerformance());
        assertEquals(5376L, c5n.memoryInfo().sizeInMiB());
        assertEquals("Up to 25 Gigabit", c5n.networkInfo().networkCards().get(0).networkPerformance());
        InstanceTypeInfo i3 = one("i3.large");
        assertTrue(i3.instanceStorageSupported());
        assertEquals(475L, i3.instanceStorageInfo().totalSizeInGB());
        assertEquals(475L, i3.instanceStorageInfo().disks().get(0).sizeInGB());
        assertEquals(1, i3.instanceStorageInfo().disks().get(0).count());
        assertEquals("ssd", i3.instanceStorageInfo().disks().get(0).typeAsString());
        assertEquals("required", i3.instanceStorageInfo().nvmeSupportAsString());
        assertEquals("xen", i3.hypervisorAsString());
        assertEquals(15616L, i3.memoryInfo().sizeInMiB());
        InstanceTypeInfo m5 = one("m5.large");
        assertEquals(650, m5.ebsInfo().ebsOptimizedInfo().baselineBandwidthInMbps());
        assertEquals(81.25, m5.ebsInfo().ebsOptimizedInfo().baselineThroughputInMBps());
        assertEquals(27, m5.ebsInfo().maximumEbsAttachments());
        assertEquals(List.of("2.0"), m5.nitroTpmInfo().supportedVersions());
        InstanceTypeInfo metal = one("m5.metal");
        assertTrue(metal.bareMetal());
        assertNull(metal.hypervisor());
        assertEquals(96, metal.vCpuInfo().defaultVCpus());
    }

    @Test
    void namedTypesComeBackSortedAndUnknownOnesAreAnError() {
        assertEquals(List.of("c5n.large", "t2.micro"), ec2.describeInstanceTypes(r -> r.instanceTypesWithStrings(
                "t2.micro", "c5n.large")).instanceTypes().stream().map(InstanceTypeInfo::instanceTypeAsString).toList());
        assertEc2Error("InvalidInstanceType", "The following supplied instance types do not exist: [t2.gigantic]",
                () -> ec2.describeInstanceTypes(r -> r.instanceTypesWithStrings("t2.micro", "t2.gigantic")));
        assertEc2Error("InvalidParameterValue", "The filter 'processor-info.manufacturer' is invalid",
                () -> ec2.describeInstanceTypes(r -> r.filters(filter("processor-info.manufacturer", "AWS"))));
        assertEc2Error("InvalidParameterValue", "The filter 'bare-metal' must have at least one value",
                () -> ec2.describeInstanceTypes(r -> r.filters(Filter.builder().name("bare-metal").build())));
        assertEc2Error("InvalidParameterValue", "Parameter may only be between 5 and 100",
                () -> ec2.describeInstanceTypes(r -> r.maxResults(101)));
        assertEc2Error("InvalidParameterValue", "Value ( 4 ) for parameter maxResults is invalid",
                () -> ec2.describeInstanceTypes(r -> r.maxResults(4)));
        assertEc2Error("InvalidPaginationToken", "pagination token",
                () -> ec2.describeInstanceTypes(r -> r.nextToken("not-a-token")));
        assertEc2Error("DryRunOperation", 412, "DryRun flag is set",
                () -> ec2.describeInstanceTypes(r -> r.dryRun(true)));
    }

    @Test
    void booleanAndEnumFilters() {
        assertFilter("auto-recovery-supported", "false", InstanceTypeInfo::autoRecoverySupported, false);
        assertFilter("bare-metal", "true", InstanceTypeInfo::bareMetal, true);
        assertFilter("burstable-performance-supported", "true", InstanceTypeInfo::burstablePerformanceSupported, true);
        assertFilter("current-generation", "false", InstanceTypeInfo::currentGeneration, false);
        assertFilter("dedicated-hosts-supported", "false", InstanceTypeInfo::dedicatedHostsSupported, false);
        assertFilter("free-tier-eligible", "true", InstanceTypeInfo::freeTierEligible, true);
        assertFilter("hibernation-supported", "true", InstanceTypeInfo::hibernationSupported, true);
        assertFilter("instance-storage-supported", "true", InstanceTypeInfo::instanceStorageSupported, true);
        assertEquals(Set.of("t3.micro", "t3.small", "t4g.micro", "t4g.small"), names("free-tier-eligible", "true"));
        assertMatches(t -> "xen".equals(t.hypervisorAsString()), filter("hypervisor", "xen"));
        assertMatches(t -> "dedicated".equals(t.ebsInfo().attachmentLimitTypeAsString()),
                filter("ebs-info.attachment-limit-type", "dedicated"));
        assertMatches(t -> "unsupported".equals(t.ebsInfo().ebsOptimizedSupportAsString()),
                filter("ebs-info.ebs-optimized-support", "unsupported"));
        assertMatches(t -> true, filter("ebs-info.encryption-support", "supported"));
        assertMatches(t -> "supported".equals(t.ebsInfo().nvmeSupportAsString()),
                filter("ebs-info.nvme-support", "supported"));
        assertMatches(t -> "supported".equals(t.networkInfo().enaSupportAsString()),
                filter("network-info.ena-support", "supported"));
        assertMatches(t -> t.networkInfo().efaSupported(), filter("network-info.efa-supported", "true"));
        assertMatches(t -> t.networkInfo().encryptionInTransitSupported(),
                filter("network-info.encryption-in-transit-supported", "true"));
        assertMatches(t -> !t.networkInfo().ipv6Supported(), filter("network-info.ipv6-supported", "false"));
        assertMatches(t -> "unsupported".equals(t.networkInfo().flexibleEnaQueuesSupportAsString()),
                filter("network-info.flexible-ena-queues-support", "unsupported"));
        assertMatches(t -> "unsupported".equals(t.nitroEnclavesSupportAsString()),
                filter("nitro-enclaves-support", "unsupported"));
        assertMatches(t -> "supported".equals(t.nitroTpmSupportAsString()), filter("nitro-tpm-support", "supported"));
        assertMatches(t -> t.nitroTpmInfo() != null, filter("nitro-tpm-info.supported-versions", "2.0"));
        assertMatches(t -> "unsupported".equals(t.rebootMigrationSupportAsString()),
                filter("reboot-migration-support", "unsupported"));
        assertMatches(t -> t.supportedBootModesAsStrings().equals(List.of("uefi")),
                filter("supported-boot-mode", "uefi"), filter("supported-boot-mode", "uefi"),
                Filter.builder().name("processor-info.supported-architecture").values("arm64").build());
        assertMatches(t -> t.supportedRootDeviceTypesAsStrings().contains("instance-store"),
                filter("supported-root-device-type", "instance-store"));
        assertMatches(t -> t.supportedUsageClassesAsStrings().contains("spot"), filter("supported-usage-class", "spot"));
        assertMatches(t -> t.hypervisor() != null,
                filter("supported-usage-class", "on-demand"), filter("instance-type", "*"),
                Filter.builder().name("current-generation").values("true", "false").build(),
                Filter.builder().name("supported-virtualization-type").values("hvm").build(),
                Filter.builder().name("vcpu-info.default-vcpus").values("*").build(),
                Filter.builder().name("hypervisor").values("nitro", "xen", "").build());
        assertMatches(t -> t.processorInfo().supportedArchitecturesAsStrings().contains("i386"),
                filter("processor-info.supported-architecture", "i386"));
        assertMatches(t -> !t.processorInfo().supportedFeaturesAsStrings().isEmpty(),
                filter("processor-info.supported-features", "amd-sev-snp"));
        assertMatches(t -> false, filter("network-info.bandwidth-weightings", "default"));
    }

    @Test
    void numericStorageAndWildcardFilters() {
        assertMatches(t -> t.memoryInfo().sizeInMiB() == 8192, filter("memory-info.size-in-mib", "8192"));
        assertMatches(t -> t.vCpuInfo().defaultVCpus() == 96, filter("vcpu-info.default-vcpus", "96"));
        assertMatches(t -> t.vCpuInfo().defaultCores() == 1, filter("vcpu-info.default-cores", "1"));
        assertMatches(t -> t.vCpuInfo().defaultThreadsPerCore() == 1, filter("vcpu-info.default-threads-per-core", "1"));
        assertMatches(t -> t.vCpuInfo().validCores().contains(3), filter("vcpu-info.valid-cores", "3"));
        assertMatches(t -> t.vCpuInfo().validThreadsPerCore().contains(1),
                filter("vcpu-info.valid-threads-per-core", "1"));
        assertMatches(t -> Double.valueOf(3.5).equals(t.processorInfo().sustainedClockSpeedInGhz()),
                filter("processor-info.sustained-clock-speed-in-ghz", "3.5"));
        assertMatches(t -> t.ebsInfo().maximumEbsAttachments() == 40, filter("ebs-info.maximum-ebs-attachments", "40"));
        assertMatches(t -> opt(t) && t.ebsInfo().ebsOptimizedInfo().baselineBandwidthInMbps() == 650,
                filter("ebs-info.ebs-optimized-info.baseline-bandwidth-in-mbps", "650"));
        assertMatches(t -> opt(t) && t.ebsInfo().ebsOptimizedInfo().baselineIops() == 3600,
                filter("ebs-info.ebs-optimized-info.baseline-iops", "3600"));
        assertMatches(t -> opt(t) && t.ebsInfo().ebsOptimizedInfo().baselineThroughputInMBps() == 81.25,
                filter("ebs-info.ebs-optimized-info.baseline-throughput-in-mbps", "81.25"));
        assertMatches(t -> opt(t) && t.ebsInfo().ebsOptimizedInfo().maximumBandwidthInMbps() == 4750,
                filter("ebs-info.ebs-optimized-info.maximum-bandwidth-in-mbps", "4750"));
        assertMatches(t -> opt(t) && t.ebsInfo().ebsOptimizedInfo().maximumIops() == 18750,
                filter("ebs-info.ebs-optimized-info.maximum-iops", "18750"));
        assertMatches(t -> opt(t) && t.ebsInfo().ebsOptimizedInfo().maximumThroughputInMBps() == 593.75,
                filter("ebs-info.ebs-optimized-info.maximum-throughput-in-mbps", "593.75"));
        assertMatches(t -> t.instanceStorageInfo() != null && t.instanceStorageInfo().disks().get(0).count() == 2,
                filter("instance-storage-info.disk.count", "2"));
        assertMatches(t -> t.instanceStorageInfo() != null
                        && t.instanceStorageInfo().disks().get(0).sizeInGB() == 1900,
                filter("instance-storage-info.disk.size-in-gb", "1900"));
        assertMatches(t -> t.instanceStorageInfo() != null, filter("instance-storage-info.disk.type", "ssd"));
        assertMatches(t -> t.instanceStorageInfo() != null
                        && "required".equals(t.instanceStorageInfo().encryptionSupportAsString()),
                filter("instance-storage-info.encryption-support", "req*"));
        assertMatches(t -> t.instanceStorageInfo() != null
                        && "required".equals(t.instanceStorageInfo().nvmeSupportAsString()),
                filter("instance-storage-info.nvme-support", "required"));
        assertMatches(t -> t.instanceStorageInfo() != null && t.instanceStorageInfo().totalSizeInGB() >= 10000,
                filter("instance-storage-info.total-size-in-gb", "?????"));
        assertMatches(t -> t.networkInfo().ipv4AddressesPerInterface() == 50,
                filter("network-info.ipv4-addresses-per-interface", "50"));
        assertMatches(t -> t.networkInfo().ipv6AddressesPerInterface() == 2,
                filter("network-info.ipv6-addresses-per-interface", "2"));
        assertMatches(t -> t.networkInfo().maximumNetworkCards() == 1, filter("network-info.maximum-network-cards", "1"));
        assertMatches(t -> t.networkInfo().maximumNetworkInterfaces() == 15,
                filter("network-info.maximum-network-interfaces", "15"));
        assertMatches(t -> t.networkInfo().efaInfo() != null && t.networkInfo().efaInfo().maximumEfaInterfaces() == 1,
                filter("network-info.efa-info.maximum-efa-interfaces", "1"));
        assertMatches(t -> t.networkInfo().networkPerformance().startsWith("Up to 25"),
                filter("network-info.network-performance", "Up to 25*"));
        // OR between values, AND between filters, wildcards in both
        assertEquals(Set.of("c5n.large", "c6gn.large", "m5n.large"), Set.copyOf(names(
                Filter.builder().name("instance-type").values("c?n.large", "m5n.l*", "c6gn.large").build(),
                filter("network-info.network-performance", "Up to 25 Gigabit"))));
        assertEquals(Set.of("t3.micro", "t3a.micro", "t4g.micro"), Set.copyOf(names(
                filter("instance-type", "t*.micro"), filter("burstable-performance-supported", "true"),
                filter("hypervisor", "nitro"))));
    }

    @Test
    void offeringsForRegionZonesAndZoneIdsInTwoRegions() {
        try (Ec2Client frankfurt = server.client("test", "eu-central-1")) {
            for (Ec2Client client : List.of(ec2, frankfurt)) {
                String region = client == ec2 ? "us-east-1" : "eu-central-1";
                List<InstanceTypeOffering> byRegion = client.describeInstanceTypeOfferingsPaginator(r -> r.maxResults(500))
                        .instanceTypeOfferings().stream().toList();
                assertEquals(CATALOG_SIZE, byRegion.size());
                assertTrue(byRegion.stream().allMatch(o -> o.location().equals(region)
                        && o.locationType() == LocationType.REGION));
                List<InstanceTypeOffering> byZone = client.describeInstanceTypeOfferingsPaginator(r -> r
                        .locationType(LocationType.AVAILABILITY_ZONE)).instanceTypeOfferings().stream().toList();
                Set<String> zones = byZone.stream().map(InstanceTypeOffering::location).collect(Collectors.toSet());
                assertEquals(zones.size() * CATALOG_SIZE, byZone.size());
                assertTrue(zones.stream().allMatch(z -> z.startsWith(region)), zones.toString());
                List<InstanceTypeOffering> byId = client.describeInstanceTypeOfferings(r -> r
                        .locationType(LocationType.AVAILABILITY_ZONE_ID)
                        .filters(filter("instance-type", "m6g.large", "t2.micro"))).instanceTypeOfferings();
                assertEquals(2 * zones.size(), byId.size());
                assertTrue(byId.stream().allMatch(o -> o.location().matches("[a-z]+\\d-az\\d+")));
            }
            assertEquals(List.of("eu-central-1a"), frankfurt.describeInstanceTypeOfferings(r -> r
                    .locationType(LocationType.AVAILABILITY_ZONE)
                    .filters(filter("location", "eu-central-1a"), filter("instance-type", "c7g.medium")))
                    .instanceTypeOfferings().stream().map(InstanceTypeOffering::location).toList());
            assertTrue(frankfurt.describeInstanceTypeOfferings(r -> r.filters(filter("location", "us-east-1")))
                    .instanceTypeOfferings().isEmpty());
        }
        assertEc2Error("InvalidParameterValue", "The filter 'zone-name' is invalid",
                () -> ec2.describeInstanceTypeOfferings(r -> r.filters(filter("zone-name", "us-east-1a"))));
        assertEc2Error("InvalidParameterValue", "between 5 and 1000",
                () -> ec2.describeInstanceTypeOfferings(r -> r.maxResults(1001)));
    }

    private static boolean opt(InstanceTypeInfo t) {
        return t.ebsInfo().ebsOptimizedInfo() != null;
    }

    private static Filter filter(String name, String... values) {
        return Filter.builder().name(name).values(values).build();
    }

    private static InstanceTypeInfo one(String name) {
        List<InstanceTypeInfo> types = ec2.describeInstanceTypes(r -> r.instanceTypesWithStrings(name)).instanceTypes();
        assertEquals(1, types.size());
        assertEquals(all.get(name), types.get(0));
        return types.get(0);
    }

    private static List<String> names(Filter... filters) {
        return ec2.describeInstanceTypesPaginator(r -> r.filters(filters)).instanceTypes().stream()
                .map(InstanceTypeInfo::instanceTypeAsString).toList();
    }

    private static Set<String> names(String filterName, String value) {
        return new TreeSet<>(names(filter(filterName, value)));
    }

    /** The filters select exactly the catalog types {@code expected} holds for, and at least one. */
    private static void assertMatches(Predicate<InstanceTypeInfo> expected, Filter... filters) {
        Set<String> want = all.values().stream().filter(expected).map(InstanceTypeInfo::instanceTypeAsString)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> got = new TreeSet<>(names(filters));
        assertEquals(want, got, () -> filters[0].name());
    }

    private static void assertFilter(String name, String value, Predicate<InstanceTypeInfo> field, boolean wanted) {
        assertMatches(t -> field.test(t) == wanted, filter(name, value));
        assertFalse(names(name, value).isEmpty(), name);
    }
}
