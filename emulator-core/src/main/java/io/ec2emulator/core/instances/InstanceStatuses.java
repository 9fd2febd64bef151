package io.ec2emulator.core.instances;

import io.ec2emulator.core.Ec2Error;
import io.ec2emulator.core.filter.FilterCriterion;
import io.ec2emulator.core.filter.FilterSpec;
import io.ec2emulator.core.filter.Page;
import io.ec2emulator.core.filter.PageRequest;
import io.ec2emulator.core.filter.ResourceQuery;
import io.ec2emulator.core.state.RegionState;
import io.ec2emulator.core.state.Resources;
import java.time.Instant;
import java.util.List;

/**
 * DescribeInstanceStatus: status checks are {@code initializing} for a while after an instance starts
 * running, then {@code ok}; instances that are not running are {@code not-applicable} and listed only
 * with {@code IncludeAllInstances}.
 */
final class InstanceStatuses {

    private final RegionState region;
    private final Resources<Instance> instances;

    InstanceStatuses(RegionState region, Resources<Instance> instances) {
        this.region = region;
        this.instances = instances;
    }

    static String status(Instance instance, Instant now) {
        if (instance.state() != InstanceState.RUNNING) {
            return "not-applicable";
        }
        return instance.statusOkAt() != null && !instance.statusOkAt().isAfter(now) ? "ok" : "initializing";
    }

    /** The reachability check's status, as EC2 reports it beside the summary. */
    static String reachability(String status) {
        switch (status) {
            case "ok":
                return "passed";
            case "initializing":
                return "initializing";
            default:
                return null;
        }
    }

    Page<Instance> describe(List<String> ids, boolean includeAll, List<FilterCriterion> filters, Integer maxResults,
                            String nextToken) {
        if (!ids.isEmpty() && maxResults != null) {
            throw Ec2Error.invalidParameterCombination(
                    "The parameter instancesSet cannot be used with the parameter maxResults");
        }
        region.instances().requireAll(ids);
        Instant now = region.clock().instant();
        FilterSpec<Instance> spec = FilterSpec.<Instance>builder()
                .indexed("instance-state-name", "state", i -> i.state().wireName())
                .deferred(more -> more
                        .single("availability-zone", Instance::availabilityZone)
                        .single("availability-zone-id", Instance::availabilityZoneId)
                        .single("instance-state-code", i -> i.state().code())
                        .single("instance-status.status", i -> status(i, now))
                        .single("instance-status.reachability", i -> reachability(status(i, now)))
                        .single("system-status.status", i -> status(i, now))
                        .single("system-status.reachability", i -> reachability(status(i, now)))
                        .single("attached-ebs-status.status", i -> status(i, now))
                        .single("attached-ebs-status.reachability", i -> reachability(status(i, now)))
                        .many("event.code", i -> List.of())
                        .many("event.description", i -> List.of())
                        .many("event.instance-event-id", i -> List.of())
                        .many("event.not-after", i -> List.of())
                        .many("event.not-before", i -> List.of())
                        .many("event.not-before-deadline", i -> List.of()))
                .build();
        ResourceQuery<Instance> query = ResourceQuery.over(instances.store(), region.tags(), spec).filters(filters);
        if (!includeAll) {
            query.filters(List.of(FilterCriterion.of("instance-state-name", "running")));
        }
        if (!ids.isEmpty()) {
            query.onlyIds(ids);
        }
        return query.page(PageRequest.of(maxResults, nextToken, 5, 1000));
    }
}
