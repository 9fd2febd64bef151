package io.ec2emulator.api.actions;

import static io.ec2emulator.api.actions.Ec2Assertions.assertEc2Error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ec2emulator.api.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.BlockDeviceMapping;
import software.amazon.awssdk.services.ec2.model.DescribeImagesResponse;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Image;
import software.amazon.awssdk.services.ec2.model.PlatformValues;

/** DescribeImages over the public catalog through the real SDK v2 client. */
class ImagesApiTest {

    private static final Pattern AMI_ID = Pattern.compile("ami-[0-9a-f]{17}");
    private static final Pattern SNAP_ID = Pattern.compile("snap-[0-9a-f]{17}");
    private static final String AL2023_X86 = "al2023-ami-2023.9.20251208.0-kernel-6.1-x86_64";

    private static TestServer server;
    private static Ec2Client ec2;

    @BeforeAll
    static void start() {
        server = new TestServer();
        ec2 = server.client();
    }

    @AfterAll
    static void stop() {
        ec2.close();
        server.close();
    }

    private static Filter filter(String name, String... values) {
        return Filter.builder().name(name).values(values).build();
    }

    private static List<String> names(DescribeImagesResponse response) {
        return response.images().stream().map(Image::name).toList();
    }

    @Test
    void latestAmazonLinux2023ByOwnerAndNameWildcard() {
        DescribeImagesResponse response = ec2.describeImages(r -> r.owners("amazon")
                .filters(filter("name", "al2023-ami-2023.*-x86_64"), filter("state", "available")));
        assertEquals(1, response.images().size());
        Image image = response.images().get(0);
        assertTrue(AMI_ID.matcher(image.imageId()).matches(), image.imageId());
        assertEquals(AL2023_X86, image.name());
        assertEquals("Amazon Linux 2023 AMI 2023.9.20251208.0 x86_64 HVM kernel-6.1", image.description());
        assertEquals("137112412989", image.ownerId());
        assertEquals("amazon", image.imageOwnerAlias());
        assertEquals("amazon/" + AL2023_X86, image.imageLocation());
        assertEquals("available", image.stateAsString());
        assertEquals(Boolean.TRUE, image.publicLaunchPermissions());
        assertEquals("x86_64", image.architectureAsString());
        assertEquals("machine", image.imageTypeAsString());
        assertEquals("Linux/UNIX", image.platformDetails());
        assertEquals("RunInstances", image.usageOperation());
        assertNull(image.platform());
        assertEquals("ebs", image.rootDeviceTypeAsString());
        assertEquals("/dev/xvda", image.rootDeviceName());
        assertEquals("hvm", image.virtualizationTypeAsString());
        assertEquals("xen", image.hypervisorAsString());
        assertEquals(Boolean.TRUE, image.enaSupport());
        assertEquals("simple", image.sriovNetSupport());
        assertEquals("uefi-preferred", image.bootModeAsString());
        assertEquals("v2.0", image.imdsSupportAsString());
        assertEquals("2025-12-09T01:12:37.000Z", image.creationDate());
        assertEquals("2027-12-09T01:12:00.000Z", image.deprecationTime());
        BlockDeviceMapping root = image.blockDeviceMappings().get(0);
        assertEquals("/dev/xvda", root.deviceName());
        assertTrue(SNAP_ID.matcher(root.ebs().snapshotId()).matches(), root.ebs().snapshotId());
        assertEquals(8, root.ebs().volumeSize());
        assertEquals("gp3", root.ebs().volumeTypeAsString());
        assertEquals(3000, root.ebs().iops());
        assertEquals(125, root.ebs().throughput());
        assertEquals(Boolean.TRUE, root.ebs().deleteOnTermination());
        assertEquals(Boolean.FALSE, root.ebs().encrypted());
        assertTrue(image.tags().isEmpty());
    }

    @Test
    void byImageIdsInAnyOrderWithoutDuplicates() {
        List<Image> all = ec2.describeImages(r -> r.owners("amazon")).images();
        String first = all.get(0).imageId();
        String second = all.get(1).imageId();
        DescribeImagesResponse response = ec2.describeImages(r -> r.imageIds(second, first, second));
        assertEquals(List.of(first, second), response.images().stream().map(Image::imageId).toList());
    }

    @Test
    void wildcardFiltersAndOrSemantics() {
        assertEquals(Set.of("ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-amd64-server-20251212",
                        "ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-arm64-server-20251212"),
                Set.copyOf(names(ec2.describeImages(r -> r.owners("099720109477")
                        .filters(filter("name", "ubuntu/images/*/ubuntu-noble-24.04-*-server-*"))))));
        assertEquals(Set.of("debian-12-arm64-20251117-2299"), Set.copyOf(names(ec2.describeImages(r -> r
                .filters(filter("name", "debian-12-?????-*"), filter("architecture", "arm64"))))));
        // OR within a filter, AND between filters
        List<String> arm = names(ec2.describeImages(r -> r.filters(
                filter("name", "RHEL-9*", "suse-sles-15-*"), filter("architecture", "arm64"))));
        assertEquals(Set.of("RHEL-9.6.0_HVM-20250910-arm64-0-Hourly2-GP3", "suse-sles-15-sp7-v20251120-hvm-ssd-arm64"),
                Set.copyOf(arm));
        assertEquals(List.of(), names(ec2.describeImages(r -> r.filters(
                filter("name", "RHEL-9*"), filter("platform-details", "SUSE Linux")))));
        assertEquals(2, ec2.describeImages(r -> r.filters(filter("description", "*Ubuntu, 22.04*"))).images().size());
    }

