package io.ec2emulator.core.filter;

import io.ec2emulator.core.state.ResourceStore;
import io.ec2emulator.core.tags.TagStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Runs a Describe query over one store with EC2's filter semantics: different filters AND, the values
 * of one filter OR, case-sensitive, {@code *}/{@code ?} wildcards, tag filters; an unknown filter name
 * is an error. Filters with a store index (and tag filters) narrow the candidates before anything is
 * scanned, so a query by id, name or tag does not touch every resource.
 */
public final class ResourceQuery<T> {

    /** One compiled filter. */
    private interface Condition<T> {
        boolean test(String id, T resource);

        /** Ids that can possibly match, or null when this filter cannot narrow by index. */
        Set<String> candidates();
    }

    private final ResourceStore<T> store;
    private final TagStore tags;
    private final FilterSpec<T> spec;
    private final List<Condition<T>> conditions = new ArrayList<>();
    private Set<String> onlyIds;

    private ResourceQuery(ResourceStore<T> store, TagStore tags, FilterSpec<T> spec) {
        this.store = store;
        this.tags = tags;
        this.spec = spec;
    }

    public static <T> ResourceQuery<T> over(ResourceStore<T> store, TagStore tags, FilterSpec<T> spec) {
        return new ResourceQuery<>(store, tags, spec);
    }

    /** Restricts the answer to these ids (those that do not exist are simply absent). */
    public ResourceQuery<T> onlyIds(Collection<String> ids) {
        this.onlyIds = new TreeSet<>(ids);
        return this;
    }

    public ResourceQuery<T> filters(List<FilterCriterion> filters) {
        for (FilterCriterion filter : filters) {
            conditions.add(compile(filter));
        }
        return this;
    }

    /** Every match, in id order. */
    public List<T> list() {
        return page(PageRequest.unpaged()).items();
    }

    public Page<T> page(PageRequest request) {
        int limit = request.maxResults() == null ? Integer.MAX_VALUE : request.maxResults();
        String after = request.afterId();
        List<T> items = new ArrayList<>();
        Iterable<String> ids = candidateIds(after);
        String lastId = null;
        boolean more = false;
        for (String id : ids) {
            T resource = store.get(id).orElse(null);
            if (resource == null || !matches(id, resource)) {
                continue;
            }
            if (items.size() == limit) {
                more = true;
                break;
            }
            items.add(resource);
            lastId = id;
        }
        return new Page<>(items, more ? PageRequest.tokenAfter(lastId) : null);
    }

    private boolean matches(String id, T resource) {
        for (Condition<T> condition : conditions) {
            if (!condition.test(id, resource)) {
                return false;
            }
        }
        return true;
    }

    private Iterable<String> candidateIds(String after) {
        List<Set<String>> narrowing = new ArrayList<>();
        if (onlyIds != null) {
            narrowing.add(onlyIds);
        }
        for (Condition<T> condition : conditions) {
            Set<String> candidates = condition.candidates();
            if (candidates != null) {
                narrowing.add(candidates);
            }
        }
        if (narrowing.isEmpty()) {
            Map<String, T> rest = after == null ? store.all() : store.all().tailMap(after, false);
            return rest.keySet();
        }
        narrowing.sort(Comparator.comparingInt(Set::size));
        TreeSet<String> result = new TreeSet<>();
        Set<String> smallest = narrowing.get(0);
        outer:
        for (String id : smallest) {
            if (after != null && id.compareTo(after) <= 0) {
                continue;
            }
            for (int i = 1; i < narrowing.size(); i++) {
                if (!narrowing.get(i).contains(id)) {
                    continue outer;
                }
            }
            result.add(id);
        }
        return result;
    }

    private Condition<T> compile(FilterCriterion filter) {
        FilterSpec.checkShape(filter);
        String name = filter.name();
        List<ValuePattern> patterns = filter.values().stream().map(ValuePattern::of).toList();
        boolean allLiteral = patterns.stream().allMatch(ValuePattern::isLiteral);
        FilterSpec.Attribute<T> attribute = spec.attribute(name);
        if (attribute != null) {
            return new Condition<>() {
                @Override
                public boolean test(String id, T resource) {
                    return anyMatch(patterns, attribute.values().apply(resource));
                }

                @Override
                public Set<String> candidates() {
                    if (attribute.indexName() == null || !allLiteral) {
                        return null;
                    }
                    return union(patterns, p -> store.lookup(attribute.indexName(), p.literalText()));
                }
            };
        }
        if (spec.supportsTags()) {
            if (name.startsWith("tag:") && name.length() > 4) {
                String key = name.substring(4);
                return new Condition<>() {
                    @Override
                    public boolean test(String id, T resource) {
                        String value = tags.tagsOf(id).get(key);
                        return value != null && anyMatch(patterns, List.of(value));
                    }

                    @Override
                    public Set<String> candidates() {
                        return allLiteral
                                ? union(patterns, p -> tags.resourcesWithTag(key, p.literalText()))
                                : tags.resourcesWithKey(key);
                    }
                };
            }
            if (name.equals("tag-key")) {
                return new Condition<>() {
                    @Override
                    public boolean test(String id, T resource) {
                        return anyMatch(patterns, tags.tagsOf(id).keySet());
                    }

                    @Override
                    public Set<String> candidates() {
                        return allLiteral ? union(patterns, p -> tags.resourcesWithKey(p.literalText())) : null;
                    }
                };
            }
            if (name.equals("tag-value")) {
                return new Condition<>() {
                    @Override
                    public boolean test(String id, T resource) {
                        return anyMatch(patterns, tags.tagsOf(id).values());
                    }

                    @Override
                    public Set<String> candidates() {
                        return null;
                    }
                };
            }
        }
        throw FilterSpec.invalid(name);
    }

    private static boolean anyMatch(List<ValuePattern> patterns, Collection<String> values) {
        for (String value : values) {
            for (ValuePattern pattern : patterns) {
                if (pattern.matches(value)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Set<String> union(List<ValuePattern> patterns, Function<ValuePattern, Set<String>> lookup) {
        if (patterns.size() == 1) {
            return lookup.apply(patterns.get(0));
        }
        Set<String> all = new HashSet<>();
        for (ValuePattern pattern : patterns) {
            all.addAll(lookup.apply(pattern));
        }
        return all;
    }
}
