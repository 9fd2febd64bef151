package io.ec2emulator.core.filter;

import java.util.List;

/** One {@code Filter.N} of a Describe call: a name and the values any of which may match. */
public record FilterCriterion(String name, List<String> values) {

    public FilterCriterion {
        values = values == null ? List.of() : List.copyOf(values);
    }

    public static FilterCriterion of(String name, String... values) {
        return new FilterCriterion(name, List.of(values));
    }
}
