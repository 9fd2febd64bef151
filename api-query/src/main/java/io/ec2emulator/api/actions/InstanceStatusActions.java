package io.ec2emulator.api.actions;

import io.ec2emulator.api.dispatch.ActionContext;
import io.ec2emulator.api.dispatch.ActionGroup;
import io.ec2emulator.api.dispatch.ActionRegistry;
import io.ec2emulator.core.filter.Page;
import io.ec2emulator.core.instances.Instance;
import java.util.List;
import software.amazon.awssdk.services.ec2.model.DescribeInstanceStatusRequest;
import software.amazon.awssdk.services.ec2.model.DescribeInstanceStatusResponse;
import software.amazon.awssdk.services.ec2.model.EbsStatusDetails;
import software.amazon.awssdk.services.ec2.model.EbsStatusSummary;
import software.amazon.awssdk.services.ec2.model.InstanceStatus;
import software.amazon.awssdk.services.ec2.model.InstanceStatusDetails;
import software.amazon.awssdk.services.ec2.model.InstanceStatusSummary;

/** DescribeInstanceStatus. */
public final class InstanceStatusActions implements ActionGroup {

    @Override
    public void registerWith(ActionRegistry registry) {
        registry.register("DescribeInstanceStatus", DescribeInstanceStatusRequest.class, this::describe);
    }

    private DescribeInstanceStatusResponse describe(ActionContext ctx, DescribeInstanceStatusRequest r) {
        NotImplementedYet.reject("DescribeInstanceStatus", "IncludeManagedResources", r.includeManagedResources());
        Page<Instance> page = ctx.state().instances().describeStatus(r.instanceIds(),
                Boolean.TRUE.equals(r.includeAllInstances()), Wire.filters(r.filters()), r.maxResults(), r.nextToken());
        return DescribeInstanceStatusResponse.builder()
                .instanceStatuses(page.items().stream().map(i -> {
                    String status = ctx.state().instances().statusOf(i);
                    String reachability = status.equals("ok") ? "passed" : status.equals("initializing") ? "initializing" : null;
                    InstanceStatusSummary summary = InstanceStatusSummary.builder().status(status)
                            .details(reachability == null ? List.of() : List.of(InstanceStatusDetails.builder()
                                    .name("reachability").status(reachability).build()))
                            .build();
                    return InstanceStatus.builder()
                            .instanceId(i.instanceId())
                            .availabilityZone(i.availabilityZone())
                            .availabilityZoneId(i.availabilityZoneId())
                            .instanceState(InstanceWire.state(i.state()))
                            .instanceStatus(summary)
                            .systemStatus(summary)
                            .attachedEbsStatus(EbsStatusSummary.builder().status(status)
                                    .details(reachability == null ? List.of() : List.of(EbsStatusDetails.builder()
                                            .name("reachability").status(reachability).build()))
                                    .build())
                            .events(List.of())
                            .build();
                }).toList())
                .nextToken(page.nextToken())
                .build();
    }
}
