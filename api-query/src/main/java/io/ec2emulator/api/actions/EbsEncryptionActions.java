package io.ec2emulator.api.actions;

import io.ec2emulator.api.dispatch.ActionContext;
import io.ec2emulator.api.dispatch.ActionGroup;
import io.ec2emulator.api.dispatch.ActionRegistry;
import software.amazon.awssdk.services.ec2.model.DisableEbsEncryptionByDefaultRequest;
import software.amazon.awssdk.services.ec2.model.DisableEbsEncryptionByDefaultResponse;
import software.amazon.awssdk.services.ec2.model.EnableEbsEncryptionByDefaultRequest;
import software.amazon.awssdk.services.ec2.model.EnableEbsEncryptionByDefaultResponse;
import software.amazon.awssdk.services.ec2.model.GetEbsDefaultKmsKeyIdRequest;
import software.amazon.awssdk.services.ec2.model.GetEbsDefaultKmsKeyIdResponse;
import software.amazon.awssdk.services.ec2.model.GetEbsEncryptionByDefaultRequest;
import software.amazon.awssdk.services.ec2.model.GetEbsEncryptionByDefaultResponse;
import software.amazon.awssdk.services.ec2.model.ModifyEbsDefaultKmsKeyIdRequest;
import software.amazon.awssdk.services.ec2.model.ModifyEbsDefaultKmsKeyIdResponse;
import software.amazon.awssdk.services.ec2.model.ResetEbsDefaultKmsKeyIdRequest;
import software.amazon.awssdk.services.ec2.model.ResetEbsDefaultKmsKeyIdResponse;

/**
 * The account's EBS encryption defaults in a region: Enable/Disable/GetEbsEncryptionByDefault and
 * Get/Modify/ResetEbsDefaultKmsKeyId.
 */
public final class EbsEncryptionActions implements ActionGroup {

    @Override
    public void registerWith(ActionRegistry registry) {
        registry.register("EnableEbsEncryptionByDefault", EnableEbsEncryptionByDefaultRequest.class,
                        (ctx, r) -> EnableEbsEncryptionByDefaultResponse.builder()
                                .ebsEncryptionByDefault(ctx.state().volumes().setEncryptionByDefault(true)).build())
                .register("DisableEbsEncryptionByDefault", DisableEbsEncryptionByDefaultRequest.class,
                        (ctx, r) -> DisableEbsEncryptionByDefaultResponse.builder()
                                .ebsEncryptionByDefault(ctx.state().volumes().setEncryptionByDefault(false)).build())
                .register("GetEbsEncryptionByDefault", GetEbsEncryptionByDefaultRequest.class,
                        (ctx, r) -> GetEbsEncryptionByDefaultResponse.builder()
                                .ebsEncryptionByDefault(ctx.state().volumes().encryptionByDefault()).build())
                .register("GetEbsDefaultKmsKeyId", GetEbsDefaultKmsKeyIdRequest.class,
                        (ctx, r) -> GetEbsDefaultKmsKeyIdResponse.builder()
                                .kmsKeyId(ctx.state().volumes().defaultKmsKeyId()).build())
                .register("ModifyEbsDefaultKmsKeyId", ModifyEbsDefaultKmsKeyIdRequest.class, this::modify, "KmsKeyId")
                .register("ResetEbsDefaultKmsKeyId", ResetEbsDefaultKmsKeyIdRequest.class,
                        (ctx, r) -> ResetEbsDefaultKmsKeyIdResponse.builder()
                                .kmsKeyId(ctx.state().volumes().resetDefaultKmsKeyId()).build());
    }

    private ModifyEbsDefaultKmsKeyIdResponse modify(ActionContext ctx, ModifyEbsDefaultKmsKeyIdRequest request) {
        return ModifyEbsDefaultKmsKeyIdResponse.builder()
                .kmsKeyId(ctx.state().volumes().modifyDefaultKmsKeyId(request.kmsKeyId())).build();
    }
}
