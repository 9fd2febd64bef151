package io.ec2emulator.api.actions;

import static io.ec2emulator.api.actions.Ec2Assertions.assertEc2Error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ec2emulator.api.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.DescribeTagsResponse;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagDescription;

/** CreateTags, DeleteTags and DescribeTags through the real SDK v2 client. */
class TagsApiTest {

    private static TestServer server;
    private static Ec2Client ec2;
    private String first;
    private String second;

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

    @BeforeEach
    void twoKeyPairs() {
        server.emulator().reset();
        first = ec2.createKeyPair(r -> r.keyName("first").keyType("ed25519")).keyPairId();
        second = ec2.createKeyPair(r -> r.keyName("second").keyType("ed25519")).keyPairId();
    }

    @Test
    void createTagsOverwritesAndDescribeTagsFilters() {
        ec2.createTags(r -> r.resources(first, second).tags(tag("env", "dev"), tag("team", "core")));
        ec2.createTags(r -> r.resources(second).tags(tag("env", "prod")));
        List<TagDescription> all = ec2.describeTags().tags();
        assertEquals(4, all.size());
        assertTrue(all.stream().allMatch(t -> t.resourceTypeAsString().equals("key-pair")));
        assertEquals(List.of(second), ids(Filter.builder().name("value").values("prod").build()));
        assertEquals(List.of(first), ids(Filter.builder().name("key").values("env").build(),
                Filter.builder().name("value").values("d*").build()));
        assertEquals(2, ec2.describeTags(r -> r.filters(Filter.builder().name("resource-id").values(first).build()))
                .tags().size());
        assertEquals(4, ec2.describeTags(r -> r.filters(Filter.builder().name("resource-type").values("key-pair").build()))
                .tags().size());
        assertEc2Error("InvalidParameterValue", "The filter 'colour' is invalid",
                () -> ec2.describeTags(r -> r.filters(Filter.builder().name("colour").values("x").build())));
    }

    @Test
    void deleteTagsHonoursValuesAndDeletesAllWhenNoTagsAreGiven() {
        ec2.createTags(r -> r.resources(first).tags(tag("a", "1"), tag("b", "2"), tag("c", "3"), tag("e", "")));
        ec2.deleteTags(r -> r.resources(first).tags(tag("a", "wrong")));
        assertEquals(4, ec2.describeTags().tags().size());
        ec2.deleteTags(r -> r.resources(first).tags(tag("a", "1"), Tag.builder().key("b").build()));
        assertEquals(List.of("c", "e"), keys());
        ec2.deleteTags(r -> r.resources(first).tags(tag("e", "")));
        assertEquals(List.of("c"), keys());
        ec2.deleteTags(r -> r.resources(first));
        assertTrue(ec2.describeTags().tags().isEmpty());
    }

    @Test
    void invalidIdsAndTagsChangeNothing() {
        assertEc2Error("InvalidKeyPair.NotFound", "key-0123456789abcdef0",
                () -> ec2.createTags(r -> r.resources(first, "key-0123456789abcdef0").tags(tag("x", "y"))));
        assertEc2Error("InvalidID", "The ID 'nonsense' is not valid",
                () -> ec2.createTags(r -> r.resources("nonsense").tags(tag("x", "y"))));
        assertEc2Error("InvalidID", "i-12345", () -> ec2.createTags(r -> r.resources("i-12345").tags(tag("x", "y"))));
        assertEc2Error("InvalidParameterValue", "reserved", () -> ec2.createTags(r -> r.resources(first).tags(tag("aws:x", "y"))));
        assertEc2Error("InvalidParameterValue", "127", () -> ec2.createTags(r -> r.resources(first).tags(tag("k".repeat(128), "y"))));
        assertEc2Error("InvalidParameterValue", "256", () -> ec2.createTags(r -> r.resources(first).tags(tag("k", "v".repeat(257)))));
        assertEc2Error("MissingParameter", "ResourceId", () -> ec2.createTags(r -> r.tags(tag("x", "y"))));
        assertEc2Error("MissingParameter", "Tag", () -> ec2.createTags(r -> r.resources(first)));
        assertTrue(ec2.describeTags().tags().isEmpty());
        ec2.createTags(r -> r.resources(first).tags(tag("k".repeat(127), "v".repeat(256))));
        assertEquals(1, ec2.describeTags().tags().size());
    }

    @Test
    void fiftyTagsPerResourceAtMost() {
        List<Tag> fifty = IntStream.range(0, 50).mapToObj(i -> tag("k" + i, "v")).toList();
        ec2.createTags(r -> r.resources(first).tags(fifty));
        assertEc2Error("TagLimitExceeded", first, () -> ec2.createTags(r -> r.resources(first).tags(tag("one-more", "v"))));
        ec2.createTags(r -> r.resources(first).tags(tag("k1", "overwritten")));
        assertEquals(50, ec2.describeTags(r -> r.maxResults(1000)).tags().size());
    }

    @Test
    void describeTagsPaginatesStably() {
        List<Tag> tags = IntStream.range(0, 12).mapToObj(i -> tag(String.format("k%02d", i), "v")).toList();
        ec2.createTags(r -> r.resources(first, second).tags(tags));
        List<TagDescription> seen = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            String current = token;
            DescribeTagsResponse page = ec2.describeTags(r -> r.maxResults(5).nextToken(current));
            assertTrue(page.tags().size() <= 5);
            seen.addAll(page.tags());
            token = page.nextToken();
            pages++;
        } while (token != null);
        assertEquals(5, pages);
        assertEquals(24, seen.size());
        assertEquals(24, seen.stream().map(t -> t.resourceId() + "/" + t.key()).distinct().count());
        assertEquals(24, ec2.describeTagsPaginator(r -> r.maxResults(5)).tags().stream().count());
        assertEc2Error("InvalidParameterValue", "maxResults", () -> ec2.describeTags(r -> r.maxResults(4)));
        assertEc2Error("InvalidParameterValue", "maxResults", () -> ec2.describeTags(r -> r.maxResults(1001)));
        assertEc2Error("InvalidPaginationToken", "pagination token", () -> ec2.describeTags(r -> r.nextToken("bogus")));
        assertNull(ec2.describeTags(r -> r.maxResults(1000)).nextToken());
    }

    @Test
    void deletingAResourceDeletesItsTags() {
        ec2.createTags(r -> r.resources(first, second).tags(tag("x", "y")));
        ec2.deleteKeyPair(r -> r.keyPairId(first));
        assertEquals(List.of(second), ids(Filter.builder().name("key").values("x").build()));
    }

    private static Tag tag(String key, String value) {
        return Tag.builder().key(key).value(value).build();
    }

    private static List<String> ids(Filter... filters) {
        return ec2.describeTags(r -> r.filters(filters)).tags().stream().map(TagDescription::resourceId).sorted().toList();
    }

    private static List<String> keys() {
        return ec2.describeTags().tags().stream().map(TagDescription::key).sorted().toList();
    }
}
