package io.ec2emulator.core.instances;

import io.ec2emulator.core.EmulatorSettings;
import io.ec2emulator.core.Ec2Error;
import io.ec2emulator.core.state.PartialFailure;
import io.ec2emulator.core.state.RegionState;
import io.ec2emulator.core.state.Resources;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Start, stop, reboot and terminate with EC2's rules, and the transitions that follow with time:
 * pending → running, stopping → stopped, shutting-down → terminated, and terminated instances
 * disappearing after the retention time.
 */
final class InstanceLifecycle {

    private static final DateTimeFormatter REASON_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'GMT'").withZone(ZoneOffset.UTC);

    private final RegionState region;
    private final Resources<Instance> instances;
    private final WindowsPasswords passwords;

    InstanceLifecycle(RegionState region, Resources<Instance> instances, WindowsPasswords passwords) {
        this.region = region;
        this.instances = instances;
        this.passwords = passwords;
    }

    private EmulatorSettings settings() {
        return region.settings();
    }

    /** Applies every transition that is due at {@code now}, oldest first. */
    void advanceTo(Instant now) {
        for (String id : idsIn(InstanceState.PENDING)) {
            Instance i = instances.require(id);
            Instant due = i.stateSince().plus(settings().bootDelay());
            if (!due.isAfter(now)) {
                Instance running = i.toBuilder().state(InstanceState.RUNNING).stateSince(due).stateReason(null)
                        .bootCount(i.bootCount() + 1).statusOkAt(due.plus(settings().statusCheckDelay())).build();
                instances.put(running);
                if (i.bootCount() == 0) {
                    passwords.firstBoot(running, due);
                }
            }
        }
        for (String id : idsIn(InstanceState.STOPPING)) {
            Instant due = instances.require(id).stateSince().plus(settings().stopDelay());
            if (!due.isAfter(now)) {
                region.networkInterfaces().instanceStopped(id);
                Instance i = instances.require(id);
                instances.put(i.toBuilder().state(InstanceState.STOPPED).stateSince(due)
                        .instanceStoreState(i.instanceStoreState() == null ? null : "discarded").build());
            }
        }
        for (String id : idsIn(InstanceState.SHUTTING_DOWN)) {
            Instant due = instances.require(id).stateSince().plus(settings().terminateDelay());
            if (!due.isAfter(now)) {
                region.networkInterfaces().instanceTerminated(id);
                Instance i = instances.require(id);
                region.volumes().instanceTerminated(i.instanceId());
                region.fileSystems().instanceTerminated(i.instanceId());
                instances.put(PrimaryInterfaceView.gone(i.toBuilder()).state(InstanceState.TERMINATED).stateSince(due)
                        .blockDevices(List.of())
                        .instanceStoreState(i.instanceStoreState() == null ? null : "discarded").build());
                io.ec2emulator.core.vpc.RouteTargets.refresh(region, i.instanceId());
            }
        }
        for (String id : idsIn(InstanceState.TERMINATED)) {
            Instance i = instances.require(id);
            if (!i.stateSince().plus(settings().terminatedRetention()).isAfter(now)) {
                instances.remove(id);
                passwords.forget(id);
                region.undoLog().onCommit(() -> region.instanceIds().remove(id));
            }
        }
    }

    List<StateChange> start(List<String> ids) {
        List<Instance> targets = requireAll(ids);
        for (Instance i : targets) {
            switch (i.state()) {
                case STOPPING:
                case SHUTTING_DOWN:
                case TERMINATED:
                    throw incorrectState(i, "started");
                default:
                    break;
            }
        }
        List<StateChange> changes = new ArrayList<>();
        Instant now = region.clock().instant();
        for (Instance i : targets) {
            if (i.state() != InstanceState.STOPPED) {
                changes.add(new StateChange(i.instanceId(), i.state(), i.state()));
                continue;
            }
            region.networkInterfaces().instanceStarting(i.instanceId());
            Instance started = instances.require(i.instanceId());
            instances.put(started.toBuilder().state(InstanceState.PENDING).stateSince(now).launchTime(now)
                    .stateTransitionReason("")
                    .stateReason(StateReason.pending()).statusOkAt(null)
                    .instanceStoreState(i.instanceStoreState() == null ? null : "present").build());
            changes.add(new StateChange(i.instanceId(), InstanceState.STOPPED, InstanceState.PENDING));
        }
        return changes;
    }

