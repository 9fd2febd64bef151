package io.ec2emulator.core.tags;

import io.ec2emulator.core.Ec2Error;
import io.ec2emulator.core.filter.FilterCriterion;
import io.ec2emulator.core.filter.FilterSpec;
import io.ec2emulator.core.filter.Page;
import io.ec2emulator.core.filter.PageRequest;
import io.ec2emulator.core.state.IdGenerator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * CreateTags, DeleteTags, DescribeTags and the {@code TagSpecifications} of create actions, for every
 * taggable resource type registered with the region.
 */
public final class Tagging {

    private static final FilterSpec<TagDescription> DESCRIBE_TAGS_FILTERS = FilterSpec.<TagDescription>builder()
            .single("key", TagDescription::key)
            .single("value", TagDescription::value)
            .single("resource-id", TagDescription::resourceId)
            .single("resource-type", TagDescription::resourceType)
            .build();

    private final TagStore store;
    private final Map<String, TaggableType> typesByPrefix = new LinkedHashMap<>();

    public Tagging(TagStore store) {
        this.store = store;
    }

    public void register(TaggableType type) {
        typesByPrefix.put(type.idPrefix(), type);
    }

    public TagStore store() {
        return store;
    }

    /** CreateTags: all ids must exist; nothing is tagged if one does not. */
    public void createTags(List<String> resourceIds, List<Tag> tags) {
        TagRules.validateForCreate(tags);
        List<TaggableType> types = resolveAll(resourceIds);
        for (int i = 0; i < resourceIds.size(); i++) {
            store.addTags(resourceIds.get(i), types.get(i).resourceType(), tags);
        }
    }

    /**
     * DeleteTags. {@code tags} null deletes every tag; a tag whose key is in {@code keysWithoutValue}
     * is deleted whatever its value.
     */
    public void deleteTags(List<String> resourceIds, List<Tag> tags, Set<String> keysWithoutValue) {
        if (tags != null) {
            for (Tag tag : tags) {
                TagRules.validateKey(tag.key());
            }
        }
        resolveAll(resourceIds);
        for (String id : resourceIds) {
            store.deleteTags(id, tags, keysWithoutValue);
        }
    }

    /**
     * Applies a create action's tag specifications (already checked with {@link #matching}) to one
     * resource it just created: the specifications for that resource's type.
     */
    public void applySpecifications(List<TagSpecification> specs, String resourceId, String resourceType) {
        for (TagSpecification spec : specs) {
            if (resourceType.equals(spec.resourceType())) {
                TagRules.validateForCreate(spec.tags());
                store.addTags(resourceId, resourceType, spec.tags());
            }
        }
    }

    /** Validates tag specifications against the resource types an action creates; returns them. */
    public List<TagSpecification> matching(List<TagSpecification> specs, Collection<String> allowedTypes) {
        Set<String> seen = new HashSet<>();
        for (TagSpecification spec : specs) {
            if (spec.resourceType() == null || spec.resourceType().isEmpty()) {
                throw Ec2Error.invalidParameterValue("The tag specification resource type must be specified");
            }
            if (!allowedTypes.contains(spec.resourceType())) {
                throw Ec2Error.invalidParameterValue("'" + Ec2Error.shorten(spec.resourceType())
                        + "' is not a valid taggable resource type for this operation.");
            }
            if (!seen.add(spec.resourceType())) {
                throw Ec2Error.invalidParameterValue("The resource type '" + Ec2Error.shorten(spec.resourceType())
                        + "' is specified in more than one tag specification");
            }
            TagRules.validateForCreate(spec.tags());
        }
        return specs;
    }

    /** DescribeTags with its filters, ordered by resource id and key, paginated. */
    public Page<TagDescription> describe(List<FilterCriterion> filters, PageRequest page) {
        Predicate<TagDescription> matcher = DESCRIBE_TAGS_FILTERS.predicate(filters);
        int limit = page.maxResults() == null ? Integer.MAX_VALUE : page.maxResults();
        String after = page.afterId();
        Collection<TagStore.ResourceTags> resources = store.all().values();
        if (after != null) {
            String afterResource = after.substring(0, Math.max(0, after.indexOf('\u0000')));
            resources = store.all().tailMap(afterResource, true).values();
        }
        List<TagDescription> items = new ArrayList<>();
        String last = null;
        for (TagStore.ResourceTags resource : resources) {
            for (Map.Entry<String, String> tag : resource.tags().entrySet()) {
                String position = resource.resourceId() + '\u0000' + tag.getKey();
                if (after != null && position.compareTo(after) <= 0) {
                    continue;
                }
                TagDescription row = new TagDescription(resource.resourceId(), resource.resourceType(),
                        tag.getKey(), tag.getValue());
                if (!matcher.test(row)) {
                    continue;
                }
                if (items.size() == limit) {
                    return new Page<>(items, PageRequest.tokenAfter(last));
                }
                items.add(row);
                last = position;
            }
        }
        return new Page<>(items, null);
    }

    private List<TaggableType> resolveAll(List<String> resourceIds) {
        List<TaggableType> types = new ArrayList<>(resourceIds.size());
        for (String id : resourceIds) {
            types.add(resolve(id));
        }
        return types;
    }

    private TaggableType resolve(String resourceId) {
        int dash = resourceId.indexOf('-');
        TaggableType type = dash <= 0 ? null : typesByPrefix.get(resourceId.substring(0, dash));
        if (type == null || !IdGenerator.isWellFormed(resourceId, type.idPrefix())) {
            throw Ec2Error.client("InvalidID", "The ID '" + Ec2Error.shorten(resourceId) + "' is not valid");
        }
        if (!type.exists().test(resourceId)) {
            throw type.notFound().apply(resourceId);
        }
        return type;
    }
}
