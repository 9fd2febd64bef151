package io.ec2emulator.core.filter;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The filters one Describe action understands: each filter name maps to the values a resource has
 * for it, optionally backed by a store index of the same resources. Tag filters ({@code tag:<key>},
 * {@code tag-key}, {@code tag-value}) are added with {@link Builder#tags()}.
 */
public final class FilterSpec<T> {

    /** One named filter: how to read a resource's values, and the store index that holds them, if any. */
    record Attribute<T>(String name, Function<T, Collection<String>> values, String indexName) {
    }

    private final Map<String, Attribute<T>> attributes;
    private final boolean tags;

    private FilterSpec(Map<String, Attribute<T>> attributes, boolean tags) {
        this.attributes = Map.copyOf(attributes);
        this.tags = tags;
    }

    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    Attribute<T> attribute(String name) {
        return attributes.get(name);
    }

    boolean supportsTags() {
        return tags;
    }

    /**
     * A predicate for resources that carry no tags (catalog entries such as regions and zones),
     * with the same value semantics and the same error for an unknown filter name.
     */
    public java.util.function.Predicate<T> predicate(List<FilterCriterion> filters) {
        java.util.function.Predicate<T> all = t -> true;
        for (FilterCriterion filter : filters) {
            checkShape(filter);
            Attribute<T> attribute = attributes.get(filter.name());
            if (attribute == null) {
                throw invalid(filter.name());
            }
            List<ValuePattern> patterns = filter.values().stream().map(ValuePattern::of).toList();
            all = all.and(t -> attribute.values().apply(t).stream()
                    .anyMatch(v -> patterns.stream().anyMatch(p -> p.matches(v))));
        }
        return all;
    }

    /** Every filter needs a name and at least one value. */
    static void checkShape(FilterCriterion filter) {
        if (filter.name() == null || filter.name().isEmpty()) {
            throw invalid(filter.name());
        }
        if (filter.values().isEmpty()) {
            throw io.ec2emulator.core.Ec2Error.invalidParameterValue("The filter '"
                    + io.ec2emulator.core.Ec2Error.shorten(filter.name()) + "' must have at least one value");
        }
    }

    static io.ec2emulator.core.Ec2Error invalid(String name) {
        return io.ec2emulator.core.Ec2Error.invalidParameterValue("The filter '"
                + io.ec2emulator.core.Ec2Error.shorten(name) + "' is invalid");
    }

    /** The store indexes that indexed filters rely on: index name → the keys a resource has in it. */
    public Map<String, Function<T, Collection<String>>> indexes() {
        Map<String, Function<T, Collection<String>>> indexes = new LinkedHashMap<>();
        for (Attribute<T> attribute : attributes.values()) {
            if (attribute.indexName() != null) {
                indexes.put(attribute.indexName(), attribute.values());
            }
        }
        return indexes;
    }

    /** The filter names, for documentation and error messages. */
    public Set<String> names() {
        return attributes.keySet();
    }

    public static final class Builder<T> {
        private final Map<String, Attribute<T>> attributes = new LinkedHashMap<>();
        private boolean tags;

        /** A filter on one value per resource (null means the resource has no value). */
        public Builder<T> single(String name, Function<T, ?> value) {
            return many(name, t -> {
                Object v = value.apply(t);
                return v == null ? List.of() : List.of(String.valueOf(v));
            });
        }

        /** A single-valued filter that the store index {@code indexName} answers for literal values. */
        public Builder<T> indexed(String name, String indexName, Function<T, ?> value) {
            single(name, value);
            Attribute<T> plain = attributes.get(name);
            attributes.put(name, new Attribute<>(name, plain.values(), indexName));
            return this;
        }

        /** A filter on several values per resource; any one matching is enough. */
        public Builder<T> many(String name, Function<T, Collection<String>> values) {
            attributes.put(name, new Attribute<>(name, values, null));
            return this;
        }

        public Builder<T> tags() {
            this.tags = true;
            return this;
        }

        public FilterSpec<T> build() {
            return new FilterSpec<>(attributes, tags);
        }
    }
}
