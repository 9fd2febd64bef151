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
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The resources of one kind in one account and region, kept sorted by id (stable pagination) with
 * secondary indexes that Describe filters use instead of scanning. Values are immutable records:
 * a change is a {@link #put} of a new version, which the {@link UndoLog} can revert.
 *
 * <p>Every store has a name, unique in its region ({@link Resources} uses its kind's resource type),
 * and reports each changed id to the region's {@link StoreCatalog}: that is how changes reach the data
 * directory and state files. State a family keeps anywhere else (a field, a map) is lost at a restart;
 * keep it in a store, or derive it again in the region's {@code rebuildShared()}.
 *
 * <p>Not thread-safe: the owning {@code RegionState} serialises access.
 */
public final class ResourceStore<T> implements CapturedStore {

    private final String name;
    private final Function<T, String> idOf;
    private final UndoLog undo;
    private final TreeMap<String, T> byId = new TreeMap<>();
    private final Map<String, SecondaryIndex<T>> indexes = new HashMap<>();

    /**
     * @param name the name its records are kept under across restarts and in state files; unique in
     *             the region (a second store with the same name fails at once)
     */
    public ResourceStore(String name, Function<T, String> idOf, UndoLog undo) {
        this.name = Objects.requireNonNull(name, "name");
        this.idOf = idOf;
        this.undo = undo;
        undo.catalog().register(this);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Object current(String id) {
        return byId.get(id);
    }

    @Override
    public void forEach(BiConsumer<String, Object> action) {
        byId.forEach(action);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void restore(String id, Object value) {
        T typed;
        String actual;
        try {
            typed = (T) value;
            actual = idOf.apply(typed);
        } catch (ClassCastException e) {
            throw new IllegalArgumentException("store " + name + " does not hold " + value.getClass().getName());
        }
        if (!id.equals(actual)) {
            throw new IllegalArgumentException("store " + name + ": record " + id + " has the id " + actual);
        }
        if (byId.containsKey(id)) {
            throw new IllegalArgumentException("store " + name + ": duplicate id " + id);
        }
        byId.put(id, typed);
        reindex(id, null, typed);
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
        undo.changed(this, id);
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
            undo.changed(this, id);
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
