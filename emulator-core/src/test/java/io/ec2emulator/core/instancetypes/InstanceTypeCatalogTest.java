package io.ec2emulator.core.instancetypes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Shape checks of the bundled instance type data. */
class InstanceTypeCatalogTest {

    /** family letters, generation, capability suffix, '.', size. */
    private static final Pattern NAME = Pattern.compile(
            "^([a-z]+)(\\d)([a-z]*)\\.(nano|micro|small|medium|large|\\d*xlarge|metal|metal-\\d+xl)$");
    private static final Set<String> ARCHITECTURES = Set.of("i386", "x86_64", "arm64");
    private static final Set<String> GRAVITON = Set.of("t4g", "m6g", "m6gd", "m7g", "c6g", "c6gn", "c7g", "r6g");
    private static final Set<String> FAMILIES = Set.of("t2", "t3", "t3a", "t4g", "m3", "m5", "m5a", "m5d", "m5n",
            "m6i", "m6a", "m6g", "m6gd", "m7i", "m7g", "c3", "c5", "c5n", "c6i", "c6g", "c6gn", "c7g", "r5", "r6i", "r6g",
            "i3", "i4i", "x2iedn", "z1d");
    /** Previous-generation Xen families with SATA SSD instance store: they boot instance-store-backed AMIs too. */
    private static final Set<String> XEN_INSTANCE_STORE = Set.of("m3", "c3");

    private final InstanceTypeCatalog catalog = InstanceTypeCatalog.standard();

    @Test
    void loadsOnceWithEveryFamilySortedByName() {
        assertSame(catalog, InstanceTypeCatalog.standard());
        assertEquals(242, catalog.all().size());
        Set<String> families = new TreeSet<>();
        catalog.all().forEach(t -> families.add(t.family()));
        assertEquals(new TreeSet<>(FAMILIES), families);
        List<String> names = catalog.all().stream().map(InstanceTypeInfo::instanceType).toList();
        assertEquals(names.stream().sorted().toList(), names);
        assertTrue(catalog.find("m5.large").isPresent());
        assertTrue(catalog.find("m5.huge").isEmpty());
        assertTrue(catalog.find(null).isEmpty());
    }

    @Test
    void namesAreFamilyGenerationSuffixAndSize() {
        for (InstanceTypeInfo type : catalog.all()) {
            Matcher m = NAME.matcher(type.instanceType());
            assertTrue(m.matches(), type.instanceType());
            assertEquals(m.group(1) + m.group(2) + m.group(3), type.family());
            assertEquals(type.bareMetal(), type.size().startsWith("metal"), type.instanceType());
        }
    }

    @Test
    void vcpusAndMemoryArePositiveAndConsistent() {
        for (InstanceTypeInfo type : catalog.all()) {
            VCpuInfo cpu = type.vCpuInfo();
            assertTrue(cpu.defaultVCpus() > 0 && type.memorySizeInMiB() > 0, type.instanceType());
            assertEquals(cpu.defaultVCpus(), cpu.defaultCores() * cpu.defaultThreadsPerCore(), type.instanceType());
            cpu.validCores().forEach(c -> assertTrue(c > 0 && c <= cpu.defaultCores(), type.instanceType()));
        }
    }

    @Test
    void sizeNamesGiveTheVcpuCountOutsideBurstableAndMetal() {
        for (InstanceTypeInfo type : catalog.all()) {
            if (type.burstablePerformanceSupported() || type.bareMetal()) {
                continue;
            }
            String size = type.size();
            int expected = switch (size) {
                case "medium" -> 1;
                case "large" -> 2;
                case "xlarge" -> 4;
                default -> 4 * Integer.parseInt(size.substring(0, size.length() - "xlarge".length()));
            };
            assertEquals(expected, type.vCpuInfo().defaultVCpus(), type.instanceType());
        }
    }

    @Test
    void biggerSizesOfAFamilyHaveAtLeastAsMuchMemory() {
        for (String family : FAMILIES) {
            List<InstanceTypeInfo> sizes = catalog.all().stream()
                    .filter(t -> t.family().equals(family) && !t.bareMetal())
                    .sorted(java.util.Comparator.<InstanceTypeInfo>comparingInt(t -> t.vCpuInfo().defaultVCpus())
                            .thenComparingLong(InstanceTypeInfo::memorySizeInMiB))
                    .toList();
            for (int i = 1; i < sizes.size(); i++) {
                assertTrue(sizes.get(i).memorySizeInMiB() >= sizes.get(i - 1).memorySizeInMiB(),
                        sizes.get(i).instanceType());
            }
        }
    }

