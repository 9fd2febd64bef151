package io.ec2emulator.core.filter;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The filters one Describe action understands: each filter name maps to the values a resource has
 * for it, optionally backed by a store index of the same resources. Tag filters ({@code tag:<key>},
 * {@code tag-key}, {@code tag-value}) are added with {@link Builder#tags()}.
 *
 * <p>Filters that no index backs may be declared in {@link Builder#deferred}: they are then read at
 * the first call that needs them rather than when the spec is built. A region's state builds the
 * specs of every resource family when it is created, and each filter's function is a lambda that the
 * JVM links the first time its declaration runs (about a quarter of a millisecond each, several hundred
 * in all); deferring them keeps that cost off the first request of a JVM.
 */
public final class FilterSpec<T> {

    /** One named filter: how to read a resource's values, and the store index that holds them, if any. */
    record Attribute<T>(String name, Function<T, Collection<String>> values, String indexName) {
    }

    private final Map<String, Attribute<T>> declared;
    private final List<Consumer<Builder<T>>> deferred;
    private final boolean tags;
    private volatile Map<String, Attribute<T>> attributes;

    private FilterSpec(Map<String, Attribute<T>> declared, List<Consumer<Builder<T>>> deferred, boolean tags) {
        this.declared = Map.copyOf(declared);
        this.deferred = List.copyOf(deferred);
        this.tags = tags;
        this.attributes = deferred.isEmpty() ? this.declared : null;
    }

    /** Every filter, the deferred ones declared at the first call. */
    private Map<String, Attribute<T>> attributes() {
        Map<String, Attribute<T>> all = attributes;
        if (all == null) {
            synchronized (this) {
                all = attributes;
                if (all == null) {
                    Builder<T> more = new Builder<>(true);
                    more.attributes.putAll(declared);
                    deferred.forEach(declaration -> declaration.accept(more));
                    all = Map.copyOf(more.attributes);
                    attributes = all;
                }
            }
        }
        return all;
    }

    public static <T> Builder<T> builder() {
        return new Builder<>(false);
    }

    Attribute<T> attribute(String name) {
        return attributes().get(name);
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
            Attribute<T> attribute = attributes().get(filter.name());
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
        for (Attribute<T> attribute : declared.values()) {
            if (attribute.indexName() != null) {
                indexes.put(attribute.indexName(), attribute.values());
            }
        }
        return indexes;
    }

    /** The filter names, for documentation and error messages. */
    public Set<String> names() {
        return attributes().keySet();
    }

    public static final class Builder<T> {
        private final Map<String, Attribute<T>> attributes = new LinkedHashMap<>();
        private final List<Consumer<Builder<T>>> deferred = new ArrayList<>();
        private final boolean declaringDeferred;
        private boolean tags;

        private Builder(boolean declaringDeferred) {
            this.declaringDeferred = declaringDeferred;
        }

        /** A filter on one value per resource (null means the resource has no value). */
        public Builder<T> single(String name, Function<T, ?> value) {
            return many(name, t -> {
                Object v = value.apply(t);
                return v == null ? List.of() : List.of(String.valueOf(v));
            });
        }

        /** A single-valued filter that the store index {@code indexName} answers for literal values. */
        public Builder<T> indexed(String name, String indexName, Function<T, ?> value) {
            if (declaringDeferred) {
                throw new IllegalStateException("the indexed filter " + name + " cannot be deferred: the store"
                        + " maintains its index from the first resource on");
            }
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
            if (declaringDeferred) {
                throw new IllegalStateException("tag filters cannot be deferred");
            }
            this.tags = true;
            return this;
        }

        /**
         * Filters that {@code declarations} adds to the builder it is given, at the first call that
         * reads the spec's filters instead of now (see the class comment). They cannot be indexed.
         */
        public Builder<T> deferred(Consumer<Builder<T>> declarations) {
            if (declaringDeferred) {
                throw new IllegalStateException("deferred filters cannot defer more filters");
            }
            deferred.add(declarations);
            return this;
        }

        public FilterSpec<T> build() {
            return new FilterSpec<>(attributes, deferred, tags);
        }
    }
}
