package io.ec2emulator.core.instances;

import java.util.List;

/** What RunInstances answers: one reservation with its instances and the security groups they got. */
public record LaunchResult(String reservationId, List<Instance> instances, List<String> groupIds) {
}
