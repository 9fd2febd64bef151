package io.ec2emulator.core.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ec2emulator.core.Ec2Error;
import io.ec2emulator.core.ManualClock;
import io.ec2emulator.core.filter.FilterCriterion;
import io.ec2emulator.core.filter.Page;
import io.ec2emulator.core.filter.PageRequest;
import io.ec2emulator.core.state.AccountRegion;
import io.ec2emulator.core.state.RegionState;
import io.ec2emulator.core.state.ResourceStore;
import io.ec2emulator.core.state.UndoLog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** DescribeImages rules in the core, without HTTP. */
class ImageQueriesTest {

    private static final String ACCOUNT = "123456789012";
    private static final String AL2023_X86 = "al2023-ami-2023.9.20251208.0-kernel-6.1-x86_64";
    private static final String INSTANCE_STORE = "amzn-ami-hvm-2018.03.0.20231218.0-x86_64-s3";

    private final ManualClock clock = new ManualClock(Instant.parse("2026-01-15T10:00:00Z"));
    private final RegionState region = new RegionState(new AccountRegion(ACCOUNT, "us-east-1"), clock);
    private final RegionImages catalog = PublicImageCatalog.standard().inRegion("us-east-1");

    private List<Image> describe(ImageQuery query) {
        return ImageQueries.forRegion(region).describe(query, PageRequest.unpaged()).items();
    }

    private static ImageQuery filters(FilterCriterion... filters) {
        return ImageQuery.filtered(List.of(filters));
    }

    private static List<String> names(List<Image> images) {
        return images.stream().map(Image::name).toList();
    }

    @Test
    void withoutParametersEveryLaunchableImageIsListedInIdOrderButNotTheDeprecatedOne() {
        List<Image> all = describe(filters());
        assertEquals(catalog.all().size() - 1, all.size());
        assertTrue(!names(all).contains(INSTANCE_STORE));
        List<String> ids = all.stream().map(Image::imageId).toList();
        List<String> sorted = new ArrayList<>(ids);
        sorted.sort(null);
        assertEquals(sorted, ids);
        assertEquals(catalog.all().size(), describe(new ImageQuery(List.of(), List.of(), List.of(), true, false,
                List.of())).size());
    }

    @Test
    void deprecationFollowsTheClock() {
        clock.set(Instant.parse("2025-06-01T00:00:00Z"));
        assertEquals(catalog.all().size(), describe(filters()).size());
        clock.set(Instant.parse("2030-01-01T00:00:00Z"));
        assertEquals(0, describe(filters()).size());
    }

    @Test
    void imageIdsListDeprecatedImagesAndNameEveryMissingOne() {
        String id = catalog.byName(INSTANCE_STORE).orElseThrow().imageId();
        assertEquals(List.of(INSTANCE_STORE),
                names(describe(new ImageQuery(List.of(id, id), List.of(), List.of(), false, false, List.of()))));
        Ec2Error one = assertThrows(Ec2Error.class, () -> describe(
                new ImageQuery(List.of(id, "ami-0123456789abcdef0"), List.of(), List.of(), false, false, List.of())));
        assertEquals("InvalidAMIID.NotFound", one.code());
        assertEquals("The image id '[ami-0123456789abcdef0]' does not exist", one.getMessage());
        Ec2Error two = assertThrows(Ec2Error.class, () -> describe(new ImageQuery(
                List.of("ami-12345678", "ami-0123456789abcdef0"), List.of(), List.of(), false, false, List.of())));
        assertEquals("The image ids '[ami-12345678, ami-0123456789abcdef0]' do not exist", two.getMessage());
        Ec2Error malformed = assertThrows(Ec2Error.class, () -> describe(
                new ImageQuery(List.of("ami-xyz"), List.of(), List.of(), false, false, List.of())));
        assertEquals("InvalidAMIID.Malformed", malformed.code());
        assertEquals("Invalid id: \"ami-xyz\" (expecting \"ami-...\")", malformed.getMessage());
    }

    @Test
    void imagesOfAnotherRegionDoNotExistHere() {
        String elsewhere = PublicImageCatalog.standard().inRegion("eu-west-1").byName(AL2023_X86).orElseThrow().imageId();
        Ec2Error error = assertThrows(Ec2Error.class, () -> describe(
                new ImageQuery(List.of(elsewhere), List.of(), List.of(), false, false, List.of())));
        assertEquals("InvalidAMIID.NotFound", error.code());
    }

    @Test
    void ownersMatchAccountIdsAndAliases() {
        List<Image> canonical = describe(new ImageQuery(List.of(), List.of("099720109477"), List.of(), false, false,
                List.of()));
        assertEquals(4, canonical.size());
        assertTrue(canonical.stream().allMatch(i -> i.name().startsWith("ubuntu/")));
        List<Image> amazon = describe(new ImageQuery(List.of(), List.of("amazon"), List.of(), false, false, List.of()));
        assertTrue(amazon.stream().allMatch(i -> "amazon".equals(i.ownerAlias())));
        assertTrue(names(amazon).contains(AL2023_X86));
        assertTrue(describe(new ImageQuery(List.of(), List.of("self"), List.of(), false, false, List.of())).isEmpty());
        assertTrue(describe(new ImageQuery(List.of(), List.of("aws-marketplace"), List.of(), false, false, List.of()))
                .isEmpty());
        Ec2Error bad = assertThrows(Ec2Error.class, () -> describe(
                new ImageQuery(List.of(), List.of("canonical"), List.of(), false, false, List.of())));
        assertEquals("InvalidUserID.Malformed", bad.code());
    }

