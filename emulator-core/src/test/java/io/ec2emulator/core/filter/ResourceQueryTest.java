package io.ec2emulator.core.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ec2emulator.core.Ec2Error;
import io.ec2emulator.core.state.ResourceStore;
import io.ec2emulator.core.state.UndoLog;
import io.ec2emulator.core.tags.Tag;
import io.ec2emulator.core.tags.TagStore;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Filter semantics and index-backed narrowing over a store, with pagination. */
class ResourceQueryTest {

    record Thing(String id, String name, List<String> colours) {
    }

    private static final FilterSpec<Thing> SPEC = FilterSpec.<Thing>builder()
            .indexed("name", "name", Thing::name)
            .many("colour", Thing::colours)
            .tags()
            .build();

    private final UndoLog undo = new UndoLog();
    private final ResourceStore<Thing> store = new ResourceStore<>("thing", Thing::id, undo)
            .index("name", t -> List.of(t.name()));
    private final TagStore tags = new TagStore(undo);

    @BeforeEach
    void fill() {
        for (int i = 0; i < 20; i++) {
            String id = String.format("t-%02d", i);
            store.put(new Thing(id, i % 2 == 0 ? "even" : "odd", i % 3 == 0 ? List.of("red", "blue") : List.of("green")));
            tags.addTags(id, "thing", List.of(new Tag("index", String.valueOf(i)), new Tag("group", "g" + (i % 4))));
        }
    }

    private List<String> ids(FilterCriterion... filters) {
        return ResourceQuery.over(store, tags, SPEC).filters(List.of(filters)).list().stream().map(Thing::id).toList();
    }

    @Test
    void filtersAndTogetherValuesOr() {
        assertEquals(10, ids(FilterCriterion.of("name", "even")).size());
        assertEquals(20, ids(FilterCriterion.of("name", "even", "odd")).size());
        assertEquals(List.of("t-00", "t-06", "t-12", "t-18"),
                ids(FilterCriterion.of("name", "even"), FilterCriterion.of("colour", "blue")));
        assertEquals(List.of("t-01", "t-05", "t-09", "t-13", "t-17"),
                ids(FilterCriterion.of("tag:group", "g1"), FilterCriterion.of("name", "o*")));
        assertEquals(List.of("t-01", "t-10", "t-11", "t-12", "t-13", "t-14", "t-15", "t-16", "t-17", "t-18", "t-19"),
                ids(FilterCriterion.of("tag:index", "1*")));
        assertEquals(20, ids(FilterCriterion.of("tag-key", "group")).size());
        assertEquals(List.of("t-03"), ids(FilterCriterion.of("tag-value", "3")));
        assertEquals(List.of(), ids(FilterCriterion.of("tag:missing", "x")));
    }

    @Test
    void unknownOrEmptyFilterIsAnError() {
        Ec2Error unknown = assertThrows(Ec2Error.class, () -> ids(FilterCriterion.of("size", "1")));
        assertEquals("The filter 'size' is invalid", unknown.getMessage());
        assertThrows(Ec2Error.class, () -> ids(new FilterCriterion("name", List.of())));
    }

    @Test
    void pagesCoverEverythingOnceInIdOrder() {
        List<String> seen = new ArrayList<>();
        PageRequest request = PageRequest.of(6, null, 5, 1000);
        while (true) {
            Page<Thing> page = ResourceQuery.over(store, tags, SPEC).filters(List.of(FilterCriterion.of("tag-key", "index")))
                    .page(request);
            page.items().forEach(t -> seen.add(t.id()));
            if (page.nextToken() == null) {
                break;
            }
            request = PageRequest.of(6, page.nextToken(), 5, 1000);
        }
        assertEquals(20, seen.size());
        assertEquals(seen.stream().sorted().toList(), seen);
        assertNull(ResourceQuery.over(store, tags, SPEC).page(PageRequest.of(20, null, 5, 1000)).nextToken());
        assertThrows(Ec2Error.class, () -> PageRequest.of(4, null, 5, 1000));
        assertThrows(Ec2Error.class, () -> PageRequest.of(null, "garbage!", 5, 1000));
    }
}
