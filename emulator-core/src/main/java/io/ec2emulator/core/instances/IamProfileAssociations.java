package io.ec2emulator.core.instances;

import io.ec2emulator.core.Ec2Error;
import io.ec2emulator.core.filter.FilterCriterion;
import io.ec2emulator.core.filter.FilterSpec;
import io.ec2emulator.core.state.RegionState;
import io.ec2emulator.core.state.Resources;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * AssociateIamInstanceProfile, DescribeIamInstanceProfileAssociations, DisassociateIamInstanceProfile
 * and ReplaceIamInstanceProfileAssociation. An instance has at most one association ({@code iip-assoc-}).
 */
public final class IamProfileAssociations {

    private static final FilterSpec<Instance> FILTERS = FilterSpec.<Instance>builder()
            .single("instance-id", Instance::instanceId)
            .single("state", i -> i.iamInstanceProfile().associationState())
            .build();

    private final RegionState region;
    private final Resources<Instance> instances;

    IamProfileAssociations(RegionState region, Resources<Instance> instances) {
        this.region = region;
        this.instances = instances;
    }

    public IamInstanceProfile associate(String instanceId, String arn, String name) {
        Instance instance = region.instances().requireAll(List.of(instanceId)).get(0);
        if (instance.state() != InstanceState.RUNNING && instance.state() != InstanceState.STOPPED) {
            throw Ec2Error.client("IncorrectInstanceState", "The instance '" + instanceId
                    + "' is not in the 'running' or 'stopped' state.");
        }
        if (instance.iamInstanceProfile() != null) {
            throw Ec2Error.client("IncorrectState", "There is an existing association for instance " + instanceId);
        }
        IamInstanceProfile profile = profile(arn, name);
        instances.put(instance.toBuilder().iamInstanceProfile(profile).build());
        return profile;
    }

    public List<Instance> describe(List<String> associationIds, List<FilterCriterion> filters) {
        Predicate<Instance> matches = FILTERS.predicate(filters);
        List<Instance> withProfile = instances.all().stream()
                .filter(i -> i.iamInstanceProfile() != null && i.state() != InstanceState.TERMINATED).toList();
        for (String id : associationIds) {
            if (withProfile.stream().noneMatch(i -> i.iamInstanceProfile().associationId().equals(id))) {
                throw notFound(id);
            }
        }
        return withProfile.stream()
                .filter(i -> associationIds.isEmpty() || associationIds.contains(i.iamInstanceProfile().associationId()))
                .filter(matches).toList();
    }

    public Instance disassociate(String associationId) {
        Instance instance = byAssociation(associationId);
        instances.put(instance.toBuilder().iamInstanceProfile(null).build());
        return instance;
    }

    public IamInstanceProfile replace(String associationId, String arn, String name) {
        Instance instance = byAssociation(associationId);
        IamInstanceProfile profile = profile(arn, name);
        instances.put(instance.toBuilder().iamInstanceProfile(profile).build());
        return profile;
    }

    private Instance byAssociation(String associationId) {
        if (associationId == null) {
            throw Ec2Error.missingParameter("AssociationId");
        }
        return instances.all().stream()
                .filter(i -> i.iamInstanceProfile() != null
                        && Objects.equals(i.iamInstanceProfile().associationId(), associationId))
                .findFirst().orElseThrow(() -> notFound(associationId));
    }

    private IamInstanceProfile profile(String arn, String name) {
        if (arn == null && name == null) {
            throw Ec2Error.missingParameter("IamInstanceProfile");
        }
        return InstanceLauncher.profileFor(region, arn, name);
    }

    private static Ec2Error notFound(String associationId) {
        return Ec2Error.client("InvalidAssociationID.NotFound", "An association ID '"
                + Ec2Error.shorten(associationId) + "' does not exist");
    }
}
