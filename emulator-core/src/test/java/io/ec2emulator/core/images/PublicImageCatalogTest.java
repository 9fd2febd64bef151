package io.ec2emulator.core.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ec2emulator.core.regions.RegionCatalog;
import io.ec2emulator.core.regions.RegionInfo;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The shape of the public image data: every region, every image, consistent fields. */
class PublicImageCatalogTest {

    private static final Pattern AMI_ID = Pattern.compile("ami-[0-9a-f]{17}");
    private static final Pattern SNAP_ID = Pattern.compile("snap-[0-9a-f]{17}");
    private static final Pattern OWNER = Pattern.compile("[0-9]{12}");
    private static final Set<String> VOLUME_TYPES = Set.of("gp2", "gp3", "io1", "io2", "st1", "sc1", "standard");
    private static final Map<String, String> USAGE_BY_PLATFORM = Map.of(
            "Linux/UNIX", "RunInstances",
            "Red Hat Enterprise Linux", "RunInstances:0010",
            "SUSE Linux", "RunInstances:000g",
            "Windows", "RunInstances:0002");

    private final PublicImageCatalog catalog = PublicImageCatalog.standard();

    @Test
    void standardIsSharedAndEveryRegionHasTheWholeCatalog() {
        assertSame(catalog, PublicImageCatalog.standard());
        assertSame(catalog.inRegion("eu-west-1"), catalog.inRegion("eu-west-1"));
        for (RegionInfo region : RegionCatalog.standard().regions()) {
            assertEquals(catalog.imagesPerRegion(), catalog.inRegion(region.regionName()).all().size(),
                    region.regionName());
        }
        assertTrue(catalog.imagesPerRegion() >= 17, "catalog size " + catalog.imagesPerRegion());
        assertTrue(catalog.inRegion("xx-nowhere-1").all().isEmpty());
    }

    @Test
    void everyImageHasTheFieldsDescribeImagesAnswers() {
        for (Image image : catalog.inRegion("us-east-1").all().values()) {
            String what = image.name();
            assertTrue(AMI_ID.matcher(image.imageId()).matches(), what);
            assertTrue(OWNER.matcher(image.ownerId()).matches(), what);
            assertNotNull(image.description(), what);
            assertNotNull(image.creationDate(), what);
            assertTrue(image.deprecationTime().isAfter(image.creationDate()), what);
            assertTrue(image.isPublic(), what);
            assertEquals("available", image.state(), what);
            assertEquals("machine", image.imageType(), what);
            assertEquals("hvm", image.virtualizationType(), what);
            assertEquals("xen", image.hypervisor(), what);
            assertEquals(Boolean.TRUE, image.enaSupport(), what);
            assertEquals("simple", image.sriovNetSupport(), what);
            assertTrue(Set.of("x86_64", "arm64").contains(image.architecture()), what);
            assertEquals(USAGE_BY_PLATFORM.get(image.platformDetails()), image.usageOperation(), what);
            assertNotNull(image.defaultUser(), what);
            assertFalse(image.defaultUser().isBlank(), what);
            assertNotNull(image.osRelease(), what);
            assertFalse(image.osRelease().id().isBlank(), what);
            assertTrue(image.imageLocation().endsWith(image.name())
                    || image.imageLocation().endsWith(".manifest.xml"), what);
        }
    }

    @Test
    void rootDeviceMappingMatchesTheRootDeviceType() {
        for (Image image : catalog.inRegion("ap-southeast-2").all().values()) {
            String what = image.name();
            if (image.isEbsBacked()) {
                BlockDeviceMapping root = image.rootMapping().orElseThrow(() -> new AssertionError(what));
                EbsMapping ebs = root.ebs();
                assertNotNull(ebs, what);
                assertTrue(SNAP_ID.matcher(ebs.snapshotId()).matches(), what);
                assertTrue(VOLUME_TYPES.contains(ebs.volumeType()), what);
                assertTrue(ebs.volumeSize() >= 8, what);
                assertEquals(Boolean.TRUE, ebs.deleteOnTermination(), what);
                assertEquals(Boolean.FALSE, ebs.encrypted(), what);
            } else {
                assertEquals("instance-store", image.rootDeviceType(), what);
                assertTrue(image.rootMapping().isEmpty(), what);
                assertTrue(image.blockDeviceMappings().stream().allMatch(m -> m.ebs() == null), what);
                assertTrue(image.imageLocation().startsWith("amzn-ami-ap-southeast-2/"), image.imageLocation());
            }
        }
    }