    @Test
    void architecturesAreValidAndGravitonIsArmOnly() {
        for (InstanceTypeInfo type : catalog.all()) {
            ProcessorInfo cpu = type.processorInfo();
            assertFalse(cpu.supportedArchitectures().isEmpty(), type.instanceType());
            assertTrue(ARCHITECTURES.containsAll(cpu.supportedArchitectures()), type.instanceType());
            if (GRAVITON.contains(type.family())) {
                assertEquals(List.of("arm64"), cpu.supportedArchitectures(), type.instanceType());
                assertEquals("AWS", cpu.manufacturer(), type.instanceType());
                assertEquals(List.of("uefi"), type.supportedBootModes(), type.instanceType());
            } else {
                assertTrue(cpu.supportedArchitectures().contains("x86_64"), type.instanceType());
                assertTrue(Set.of("Intel", "AMD").contains(cpu.manufacturer()), type.instanceType());
                assertTrue(type.supportedBootModes().contains("legacy-bios"), type.instanceType());
            }
            assertEquals(cpu.supportedArchitectures().contains("i386"),
                    type.family().equals("t2") && Set.of("nano", "micro", "small", "medium").contains(type.size())
                            || type.instanceType().equals("c3.large"),
                    type.instanceType());
        }
    }

    @Test
    void storageFamiliesHaveInstanceStoreThatAddsUp() {
        for (InstanceTypeInfo type : catalog.all()) {
            String suffix = suffix(type);
            boolean expected = suffix.contains("d") || type.family().startsWith("i")
                    || XEN_INSTANCE_STORE.contains(type.family());
            assertEquals(expected, type.instanceStorageSupported(), type.instanceType());
            InstanceStorageInfo storage = type.instanceStorageInfo();
            assertEquals(expected, storage != null, type.instanceType());
            if (storage != null) {
                long total = storage.disks().stream().mapToLong(d -> d.sizeInGb() * d.count()).sum();
                assertEquals(storage.totalSizeInGb(), total, type.instanceType());
                storage.disks().forEach(d -> assertEquals("ssd", d.type(), type.instanceType()));
                assertEquals(XEN_INSTANCE_STORE.contains(type.family()) ? "unsupported" : "required",
                        storage.nvmeSupport(), type.instanceType());
            }
        }
    }

    @Test
    void networkOptimizedTypesBeatTheirBaseFamily() {
        for (InstanceTypeInfo type : catalog.all()) {
            if (!suffix(type).endsWith("n") || type.family().equals("x2iedn")) {
                continue;
            }
            String base = type.family().substring(0, type.family().length() - 1) + "." + type.size();
            InstanceTypeInfo baseType = catalog.find(base).orElse(null);
            if (baseType != null) {
                assertTrue(gigabit(type) > gigabit(baseType), type.instanceType() + " vs " + base);
            }
        }
        assertEquals(25.0, gigabit(catalog.find("c5n.large").orElseThrow()));
    }

    @Test
    void burstableAndHypervisorFollowTheFamily() {
        for (InstanceTypeInfo type : catalog.all()) {
            boolean t = type.family().startsWith("t");
            assertEquals(t, type.burstablePerformanceSupported(), type.instanceType());
            assertEquals(!t && !type.family().equals("m3"), type.placementGroupStrategies().contains("cluster"),
                    type.instanceType());
            assertTrue(type.placementGroupStrategies().containsAll(List.of("partition", "spread")), type.instanceType());
            if (type.bareMetal()) {
                assertNull(type.hypervisor(), type.instanceType());
            } else if (Set.of("t2", "i3", "m3", "c3").contains(type.family())) {
                assertEquals("xen", type.hypervisor(), type.instanceType());
            } else {
                assertEquals("nitro", type.hypervisor(), type.instanceType());
            }
            String ena = switch (type.family()) {
                case "t2", "m3", "c3" -> "unsupported";
                case "i3" -> "supported";
                default -> "required";
            };
            assertEquals(ena, type.networkInfo().enaSupport(), type.instanceType());
        }
    }