    @Test
    void executableUsersAllIsEveryPublicImageAndSelfNone() {
        assertEquals(catalog.all().size() - 1, describe(new ImageQuery(List.of(), List.of(), List.of("all"), false,
                false, List.of())).size());
        assertTrue(describe(new ImageQuery(List.of(), List.of(), List.of("self"), false, false, List.of())).isEmpty());
        assertThrows(Ec2Error.class, () -> describe(
                new ImageQuery(List.of(), List.of(), List.of("everyone"), false, false, List.of())));
    }

    @Test
    void filtersAndBetweenNamesAndOrBetweenValues() {
        assertEquals(List.of(AL2023_X86), names(describe(filters(FilterCriterion.of("name", "al2023-ami-2023.*-x86_64")))));
        assertEquals(2, describe(filters(FilterCriterion.of("name", "al2023-ami-*")))
                .size());
        assertEquals(4, describe(filters(FilterCriterion.of("name", "al2023-ami-*", "amzn2-ami-*"))).size());
        assertEquals(1, describe(filters(FilterCriterion.of("name", "al2023-ami-*", "amzn2-ami-*"),
                FilterCriterion.of("architecture", "arm64"), FilterCriterion.of("boot-mode", "uefi"),
                FilterCriterion.of("block-device-mapping.volume-type", "gp3"))).size());
        assertEquals(Set.of("Windows_Server-2022-English-Full-Base-2025.12.10",
                        "Windows_Server-2025-English-Full-Base-2025.12.10"),
                Set.copyOf(names(describe(filters(FilterCriterion.of("platform", "windows"))))));
        assertEquals(2, describe(filters(FilterCriterion.of("block-device-mapping.volume-size", "30"))).size());
        assertEquals(2, describe(filters(FilterCriterion.of("platform-details", "Red Hat Enterprise Linux"))).size());
        assertEquals(2, describe(filters(FilterCriterion.of("creation-date", "2025-12-12T*"),
                FilterCriterion.of("architecture", "x86_64"))).size());
        assertEquals(List.of(), describe(filters(FilterCriterion.of("tag:Name", "x"))));
        String id = catalog.byName(AL2023_X86).orElseThrow().imageId();
        assertEquals(List.of(AL2023_X86), names(describe(filters(FilterCriterion.of("image-id", id)))));
    }

    @Test
    void unknownAndEmptyFiltersAreErrors() {
        Ec2Error unknown = assertThrows(Ec2Error.class, () -> describe(filters(FilterCriterion.of("colour", "x"))));
        assertEquals("The filter 'colour' is invalid", unknown.getMessage());
        Ec2Error empty = assertThrows(Ec2Error.class, () -> describe(filters(FilterCriterion.of("tag-key"))));
        assertEquals("The filter 'tag-key' must have at least one value", empty.getMessage());
    }

    @Test
    void pagesResumeAfterTheLastId() {
        ImageQueries queries = ImageQueries.forRegion(region);
        List<String> seen = new ArrayList<>();
        String token = null;
        do {
            Page<Image> page = queries.describe(filters(), PageRequest.of(5, token, 5, 1000));
            assertTrue(page.items().size() <= 5);
            page.items().forEach(i -> seen.add(i.imageId()));
            token = page.nextToken();
        } while (token != null);
        assertEquals(describe(filters()).stream().map(Image::imageId).toList(), seen);
        Page<Image> owned = queries.describe(new ImageQuery(List.of(), List.of("amazon"), List.of(), false, false,
                List.of()), PageRequest.of(1000, null, 5, 1000));
        assertNull(owned.nextToken());
    }

    @Test
    void accountImagesJoinAsAnotherSource() {
        ResourceStore<Image> store = ImageSource.withIndexes(new ResourceStore<>("image", Image::imageId, new UndoLog()));
        Image mine = catalog.byName(AL2023_X86).orElseThrow().toBuilder()
                .imageId("ami-0aaaaaaaaaaaaaaaa").name("my-image").ownerId(ACCOUNT).ownerAlias(null)
                .isPublic(false).deprecationTime(Instant.parse("2026-01-01T00:00:00Z")).build();
        store.put(mine);
        ImageQueries queries = new ImageQueries(List.of(catalog, ImageSource.of(store)), region.tags(), ACCOUNT,
                clock.instant());
        List<Image> own = queries.describe(new ImageQuery(List.of(), List.of("self"), List.of(), false, false,
                List.of()), PageRequest.unpaged()).items();
        assertEquals(List.of("my-image"), names(own));
        assertEquals(List.of("my-image"), names(queries.describe(filters(FilterCriterion.of("name", "my-image")),
                PageRequest.unpaged()).items()));
        ImageQueries stranger = new ImageQueries(List.of(catalog, ImageSource.of(store)), region.tags(),
                "999999999999", clock.instant());
        assertTrue(stranger.find("ami-0aaaaaaaaaaaaaaaa").isEmpty());
    }
}
