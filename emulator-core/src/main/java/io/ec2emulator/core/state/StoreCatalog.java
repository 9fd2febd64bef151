package io.ec2emulator.core.state;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@link CapturedStore}s of one region by name, and the (store, id) pairs the current action has
 * changed. Two stores with one name in a region are a programming error and fail at once, so that
 * records never silently land in the wrong store.
 */
public final class StoreCatalog {

    private record Key(CapturedStore store, String id) {
    }

    private final Map<String, CapturedStore> byName = new LinkedHashMap<>();
    private final Set<Key> changed = new LinkedHashSet<>();

    /** Adds a store; throws {@link IllegalStateException} if the region already has one with that name. */
    public void register(CapturedStore store) {
        String name = store.name();
        if (name == null || name.isEmpty()) {
            throw new IllegalStateException("a captured store needs a name");
        }
        CapturedStore before = byName.putIfAbsent(name, store);
        if (before != null && before != store) {
            throw new IllegalStateException("two stores named '" + name + "' in one region");
        }
    }

    public CapturedStore get(String name) {
        return byName.get(name);
    }

    public Collection<CapturedStore> stores() {
        return Collections.unmodifiableCollection(byName.values());
    }

    void changed(CapturedStore store, String id) {
        changed.add(new Key(store, id));
    }

    boolean hasChanges() {
        return !changed.isEmpty();
    }

    /** What the current action changed, each record as it is now (null: deleted). */
    List<Change> changes() {
        List<Change> changes = new ArrayList<>(changed.size());
        for (Key key : changed) {
            changes.add(new Change(key.store().name(), key.id(), key.store().current(key.id())));
        }
        return changes;
    }

    void forgetChanges() {
        changed.clear();
    }
}
