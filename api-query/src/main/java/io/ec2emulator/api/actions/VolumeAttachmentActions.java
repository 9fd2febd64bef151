package io.ec2emulator.api.actions;

import io.ec2emulator.api.dispatch.ActionContext;
import io.ec2emulator.api.dispatch.ActionGroup;
import io.ec2emulator.api.dispatch.ActionRegistry;
import io.ec2emulator.core.volumes.VolumeAttachment;
import software.amazon.awssdk.services.ec2.model.AttachVolumeRequest;
import software.amazon.awssdk.services.ec2.model.AttachVolumeResponse;
import software.amazon.awssdk.services.ec2.model.DetachVolumeRequest;
import software.amazon.awssdk.services.ec2.model.DetachVolumeResponse;

/** AttachVolume and DetachVolume. */
public final class VolumeAttachmentActions implements ActionGroup {

    @Override
    public void registerWith(ActionRegistry registry) {
        registry.register("AttachVolume", AttachVolumeRequest.class, this::attach, "Device", "InstanceId", "VolumeId")
                .register("DetachVolume", DetachVolumeRequest.class, this::detach, "VolumeId");
    }

    private AttachVolumeResponse attach(ActionContext ctx, AttachVolumeRequest r) {
        VolumeAttachment a = ctx.state().volumes().attachments().attach(r.volumeId(), r.instanceId(), r.device());
        return AttachVolumeResponse.builder()
                .volumeId(r.volumeId())
                .instanceId(a.instanceId())
                .device(a.device())
                .state(a.state())
                .attachTime(a.attachTime())
                .build();
    }

    private DetachVolumeResponse detach(ActionContext ctx, DetachVolumeRequest r) {
        VolumeAttachment a = ctx.state().volumes().attachments().detach(r.volumeId(), r.instanceId(), r.device(),
                Boolean.TRUE.equals(r.force()));
        return DetachVolumeResponse.builder()
                .volumeId(r.volumeId())
                .instanceId(a.instanceId())
                .device(a.device())
                .state(a.state())
                .attachTime(a.attachTime())
                .build();
    }
}
