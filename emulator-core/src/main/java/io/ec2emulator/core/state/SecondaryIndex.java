package io.ec2emulator.core.state;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/** key → ids of the resources that have that key; maintained by {@link ResourceStore}. */
final class SecondaryIndex<T> {

    private final Function<T, Collection<String>> keysOf;
    private final Map<String, TreeSet<String>> ids = new HashMap<>();

    SecondaryIndex(Function<T, Collection<String>> keysOf) {
        this.keysOf = keysOf;
    }

    void add(String id, T value) {
        for (String key : keysOf.apply(value)) {
            if (key != null) {
                ids.computeIfAbsent(key, k -> new TreeSet<>()).add(id);
            }
        }
    }

    void remove(String id, T value) {
        for (String key : keysOf.apply(value)) {
            if (key == null) {
                continue;
            }
            TreeSet<String> set = ids.get(key);
            if (set != null) {
                set.remove(id);
                if (set.isEmpty()) {
                    ids.remove(key);
                }
            }
        }
    }

    Set<String> idsFor(String key) {
        TreeSet<String> set = ids.get(key);
        return set == null ? Set.of() : java.util.Collections.unmodifiableSet(set);
    }
}
