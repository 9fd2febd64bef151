package io.ec2emulator.api.actions;

import io.ec2emulator.api.dispatch.ActionContext;
import io.ec2emulator.api.dispatch.ActionGroup;
import io.ec2emulator.api.dispatch.ActionRegistry;
import io.ec2emulator.core.instances.PasswordData;
import software.amazon.awssdk.services.ec2.model.GetPasswordDataRequest;
import software.amazon.awssdk.services.ec2.model.GetPasswordDataResponse;

/** GetPasswordData: the encrypted Windows Administrator password, empty until it is available. */
public final class WindowsPasswordActions implements ActionGroup {

    @Override
    public void registerWith(ActionRegistry registry) {
        registry.register("GetPasswordData", GetPasswordDataRequest.class, this::get, "InstanceId");
    }

    private GetPasswordDataResponse get(ActionContext ctx, GetPasswordDataRequest r) {
        PasswordData data = ctx.state().instances().passwordData(r.instanceId());
        return GetPasswordDataResponse.builder()
                .instanceId(data.instanceId())
                .timestamp(data.timestamp())
                .passwordData(data.passwordData())
                .build();
    }
}
