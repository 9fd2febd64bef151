package io.ec2emulator.core.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ec2emulator.core.Ec2Error;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Deferred filters: declared at the first call that reads them, then the same as any other. */
class FilterSpecTest {

    record Thing(String id, String size) {
    }

    private final AtomicInteger declarations = new AtomicInteger();

    private final FilterSpec<Thing> spec = FilterSpec.<Thing>builder()
            .indexed("id", "id", Thing::id)
            .deferred(more -> {
                declarations.incrementAndGet();
                more.single("size", Thing::size);
            })
            .build();

    @Test
    void deferredFiltersAreDeclaredOnceAtTheFirstRead() {
        assertEquals(0, declarations.get());
        assertEquals(Set.of("id"), spec.indexes().keySet(), "the store's indexes do not need the deferred filters");
        assertEquals(0, declarations.get());

        assertTrue(spec.predicate(List.of(FilterCriterion.of("size", "l*"))).test(new Thing("t-1", "large")));
        assertFalse(spec.predicate(List.of(FilterCriterion.of("size", "small"))).test(new Thing("t-1", "large")));
        assertEquals(Set.of("id", "size"), spec.names());
        assertEquals(1, declarations.get());
    }

    @Test
    void unknownNamesAreStillInvalidOnceTheDeferredOnesAreDeclared() {
        Ec2Error unknown = assertThrows(Ec2Error.class, () -> spec.predicate(List.of(FilterCriterion.of("colour", "red"))));
        assertEquals("The filter 'colour' is invalid", unknown.getMessage());
        assertEquals(1, declarations.get());
    }

    @Test
    void indexedFiltersCannotBeDeferred() {
        FilterSpec<Thing> wrong = FilterSpec.<Thing>builder()
                .deferred(more -> more.indexed("size", "size", Thing::size))
                .build();
        IllegalStateException e = assertThrows(IllegalStateException.class, wrong::names);
        assertTrue(e.getMessage().contains("size"), e.getMessage());
    }

    @Test
    void tagFiltersAndFurtherDeferralsCannotBeDeferred() {
        FilterSpec<Thing> tags = FilterSpec.<Thing>builder().deferred(FilterSpec.Builder::tags).build();
        assertThrows(IllegalStateException.class, tags::names);
        FilterSpec<Thing> nested = FilterSpec.<Thing>builder()
                .deferred(more -> more.deferred(evenMore -> evenMore.single("size", Thing::size)))
                .build();
        assertThrows(IllegalStateException.class, nested::names);
    }
}
