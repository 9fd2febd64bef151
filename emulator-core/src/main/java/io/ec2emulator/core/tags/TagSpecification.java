package io.ec2emulator.core.tags;

import java.util.List;

/** One {@code TagSpecification.N} of a create action: the resource type to tag and the tags. */
public record TagSpecification(String resourceType, List<Tag> tags) {

    public TagSpecification {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