    @Test
    void windowsImagesByPlatformFilter() {
        List<Image> windows = ec2.describeImages(r -> r.owners("amazon").filters(filter("platform", "windows")))
                .images();
        assertEquals(Set.of("Windows_Server-2022-English-Full-Base-2025.12.10",
                "Windows_Server-2025-English-Full-Base-2025.12.10"),
                windows.stream().map(Image::name).collect(Collectors.toSet()));
        for (Image image : windows) {
            // EC2 writes "windows"; the SDK's enum constant is "Windows", so only the string form matches
            assertEquals("windows", image.platformAsString());
            assertEquals(PlatformValues.UNKNOWN_TO_SDK_VERSION, image.platform());
            assertEquals("Windows", image.platformDetails());
            assertEquals("RunInstances:0002", image.usageOperation());
            assertEquals("801119661308", image.ownerId());
            assertEquals(30, image.blockDeviceMappings().get(0).ebs().volumeSize());
        }
    }

    @Test
    void instanceStoreImageIsDeprecatedAndHasNoEbsRoot() {
        assertEquals(List.of(), ec2.describeImages(r -> r.filters(filter("root-device-type", "instance-store")))
                .images());
        List<Image> images = ec2.describeImages(r -> r.includeDeprecated(true)
                .filters(filter("root-device-type", "instance-store"))).images();
        assertEquals(1, images.size());
        Image image = images.get(0);
        assertEquals("amzn-ami-hvm-2018.03.0.20231218.0-x86_64-s3", image.name());
        assertEquals("instance-store", image.rootDeviceTypeAsString());
        assertEquals("amzn-ami-us-east-1/amzn-ami-hvm-2018.03.0.20231218.0-x86_64.manifest.xml",
                image.imageLocation());
        assertTrue(image.blockDeviceMappings().stream().allMatch(m -> m.ebs() == null));
        assertEquals("ephemeral0", image.blockDeviceMappings().get(0).virtualName());
        assertEquals(List.of(image.imageId()), ec2.describeImages(r -> r.imageIds(image.imageId())).images().stream()
                .map(Image::imageId).toList());
    }

    @Test
    void paginatorWalksEveryImageFivePerPage() {
        List<String> all = ec2.describeImages(r -> r.includeDeprecated(true)).images().stream()
                .map(Image::imageId).toList();
        List<String> paged = new ArrayList<>();
        int pages = 0;
        for (DescribeImagesResponse page : ec2.describeImagesPaginator(r -> r.includeDeprecated(true).maxResults(5))) {
            assertTrue(page.images().size() <= 5);
            page.images().forEach(i -> paged.add(i.imageId()));
            pages++;
        }
        assertEquals(all, paged);
        assertEquals((all.size() + 4) / 5, pages);
        assertEc2Error("InvalidParameterValue", "between 5 and 1000", () -> ec2.describeImages(r -> r.maxResults(4)));
        assertEc2Error("InvalidPaginationToken", "not valid", () -> ec2.describeImages(r -> r.nextToken("garbage!")));
    }

    @Test
    void malformedUnknownAndForeignIdsAreErrors() {
        assertEc2Error("InvalidAMIID.Malformed", "Invalid id: \"image-1\" (expecting \"ami-...\")",
                () -> ec2.describeImages(r -> r.imageIds("image-1")));
        assertEc2Error("InvalidAMIID.NotFound", "The image id '[ami-0123456789abcdef0]' does not exist",
                () -> ec2.describeImages(r -> r.imageIds("ami-0123456789abcdef0")));
        assertEc2Error("InvalidAMIID.NotFound", "The image ids '[ami-0123456789abcdef0, ami-12345678]' do not exist",
                () -> ec2.describeImages(r -> r.imageIds("ami-0123456789abcdef0", "ami-12345678")));
        assertEc2Error("InvalidUserID.Malformed", "Invalid user id: \"canonical\"",
                () -> ec2.describeImages(r -> r.owners("canonical")));
    }

    @Test
    void unknownFilterIsAnError() {
        assertEc2Error("InvalidParameterValue", "The filter 'os' is invalid",
                () -> ec2.describeImages(r -> r.filters(filter("os", "linux"))));
        assertEc2Error("InvalidParameterValue", "The filter 'image-allowed' is invalid",
                () -> ec2.describeImages(r -> r.filters(filter("image-allowed", "true"))));
    }

    @Test
    void dryRunValidatesAndAnswersDryRunOperation() {
        assertEc2Error("DryRunOperation", 412, "Request would have succeeded",
                () -> ec2.describeImages(r -> r.owners("amazon").dryRun(true)));
        assertEc2Error("InvalidAMIID.Malformed", "expecting", () -> ec2.describeImages(r -> r.imageIds("x").dryRun(true)));
    }

    @Test
    void eachRegionHasItsOwnIdsForTheSameImage() {
        try (Ec2Client frankfurt = server.client("test", "eu-central-1")) {
            Image here = ec2.describeImages(r -> r.filters(filter("name", AL2023_X86))).images().get(0);
            Image there = frankfurt.describeImages(r -> r.filters(filter("name", AL2023_X86))).images().get(0);
            assertNotEquals(here.imageId(), there.imageId());
            assertNotEquals(here.blockDeviceMappings().get(0).ebs().snapshotId(),
                    there.blockDeviceMappings().get(0).ebs().snapshotId());
            assertEc2Error("InvalidAMIID.NotFound", there.imageId(),
                    () -> ec2.describeImages(r -> r.imageIds(there.imageId())));
            assertEquals(here.imageId(), ec2.describeImages(r -> r.filters(filter("name", AL2023_X86))).images()
                    .get(0).imageId());
        }
    }
}