    List<StateChange> stop(List<String> ids, boolean hibernate) {
        List<Instance> targets = requireAll(ids);
        for (Instance i : targets) {
            if (i.state() == InstanceState.SHUTTING_DOWN || i.state() == InstanceState.TERMINATED) {
                throw incorrectState(i, "stopped");
            }
            if (!"ebs".equals(i.rootDeviceType())) {
                throw Ec2Error.client("UnsupportedOperation", "The instance '" + i.instanceId()
                        + "' does not have an 'ebs' root device type and cannot be stopped.");
            }
            if (i.state() == InstanceState.PENDING && i.bootCount() == 0) {
                throw Ec2Error.client("IncorrectInstanceState", "Instance '" + i.instanceId()
                        + "' cannot be stopped as it has never reached the 'running' state.");
            }
            if (i.disableApiStop()) {
                throw Ec2Error.client("OperationNotPermitted", "The instance '" + i.instanceId()
                        + "' may not be stopped. Modify its 'disableApiStop' instance attribute and try again.");
            }
            if (hibernate) {
                throw Ec2Error.client("UnsupportedHibernationConfiguration", "The instance '" + i.instanceId()
                        + "' is not configured for hibernation.");
            }
        }
        List<StateChange> changes = new ArrayList<>();
        Instant now = region.clock().instant();
        for (Instance i : targets) {
            if (i.state() == InstanceState.STOPPED || i.state() == InstanceState.STOPPING) {
                changes.add(new StateChange(i.instanceId(), i.state(), i.state()));
                continue;
            }
            instances.put(i.toBuilder().state(InstanceState.STOPPING).stateSince(now).statusOkAt(null)
                    .stateTransitionReason("User initiated (" + REASON_TIME.format(now) + ")")
                    .stateReason(StateReason.userInitiatedShutdown()).build());
            changes.add(new StateChange(i.instanceId(), i.state(), InstanceState.STOPPING));
        }
        return changes;
    }

    /**
     * TerminateInstances. With termination protection on some instances the call fails with
     * {@code OperationNotPermitted}, the protected instances and the others in their zones are spared,
     * and the instances in other zones are terminated all the same (EC2's documented rule).
     */
    List<StateChange> terminate(List<String> ids) {
        List<Instance> targets = requireAll(ids);
        Instance firstProtected = null;
        java.util.Set<String> protectedZones = new java.util.HashSet<>();
        for (Instance i : targets) {
            if (i.disableApiTermination() && i.state() != InstanceState.TERMINATED
                    && i.state() != InstanceState.SHUTTING_DOWN) {
                firstProtected = firstProtected == null ? i : firstProtected;
                protectedZones.add(i.availabilityZone());
            }
        }
        List<StateChange> changes = new ArrayList<>();
        Instant now = region.clock().instant();
        for (Instance i : targets) {
            if (protectedZones.contains(i.availabilityZone())) {
                continue;
            }
            if (i.state() == InstanceState.TERMINATED || i.state() == InstanceState.SHUTTING_DOWN) {
                changes.add(new StateChange(i.instanceId(), i.state(), i.state()));
                continue;
            }
            instances.put(i.toBuilder().state(InstanceState.SHUTTING_DOWN).stateSince(now).statusOkAt(null)
                    .stateTransitionReason("User initiated (" + REASON_TIME.format(now) + ")")
                    .stateReason(StateReason.userInitiatedShutdown()).build());
            changes.add(new StateChange(i.instanceId(), i.state(), InstanceState.SHUTTING_DOWN));
        }
        if (firstProtected != null) {
            throw new PartialFailure(Ec2Error.client("OperationNotPermitted", "The instance '"
                    + firstProtected.instanceId() + "' may not be terminated. Modify its 'disableApiTermination' "
                    + "instance attribute and try again."));
        }
        return changes;
    }

    /** RebootInstances: running instances boot again (keeping addresses and instance store); terminated are ignored. */
    void reboot(List<String> ids) {
        List<Instance> targets = requireAll(ids);
        for (Instance i : targets) {
            if (i.state() == InstanceState.STOPPED || i.state() == InstanceState.STOPPING) {
                throw incorrectState(i, "rebooted");
            }
        }
        for (Instance i : targets) {
            if (i.state() == InstanceState.RUNNING) {
                instances.put(i.toBuilder().bootCount(i.bootCount() + 1).build());
            }
        }
    }

    private List<Instance> requireAll(List<String> ids) {
        if (ids.isEmpty()) {
            throw Ec2Error.missingParameter("InstanceId");
        }
        return region.instances().requireAll(ids);
    }

    private static Ec2Error incorrectState(Instance i, String verb) {
        return Ec2Error.client("IncorrectInstanceState", "The instance '" + i.instanceId()
                + "' is not in a state from which it can be " + verb + ".");
    }

    private List<String> idsIn(InstanceState state) {
        return List.copyOf(instances.store().lookup("state", state.wireName()));
    }
}
