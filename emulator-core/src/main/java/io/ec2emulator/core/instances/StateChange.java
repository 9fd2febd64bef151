package io.ec2emulator.core.instances;

/** What Start/Stop/TerminateInstances answer for one instance: its state before and after the call. */
public record StateChange(String instanceId, InstanceState previous, InstanceState current) {
}
