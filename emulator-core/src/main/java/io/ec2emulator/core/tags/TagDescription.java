package io.ec2emulator.core.tags;

/** One row of DescribeTags: a tag and the resource that carries it. */
public record TagDescription(String resourceId, String resourceType, String key, String value) {
}
