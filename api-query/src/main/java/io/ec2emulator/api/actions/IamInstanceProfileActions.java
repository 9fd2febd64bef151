package io.ec2emulator.api.actions;

import io.ec2emulator.api.dispatch.ActionContext;
import io.ec2emulator.api.dispatch.ActionGroup;
import io.ec2emulator.api.dispatch.ActionRegistry;
import io.ec2emulator.core.instances.IamInstanceProfile;
import software.amazon.awssdk.services.ec2.model.AssociateIamInstanceProfileRequest;
import software.amazon.awssdk.services.ec2.model.AssociateIamInstanceProfileResponse;
import software.amazon.awssdk.services.ec2.model.DescribeIamInstanceProfileAssociationsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeIamInstanceProfileAssociationsResponse;
import software.amazon.awssdk.services.ec2.model.DisassociateIamInstanceProfileRequest;
import software.amazon.awssdk.services.ec2.model.DisassociateIamInstanceProfileResponse;
import software.amazon.awssdk.services.ec2.model.IamInstanceProfileAssociation;
import software.amazon.awssdk.services.ec2.model.ReplaceIamInstanceProfileAssociationRequest;
import software.amazon.awssdk.services.ec2.model.ReplaceIamInstanceProfileAssociationResponse;

/** The IAM instance profile association calls. */
public final class IamInstanceProfileActions implements ActionGroup {

    @Override
    public void registerWith(ActionRegistry registry) {
        registry.register("AssociateIamInstanceProfile", AssociateIamInstanceProfileRequest.class, (ctx, r) -> {
            IamInstanceProfile p = ctx.state().instances().iamProfileAssociations().associate(r.instanceId(),
                    r.iamInstanceProfile().arn(), r.iamInstanceProfile().name());
            return AssociateIamInstanceProfileResponse.builder()
                    .iamInstanceProfileAssociation(association(ctx, r.instanceId(), p, "associating")).build();
        }, "InstanceId", "IamInstanceProfile")
                .register("DescribeIamInstanceProfileAssociations", DescribeIamInstanceProfileAssociationsRequest.class,
                        (ctx, r) -> DescribeIamInstanceProfileAssociationsResponse.builder()
                                .iamInstanceProfileAssociations(ctx.state().instances().iamProfileAssociations()
                                        .describe(r.associationIds(), Wire.filters(r.filters())).stream()
                                        .map(i -> association(ctx, i.instanceId(), i.iamInstanceProfile(),
                                                i.iamInstanceProfile().associationState())).toList())
                                .build())
                .register("DisassociateIamInstanceProfile", DisassociateIamInstanceProfileRequest.class, (ctx, r) -> {
                    var instance = ctx.state().instances().iamProfileAssociations().disassociate(r.associationId());
                    return DisassociateIamInstanceProfileResponse.builder().iamInstanceProfileAssociation(
                            association(ctx, instance.instanceId(), instance.iamInstanceProfile(), "disassociating")).build();
                }, "AssociationId")
                .register("ReplaceIamInstanceProfileAssociation", ReplaceIamInstanceProfileAssociationRequest.class,
                        (ctx, r) -> {
                            String instanceId = ctx.state().instances().resources().all().stream()
                                    .filter(i -> i.iamInstanceProfile() != null
                                            && i.iamInstanceProfile().associationId().equals(r.associationId()))
                                    .map(i -> i.instanceId()).findFirst().orElse(null);
                            IamInstanceProfile p = ctx.state().instances().iamProfileAssociations().replace(
                                    r.associationId(), r.iamInstanceProfile().arn(), r.iamInstanceProfile().name());
                            return ReplaceIamInstanceProfileAssociationResponse.builder()
                                    .iamInstanceProfileAssociation(association(ctx, instanceId, p, "associating")).build();
                        }, "AssociationId", "IamInstanceProfile");
    }

    private static IamInstanceProfileAssociation association(ActionContext ctx, String instanceId, IamInstanceProfile p,
                                                             String state) {
        return IamInstanceProfileAssociation.builder()
                .associationId(p.associationId())
                .instanceId(instanceId)
                .iamInstanceProfile(software.amazon.awssdk.services.ec2.model.IamInstanceProfile.builder()
                        .arn(p.arn()).id(p.id()).build())
                .state(state)
                .timestamp(ctx.now())
                .build();
    }
}
