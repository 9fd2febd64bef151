package io.ec2emulator.core.tags;

import io.ec2emulator.core.Ec2Error;
import io.ec2emulator.core.state.CapturedStore;
import io.ec2emulator.core.state.UndoLog;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * Every tag of every resource in one account and region, with indexes by key and by key and value
 * so that {@code tag:} filters do not scan. Access is serialised by the owning region.
 */
public final class TagStore implements CapturedStore {

    /** The tags of one resource, in the order they were first set. */
    public record ResourceTags(String resourceId, String resourceType, Map<String, String> tags) {
    }

    private final UndoLog undo;
    private final TreeMap<String, ResourceTags> byResource = new TreeMap<>();
    private final Map<String, Map<String, TreeSet<String>>> byKeyAndValue = new HashMap<>();
    private final Map<String, TreeSet<String>> byKey = new HashMap<>();

    public TagStore(UndoLog undo) {
        this.undo = undo;
        undo.catalog().register(this);
    }

    /** Kept under {@code tag}: one record per tagged resource. */
    @Override
    public String name() {
        return "tag";
    }

    @Override
    public Object current(String resourceId) {
        return byResource.get(resourceId);
    }

    @Override
    public void forEach(BiConsumer<String, Object> action) {
        byResource.forEach(action);
    }

    @Override
    public void restore(String resourceId, Object value) {
        if (!(value instanceof ResourceTags tags) || !tags.resourceId().equals(resourceId)
                || byResource.containsKey(resourceId) || tags.tags().isEmpty()) {
            throw new IllegalArgumentException("store tag: not the tags of " + resourceId + " or a duplicate");
        }
        ResourceTags kept = new ResourceTags(resourceId, tags.resourceType(),
                Collections.unmodifiableMap(new LinkedHashMap<>(tags.tags())));
        byResource.put(resourceId, kept);
        index(resourceId, kept.tags());
    }

    public Map<String, String> tagsOf(String resourceId) {
        ResourceTags tags = byResource.get(resourceId);
        return tags == null ? Map.of() : tags.tags();
    }

    public List<Tag> tagListOf(String resourceId) {
        return tagsOf(resourceId).entrySet().stream().map(e -> new Tag(e.getKey(), e.getValue())).toList();
    }

    /** Adds or overwrites tags on one resource, enforcing the per-resource limit. */
    public void addTags(String resourceId, String resourceType, List<Tag> tags) {
        if (tags.isEmpty()) {
            return;
        }
        Map<String, String> next = new LinkedHashMap<>(tagsOf(resourceId));
        for (Tag tag : tags) {
            next.put(tag.key(), tag.value());
        }
        if (next.size() > TagRules.MAX_TAGS_PER_RESOURCE) {
            throw Ec2Error.client("TagLimitExceeded", "The maximum number of tags ("
                    + TagRules.MAX_TAGS_PER_RESOURCE + ") for resource '" + resourceId + "' has been exceeded.");
        }
        replace(resourceId, resourceType, next);
    }

    /**
     * Removes tags from one resource: a tag with a null value removes the key whatever its value,
     * otherwise only when the value matches; a null list removes every tag.
     */
    public void deleteTags(String resourceId, List<Tag> tagsOrNullForAll, Set<String> keysWithoutValue) {
        ResourceTags current = byResource.get(resourceId);
        if (current == null) {
            return;
        }
        Map<String, String> next = new LinkedHashMap<>(current.tags());
        if (tagsOrNullForAll == null) {
            next.clear();
        } else {
            for (Tag tag : tagsOrNullForAll) {
                if (keysWithoutValue.contains(tag.key())) {
                    next.remove(tag.key());
                } else {
                    next.remove(tag.key(), tag.value());
                }
            }
        }
        replace(resourceId, current.resourceType(), next);
    }

    /** Forgets every tag of a resource that no longer exists. */
    public void removeResource(String resourceId) {
        ResourceTags current = byResource.get(resourceId);
        if (current != null) {
            replace(resourceId, current.resourceType(), Map.of());
        }
    }

    private void replace(String resourceId, String resourceType, Map<String, String> next) {
        ResourceTags old = byResource.get(resourceId);
        if (old != null) {
            unindex(resourceId, old.tags());
        }
        if (next.isEmpty()) {
            byResource.remove(resourceId);
        } else {
            ResourceTags now = new ResourceTags(resourceId, resourceType,
                    Collections.unmodifiableMap(new LinkedHashMap<>(next)));
            byResource.put(resourceId, now);
            index(resourceId, now.tags());
        }
        undo.changed(this, resourceId);
        undo.record(() -> replace(resourceId, resourceType, old == null ? Map.of() : old.tags()));
    }

    /** Every tagged resource, in resource-id order. */
    public NavigableMap<String, ResourceTags> all() {
        return Collections.unmodifiableNavigableMap(byResource);
    }

    public Set<String> resourcesWithKey(String key) {
        TreeSet<String> ids = byKey.get(key);
        return ids == null ? Set.of() : Collections.unmodifiableSet(ids);
    }

    public Set<String> resourcesWithTag(String key, String value) {
        Map<String, TreeSet<String>> values = byKeyAndValue.get(key);
        if (values == null) {
            return Set.of();
        }
        TreeSet<String> ids = values.get(value);
        return ids == null ? Set.of() : Collections.unmodifiableSet(ids);
    }

    private void index(String resourceId, Map<String, String> tags) {
        tags.forEach((key, value) -> {
            byKey.computeIfAbsent(key, k -> new TreeSet<>()).add(resourceId);
            byKeyAndValue.computeIfAbsent(key, k -> new HashMap<>())
                    .computeIfAbsent(value, v -> new TreeSet<>()).add(resourceId);
        });
    }

    private void unindex(String resourceId, Map<String, String> tags) {
        tags.forEach((key, value) -> {
            TreeSet<String> ids = byKey.get(key);
            if (ids != null && ids.remove(resourceId) && ids.isEmpty()) {
                byKey.remove(key);
            }
            Map<String, TreeSet<String>> values = byKeyAndValue.get(key);
            if (values != null) {
                TreeSet<String> withValue = values.get(value);
                if (withValue != null && withValue.remove(resourceId) && withValue.isEmpty()) {
                    values.remove(value);
                    if (values.isEmpty()) {
                        byKeyAndValue.remove(key);
                    }
                }
            }
        });
    }
}