    @Test
    void defaultUsersFollowTheDistribution() {
        Map<String, String> users = catalog.inRegion("us-west-2").all().values().stream()
                .collect(Collectors.toMap(Image::name, Image::defaultUser));
        for (Map.Entry<String, String> entry : users.entrySet()) {
            String name = entry.getKey();
            String expected = name.startsWith("ubuntu/") ? "ubuntu"
                    : name.startsWith("debian-") ? "admin"
                    : name.startsWith("Windows_") ? "Administrator"
                    : "ec2-user";
            assertEquals(expected, entry.getValue(), name);
        }
    }

    @Test
    void windowsImagesAreX86WithWindowsPlatformAndArmImagesBootUefi() {
        int windows = 0;
        for (Image image : catalog.inRegion("eu-central-1").all().values()) {
            if (image.architecture().equals("arm64")) {
                assertFalse(image.isWindows(), image.name());
                assertEquals("uefi", image.bootMode(), image.name());
            }
            if (image.isWindows()) {
                windows++;
                assertEquals("Windows", image.platformDetails());
                assertEquals("/dev/sda1", image.rootDeviceName());
                assertEquals(30, image.rootMapping().orElseThrow().ebs().volumeSize());
            } else {
                assertTrue(image.platform() == null, image.name());
            }
        }
        assertEquals(2, windows);
    }

    @Test
    void amazonLinux2023HasTheImdsV2DefaultAndGp3Root() {
        Image al2023 = catalog.inRegion("us-east-1").byName("al2023-ami-2023.9.20251208.0-kernel-6.1-x86_64")
                .orElseThrow();
        assertEquals("v2.0", al2023.imdsSupport());
        assertEquals("uefi-preferred", al2023.bootMode());
        assertEquals("137112412989", al2023.ownerId());
        assertEquals("amazon", al2023.ownerAlias());
        assertEquals("amazon/" + al2023.name(), al2023.imageLocation());
        EbsMapping root = al2023.rootMapping().orElseThrow().ebs();
        assertEquals(8, root.volumeSize());
        assertEquals("gp3", root.volumeType());
        assertEquals(3000, root.iops());
        assertEquals(125, root.throughput());
    }

    @Test
    void idsDifferAcrossRegionsAndAreStableAcrossLoads() {
        PublicImageCatalog other = PublicImageCatalog.load();
        Set<String> seenImages = new HashSet<>();
        Set<String> seenSnapshots = new HashSet<>();
        for (RegionInfo region : RegionCatalog.standard().regions()) {
            List<Image> first = List.copyOf(catalog.inRegion(region.regionName()).all().values());
            List<Image> second = List.copyOf(other.inRegion(region.regionName()).all().values());
            assertEquals(first, second, region.regionName());
            for (Image image : first) {
                assertTrue(seenImages.add(image.imageId()), "image id reused: " + image.imageId());
                image.blockDeviceMappings().stream().filter(m -> m.ebs() != null).forEach(m ->
                        assertTrue(seenSnapshots.add(m.ebs().snapshotId()), "snapshot reused " + m.ebs().snapshotId()));
            }
        }
        String name = "al2023-ami-2023.9.20251208.0-kernel-6.1-arm64";
        assertNotEquals(catalog.inRegion("us-east-1").byName(name).orElseThrow().imageId(),
                catalog.inRegion("us-east-2").byName(name).orElseThrow().imageId());
    }
}
