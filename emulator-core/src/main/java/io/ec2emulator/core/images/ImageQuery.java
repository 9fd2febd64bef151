package io.ec2emulator.core.images;

import io.ec2emulator.core.filter.FilterCriterion;
import java.util.List;

/**
 * The parameters of one {@code DescribeImages} call, other than pagination.
 *
 * @param imageIds          {@code ImageId.N}: every id must exist
 * @param owners            {@code Owner.N}: account ids, {@code self}, {@code amazon}, {@code aws-marketplace},
 *                          {@code aws-backup-vault}
 * @param executableUsers   {@code ExecutableBy.N}: account ids, {@code self}, {@code all}
 * @param includeDeprecated whether deprecated images are listed too
 * @param includeDisabled   whether disabled images are listed too
 * @param filters           {@code Filter.N}
 */
public record ImageQuery(List<String> imageIds, List<String> owners, List<String> executableUsers,
                         boolean includeDeprecated, boolean includeDisabled, List<FilterCriterion> filters) {

    public ImageQuery {
        imageIds = copy(imageIds);
        owners = copy(owners);
        executableUsers = copy(executableUsers);
        filters = filters == null ? List.of() : List.copyOf(filters);
    }

    /** A query with only filters: every image the caller may launch that matches them. */
    public static ImageQuery filtered(List<FilterCriterion> filters) {
        return new ImageQuery(List.of(), List.of(), List.of(), false, false, filters);
    }

    private static List<String> copy(List<String> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
