package io.ec2emulator.core.state;

import io.ec2emulator.core.Ec2Error;
import io.ec2emulator.core.filter.FilterSpec;
import java.util.function.Function;

/**
 * What EC2 says about one kind of resource, as data: its id prefix, its resource type for tags, its
 * error codes and messages, its Describe filters and the {@code MaxResults} range of its Describe call.
 *
 * @param notFoundMessage a format with one {@code %s} for the id, e.g. {@code "The vpc ID '%s' does not exist"}
 */
public record ResourceKind<T>(String idPrefix, String resourceType, Function<T, String> idOf,
                              String notFoundCode, String notFoundMessage, String malformedCode,
                              FilterSpec<T> filters, int minResults, int maxResults) {

    public Ec2Error notFound(String id) {
        return Ec2Error.client(notFoundCode, String.format(notFoundMessage, Ec2Error.shorten(id)));
    }

    public Ec2Error malformed(String id) {
        return Ec2Error.client(malformedCode, "Invalid id: \"" + Ec2Error.shorten(id) + "\" (expecting \""
                + idPrefix + "-...\")");
    }

    /** Whether {@code id} has this kind's shape ({@code prefix-} and 8 or 17 hex digits). */
    public boolean isWellFormed(String id) {
        return IdGenerator.isWellFormed(id, idPrefix);
    }
}
