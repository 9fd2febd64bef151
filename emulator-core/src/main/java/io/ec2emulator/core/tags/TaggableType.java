package io.ec2emulator.core.tags;

import io.ec2emulator.core.Ec2Error;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A kind of resource that can carry tags: its id prefix ({@code key}, {@code i}, …), EC2's resource
 * type name ({@code key-pair}, {@code instance}, …), how to tell whether an id exists, and the error
 * EC2 answers for an id that does not.
 */
public record TaggableType(String idPrefix, String resourceType, Predicate<String> exists,
                           Function<String, Ec2Error> notFound) {
}
