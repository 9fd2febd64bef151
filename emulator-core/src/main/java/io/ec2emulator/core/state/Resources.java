package io.ec2emulator.core.state;

import io.ec2emulator.core.filter.FilterCriterion;
import io.ec2emulator.core.filter.Page;
import io.ec2emulator.core.filter.PageRequest;
import io.ec2emulator.core.filter.ResourceQuery;
import io.ec2emulator.core.tags.TaggableType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The resources of one {@link ResourceKind} in one region: their store, their tags, lookups that
 * answer EC2's Malformed/NotFound errors, and the kind's Describe call (ids, filters, pagination).
 * Resource families keep their own rules and use this for everything they share.
 */
public final class Resources<T> {

    private final RegionState region;
    private final ResourceKind<T> kind;
    private final ResourceStore<T> store;

    public Resources(RegionState region, ResourceKind<T> kind) {
        this.region = region;
        this.kind = kind;
        this.store = new ResourceStore<>(kind.resourceType(), kind.idOf(), region.undoLog());
        kind.filters().indexes().forEach(store::index);
        region.tagging().register(new TaggableType(kind.idPrefix(), kind.resourceType(), store::contains,
                kind::notFound));
    }

    /** Declares a secondary index (before any resource is added). */
    public Resources<T> index(String name, Function<T, Collection<String>> keysOf) {
        store.index(name, keysOf);
        return this;
    }

    public ResourceKind<T> kind() {
        return kind;
    }

    public ResourceStore<T> store() {
        return store;
    }

    public Optional<T> get(String id) {
        return store.get(id);
    }

    /** The resource, or EC2's Malformed or NotFound error for this kind. */
    public T require(String id) {
        if (id == null || !kind.isWellFormed(id)) {
            throw kind.malformed(id);
        }
        return store.get(id).orElseThrow(() -> kind.notFound(id));
    }

    public String newId() {
        return region.ids().next(kind.idPrefix());
    }

    public void put(T resource) {
        store.put(resource);
    }

    /** Removes the resource and its tags. */
    public void remove(String id) {
        store.remove(id);
        region.tags().removeResource(id);
    }

    /** The Describe call: every id must exist; filters and pagination as EC2 applies them. */
    public Page<T> describe(List<String> ids, List<FilterCriterion> filters, Integer maxResults, String nextToken) {
        for (String id : ids) {
            require(id);
        }
        PageRequest page = PageRequest.of(maxResults, nextToken, kind.minResults(), kind.maxResults());
        ResourceQuery<T> query = ResourceQuery.over(store, region.tags(), kind.filters()).filters(filters);
        if (!ids.isEmpty()) {
            query.onlyIds(ids);
        }
        return query.page(page);
    }

    public Collection<T> all() {
        return store.all().values();
    }
}