    @Test
    void ebsAndNetworkFieldsAreCoherent() {
        for (InstanceTypeInfo type : catalog.all()) {
            EbsInfo ebs = type.ebsInfo();
            assertEquals(!ebs.ebsOptimizedSupport().equals("unsupported"), ebs.optimizedInfo() != null,
                    type.instanceType());
            if (ebs.optimizedInfo() != null) {
                assertTrue(ebs.optimizedInfo().maximumBandwidthInMbps() >= ebs.optimizedInfo().baselineBandwidthInMbps());
                assertTrue(ebs.optimizedInfo().baselineThroughputInMBps() > 0);
            }
            assertNotNull(ebs.maximumEbsAttachments(), type.instanceType());
            assertTrue(Set.of("shared", "dedicated").contains(ebs.attachmentLimitType()), type.instanceType());
            NetworkInfo net = type.networkInfo();
            assertEquals(1, net.networkCards().size(), type.instanceType());
            assertEquals(net.networkPerformance(), net.networkCards().get(0).networkPerformance());
            assertEquals(net.maximumNetworkInterfaces(), net.networkCards().get(0).maximumNetworkInterfaces());
            assertTrue(net.ipv4AddressesPerInterface() > 0 && net.maximumNetworkInterfaces() > 0, type.instanceType());
            boolean xenStore = XEN_INSTANCE_STORE.contains(type.family());
            assertEquals(xenStore ? List.of("hvm", "paravirtual") : List.of("hvm"), type.supportedVirtualizationTypes(),
                    type.instanceType());
            assertEquals(xenStore ? List.of("ebs", "instance-store") : List.of("ebs"), type.supportedRootDeviceTypes(),
                    type.instanceType());
        }
    }

    @Test
    void freeTierIsTheJuly2025FreePlanList() {
        Set<String> free = new TreeSet<>();
        catalog.all().stream().filter(InstanceTypeInfo::freeTierEligible).forEach(t -> free.add(t.instanceType()));
        assertEquals(new TreeSet<>(Set.of("t3.micro", "t3.small", "t4g.micro", "t4g.small")), free);
    }

    @Test
    void knownTypesHavePublishedValues() {
        InstanceTypeInfo t2 = catalog.find("t2.micro").orElseThrow();
        assertEquals(1, t2.vCpuInfo().defaultVCpus());
        assertEquals(1024, t2.memorySizeInMiB());
        assertEquals("xen", t2.hypervisor());
        assertEquals("Low to Moderate", t2.networkInfo().networkPerformance());
        assertEquals(List.of("legacy-bios"), t2.supportedBootModes());
        InstanceTypeInfo i3 = catalog.find("i3.large").orElseThrow();
        assertEquals(15616, i3.memorySizeInMiB());
        assertEquals(475, i3.instanceStorageInfo().totalSizeInGb());
        assertEquals(new InstanceStorageInfo.Disk(475, 1, "ssd"), i3.instanceStorageInfo().disks().get(0));
        InstanceTypeInfo m5 = catalog.find("m5.large").orElseThrow();
        assertEquals(new EbsInfo.OptimizedInfo(650, 81.25, 3600, 4750, 593.75, 18750), m5.ebsInfo().optimizedInfo());
        assertEquals(0.75, m5.networkInfo().networkCards().get(0).baselineBandwidthInGbps());
        assertEquals(296.88, catalog.find("c6gn.xlarge").orElseThrow().ebsInfo().optimizedInfo().baselineThroughputInMBps());
        InstanceTypeInfo metal = catalog.find("m7i.metal-24xl").orElseThrow();
        assertEquals(96, metal.vCpuInfo().defaultVCpus());
        assertEquals("dedicated", metal.ebsInfo().attachmentLimitType());
        assertTrue(metal.nitroTpmVersions().isEmpty());
        assertEquals(List.of("2.0"), m5.nitroTpmVersions());
        InstanceTypeInfo m3 = catalog.find("m3.medium").orElseThrow();
        assertFalse(m3.currentGeneration());
        assertEquals(3840, m3.memorySizeInMiB());
        assertEquals(new InstanceStorageInfo.Disk(4, 1, "ssd"), m3.instanceStorageInfo().disks().get(0));
        assertEquals("unsupported", m3.ebsInfo().ebsOptimizedSupport());
        assertEquals(List.of("legacy-bios"), m3.supportedBootModes());
        InstanceTypeInfo c3 = catalog.find("c3.8xlarge").orElseThrow();
        assertEquals(32, c3.vCpuInfo().defaultVCpus());
        assertEquals(640, c3.instanceStorageInfo().totalSizeInGb());
        assertEquals("10 Gigabit", c3.networkInfo().networkPerformance());
        assertEquals(new EbsInfo.OptimizedInfo(2000, 250.0, 16000, 2000, 250.0, 16000),
                catalog.find("c3.4xlarge").orElseThrow().ebsInfo().optimizedInfo());
    }

    private static String suffix(InstanceTypeInfo type) {
        Matcher m = NAME.matcher(type.instanceType());
        assertTrue(m.matches());
        return m.group(3);
    }

    /** The figure of "Up to 25 Gigabit", "100 Gigabit", ... */
    private static double gigabit(InstanceTypeInfo type) {
        Matcher m = Pattern.compile("([\\d.]+) Gigabit").matcher(type.networkInfo().networkPerformance());
        assertTrue(m.find(), type.networkInfo().networkPerformance());
        return Double.parseDouble(m.group(1));
    }
}
