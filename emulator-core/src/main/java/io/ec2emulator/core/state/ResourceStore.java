package io.ec2emulator.core.state;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The resources of one kind in one account and region, kept sorted by id (stable pagination) with
 * secondary indexes that Describe filters use instead of scanning. Values are immutable records:
 * a change is a {@link #put} of a new version, which the {@link UndoLog} can revert.
 *
 * <p>Not thread-safe: the owning {@code RegionState} serialises access.
 */
public final class ResourceStore<T> {

    private final Function<T, String> idOf;
    private final UndoLog undo;
    private final TreeMap<String, T> byId = new TreeMap<>();
    private final Map<String, SecondaryIndex<T>> indexes = new HashMap<>();

    public ResourceStore(Function<T, String> idOf, UndoLog undo) {
        this.idOf = idOf;
        this.undo = undo;
    }

    /** Declares an index named {@code name} over the keys {@code keysOf} returns for each resource. */
    public ResourceStore<T> index(String name, Function<T, Collection<String>> keysOf) {
        if (!byId.isEmpty()) {
            throw new IllegalStateException("declare indexes before adding resources");
        }
        indexes.put(name, new SecondaryIndex<>(keysOf));
        return this;
    }

    public Optional<T> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    public int size() {
        return byId.size();
    }

    /** Inserts or replaces the resource with the same id. */
    public void put(T value) {
        String id = Objects.requireNonNull(idOf.apply(value));
        T old = byId.put(id, value);
        reindex(id, old, value);
        undo.record(() -> {
            if (old == null) {
                removeQuietly(id);
            } else {
                put(old);
            }
        });
    }

    public void remove(String id) {
        T old = byId.remove(id);
        if (old != null) {
            reindex(id, old, null);
            undo.record(() -> put(old));
        }
    }

    private void removeQuietly(String id) {
        T old = byId.remove(id);
        if (old != null) {
            reindex(id, old, null);
        }
    }

    /** All resources, in id order. */
    public NavigableMap<String, T> all() {
        return Collections.unmodifiableNavigableMap(byId);
    }

    /** Ids of the resources whose index {@code name} holds {@code key}; empty if none. */
    public Set<String> lookup(String name, String key) {
        SecondaryIndex<T> index = indexes.get(name);
        if (index == null) {
            throw new IllegalArgumentException("no index " + name);
        }
        return index.idsFor(key);
    }

    public boolean hasIndex(String name) {
        return indexes.containsKey(name);
    }

    private void reindex(String id, T old, T now) {
        for (SecondaryIndex<T> index : indexes.values()) {
            if (old != null) {
                index.remove(id, old);
            }
            if (now != null) {
                index.add(id, now);
            }
        }
    }
}
