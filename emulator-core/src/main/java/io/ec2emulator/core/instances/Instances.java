package io.ec2emulator.core.instances;

import io.ec2emulator.core.Ec2Error;
import io.ec2emulator.core.filter.FilterCriterion;
import io.ec2emulator.core.filter.Page;
import io.ec2emulator.core.filter.PageRequest;
import io.ec2emulator.core.filter.ResourceQuery;
import io.ec2emulator.core.interfaces.NetworkInterface;
import io.ec2emulator.core.state.RegionState;
import io.ec2emulator.core.state.ResourceKind;
import io.ec2emulator.core.state.Resources;
import java.util.ArrayList;
import java.util.List;

/**
 * The instances of one account and region: RunInstances, DescribeInstances, the lifecycle calls, and
 * the time-based transitions between states.
 */
public final class Instances {

    private final RegionState region;
    private final Resources<Instance> instances;
    private final InstanceLauncher launcher;
    private final InstanceLifecycle lifecycle;
    private final InstanceAttributes attributes;
    private final InstanceStatuses statuses;
    private final IamProfileAssociations profiles;
    private final WindowsPasswords passwords;

    public Instances(RegionState region) {
        this.region = region;
        ResourceKind<Instance> kind = new ResourceKind<>("i", "instance", Instance::instanceId,
                "InvalidInstanceID.NotFound", "The instance ID '%s' does not exist", "InvalidInstanceID.Malformed",
                InstanceFilters.spec(region.region(), region.securityGroups().resources(),
                        region.networkInterfaces()), 5, 1000);
        this.instances = new Resources<>(region, kind);
        this.launcher = new InstanceLauncher(region, instances, new ClientTokens(region, instances));
        this.passwords = new WindowsPasswords(region);
        this.lifecycle = new InstanceLifecycle(region, instances, passwords);
        this.attributes = new InstanceAttributes(region, instances);
        this.statuses = new InstanceStatuses(region, instances);
        this.profiles = new IamProfileAssociations(region, instances);
        region.registerTimed(lifecycle::advanceTo);
    }

    /**
     * After a restore: every instance id is known to the region again, public addresses go back to
     * the shared pool and private addresses of instances not yet terminated back to their subnets.
     */
    public void rebuildShared() {
        for (Instance instance : instances.all()) {
            region.instanceIds().add(instance.instanceId());
            if (instance.publicIpAddress() != null) {
                region.publicIps().reserve(instance.publicIpAddress());
            }
            if (instance.state() != InstanceState.TERMINATED && instance.subnetId() != null
                    && instance.privateIpAddress() != null) {
                region.networking().addresses().reserve(instance.subnetId(), instance.privateIpAddress());
            }
        }
    }

    public Resources<Instance> resources() {
        return instances;
    }

    /**
     * The primary network interface of an instance changed: the instance's view of it is refreshed
     * (called by the network interfaces for every change; terminated instances keep their last view).
     */
    public void primaryInterfaceChanged(NetworkInterface eni) {
        instances.get(eni.attachment().instanceId())
                .filter(i -> i.state() != InstanceState.TERMINATED)
                .ifPresent(i -> instances.put(PrimaryInterfaceView.apply(i.toBuilder(), eni, region.region()).build()));
    }

    public InstanceAttributes attributes() {
        return attributes;
    }

    public IamProfileAssociations iamProfileAssociations() {
        return profiles;
    }

    /** DescribeInstanceStatus (running instances unless {@code includeAll}). */
    public Page<Instance> describeStatus(List<String> ids, boolean includeAll, List<FilterCriterion> filters,
                                         Integer maxResults, String nextToken) {
        return statuses.describe(ids, includeAll, filters, maxResults, nextToken);
    }

    /** The status-check summary of an instance now: {@code ok}, {@code initializing} or {@code not-applicable}. */
    public String statusOf(Instance instance) {
        return InstanceStatuses.status(instance, region.clock().instant());
    }

    /** GetConsoleOutput: the base64 boot log, or null before the first boot. */
    public String consoleOutput(String instanceId) {
        if (instanceId == null || instanceId.isEmpty()) {
            throw Ec2Error.missingParameter("InstanceId");
        }
        Instance instance = requireAll(List.of(instanceId)).get(0);
        return ConsoleOutput.base64(instance,
                io.ec2emulator.core.images.ImageQueries.forRegion(region).find(instance.imageId()).orElse(null));
    }

    /**
     * GetPasswordData: the encrypted Administrator password of a Windows instance once it is available,
     * an empty one before, for Linux instances and for instances launched without a key pair.
     */
    public PasswordData passwordData(String instanceId) {
        if (instanceId == null || instanceId.isEmpty()) {
            throw Ec2Error.missingParameter("InstanceId");
        }
        return passwords.of(requireAll(List.of(instanceId)).get(0));
    }

    public LaunchResult run(LaunchRequest request) {
        return launcher.launch(request);
    }

    /**
     * DescribeInstances: unknown ids are errors (all of them named at once), {@code MaxResults} may not
     * be combined with ids, filters and pagination as EC2 applies them.
     */
    public Page<Instance> describe(List<String> ids, List<FilterCriterion> filters, Integer maxResults, String nextToken) {
        if (!ids.isEmpty() && maxResults != null) {
            throw Ec2Error.invalidParameterCombination(
                    "The parameter instancesSet cannot be used with the parameter maxResults");
        }
        List<String> own = ownOrError(ids);
        PageRequest page = PageRequest.of(maxResults, nextToken, 5, 1000);
        ResourceQuery<Instance> query = ResourceQuery.over(instances.store(), region.tags(), instances.kind().filters())
                .filters(filters);
        if (!ids.isEmpty()) {
            query.onlyIds(own);
        }
        return query.page(page);
    }

    /**
     * DescribeInstances' id rule: a malformed id or one that exists nowhere is an error; an instance
     * of another account is silently left out.
     */
    private List<String> ownOrError(List<String> ids) {
        List<String> own = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String id : ids) {
            if (!instances.kind().isWellFormed(id)) {
                throw instances.kind().malformed(id);
            }
            if (instances.get(id).isPresent()) {
                own.add(id);
            } else if (!region.instanceIds().contains(id)) {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            throw notFound(missing);
        }
        return own;
    }

    public List<StateChange> start(List<String> ids) {
        return lifecycle.start(ids);
    }

    public List<StateChange> stop(List<String> ids, boolean hibernate) {
        return lifecycle.stop(ids, hibernate);
    }

    public List<StateChange> terminate(List<String> ids) {
        return lifecycle.terminate(ids);
    }

    public void reboot(List<String> ids) {
        lifecycle.reboot(ids);
    }

    /** Every id must be well formed and exist; otherwise EC2's error naming every missing id. */
    public List<Instance> requireAll(List<String> ids) {
        List<Instance> found = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String id : ids) {
            if (!instances.kind().isWellFormed(id)) {
                throw instances.kind().malformed(id);
            }
            instances.get(id).ifPresentOrElse(found::add, () -> missing.add(id));
        }
        if (!missing.isEmpty()) {
            throw notFound(missing);
        }
        return found;
    }

    static Ec2Error notFound(List<String> missing) {
        if (missing.size() == 1) {
            return Ec2Error.client("InvalidInstanceID.NotFound", "The instance ID '" + missing.get(0) + "' does not exist");
        }
        return Ec2Error.client("InvalidInstanceID.NotFound", "The instance IDs '" + String.join(", ", missing)
                + "' do not exist");
    }
}
