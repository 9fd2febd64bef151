package io.ec2emulator.api.actions;

import io.ec2emulator.core.filter.FilterCriterion;
import io.ec2emulator.core.tags.Tag;
import io.ec2emulator.core.tags.TagSpecification;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ec2.model.Filter;

/** Conversions between the SDK's request/response shapes and the core's, shared by every handler. */
final class Wire {

    private Wire() {
    }

    static List<FilterCriterion> filters(List<Filter> filters) {
        return filters.stream().map(f -> new FilterCriterion(f.name(), f.values())).toList();
    }

    static List<Tag> tags(List<software.amazon.awssdk.services.ec2.model.Tag> tags) {
        return tags.stream().map(t -> new Tag(t.key() == null ? "" : t.key(), t.value())).toList();
    }

    static List<TagSpecification> tagSpecifications(List<software.amazon.awssdk.services.ec2.model.TagSpecification> specs) {
        return specs.stream().map(s -> new TagSpecification(s.resourceTypeAsString(), tags(s.tags()))).toList();
    }

    static List<software.amazon.awssdk.services.ec2.model.Tag> sdkTags(Map<String, String> tags) {
        return tags.entrySet().stream()
                .map(e -> software.amazon.awssdk.services.ec2.model.Tag.builder().key(e.getKey()).value(e.getValue()).build())
                .toList();
    }
}
