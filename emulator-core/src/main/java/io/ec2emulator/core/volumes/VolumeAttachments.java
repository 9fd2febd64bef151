package io.ec2emulator.core.volumes;

import io.ec2emulator.core.Ec2Error;
import io.ec2emulator.core.instances.Instance;
import io.ec2emulator.core.instances.InstanceBlockDevice;
import io.ec2emulator.core.instances.InstanceState;
import io.ec2emulator.core.instancetypes.InstanceTypeCatalog;
import io.ec2emulator.core.instancetypes.InstanceTypeInfo;
import io.ec2emulator.core.state.RegionState;
import io.ec2emulator.core.state.Resources;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * AttachVolume and DetachVolume with EC2's rules, Multi-Attach included, and the attachment
 * transitions that follow: {@code attaching → attached} and {@code detaching → detached} are applied
 * at the start of the next call; a volume is {@code available} again once its last attachment is gone.
 */
public final class VolumeAttachments {

    /** The most instances a Multi-Attach enabled io1/io2 volume can be attached to at once. */
    public static final int MAX_MULTI_ATTACH = 16;

    /** EBS device names EC2 accepts: /dev/sd[a-z], /dev/sda1, /dev/xvd[a-z], /dev/xvd[a-d][a-z], xvd[a-z]. */
    private static final Pattern DEVICE = Pattern.compile("/dev/sd[a-z]|/dev/sda1|/dev/xvd[a-z]|/dev/xvd[a-d][a-z]"
            + "|xvd[a-z]");

    /** The index of volumes with an attachment that is attaching or detaching. */
    static final String CHANGING_INDEX = "attachment-changing";

    private final RegionState region;
    private final Resources<Volume> volumes;

    /** The {@link #CHANGING_INDEX} keys of {@code volume}. */
    static List<String> changing(Volume volume) {
        return volume.attachments().stream().anyMatch(a -> a.state().equals("attaching")
                || a.state().equals("detaching")) ? List.of("yes") : List.of();
    }

    VolumeAttachments(RegionState region, Resources<Volume> volumes) {
        this.region = region;
        this.volumes = volumes;
        region.registerTimed(this::advanceTo);
    }

    /** AttachVolume: returns the new attachment, {@code attaching}, with DeleteOnTermination false. */
    public VolumeAttachment attach(String volumeId, String instanceId, String device) {
        Volume volume = volumes.require(volumeId);
        Instance instance = region.instances().resources().require(instanceId);
        if (!DEVICE.matcher(device).matches()) {
            String shown = Ec2Error.shorten(device);
            throw Ec2Error.invalidParameterValue("Value (" + shown + ") for parameter device is invalid. " + shown
                    + " is not a valid EBS device name.");
        }
        if (volume.state().equals("creating")) {
            throw Ec2Error.client("IncorrectState", volumeId + " is not 'available'.");
        }
        if (!volume.multiAttachEnabled() && !volume.attachments().isEmpty()) {
            throw Ec2Error.client("VolumeInUse", volumeId + " is already attached to an instance");
        }
        if (!volume.availabilityZone().equals(instance.availabilityZone())) {
            throw Ec2Error.client("InvalidVolume.ZoneMismatch", "The volume '" + volumeId
                    + "' is not in the same availability zone as instance '" + instanceId + "'");
        }
        if (instance.state() != InstanceState.RUNNING && instance.state() != InstanceState.STOPPED) {
            throw Ec2Error.client("IncorrectState", "Instance '" + instanceId + "' is not 'running'.");
        }
        if (instance.blockDevices().stream().anyMatch(d -> d.deviceName().equals(device))) {
            throw Ec2Error.invalidParameterValue("Invalid value '" + device + "' for unixDevice. Attachment point "
                    + device + " is already in use");
        }
        InstanceTypeInfo type = InstanceTypeCatalog.standard().find(instance.instanceType()).orElse(null);
        if (volume.multiAttachEnabled()) {
            checkMultiAttach(volume, instance, type, device);
        }
        Integer limit = type == null ? null : type.ebsInfo().maximumEbsAttachments();
        if (limit != null && instance.blockDevices().size() >= limit) {
            throw Ec2Error.client("AttachmentLimitExceeded", "Instance '" + instanceId + "' (" + instance.instanceType()
                    + ") already has the maximum of " + limit + " EBS volumes attached.");
        }
        Instant now = region.clock().instant();
        VolumeAttachment attachment = new VolumeAttachment(instanceId, device, "attaching", now, false);
        List<VolumeAttachment> attachments = new ArrayList<>(volume.attachments());
        attachments.add(attachment);
        volumes.put(volume.withState("in-use", attachments));
        List<InstanceBlockDevice> devices = new ArrayList<>(instance.blockDevices());
        devices.add(new InstanceBlockDevice(device, volumeId, now, false));
        region.instances().resources().put(instance.toBuilder().blockDevices(devices).build());
        return attachment;
    }

    private static void checkMultiAttach(Volume volume, Instance instance, InstanceTypeInfo type, String device) {
        String volumeId = volume.volumeId();
        String instanceId = instance.instanceId();
        if (volume.attachments().stream().anyMatch(a -> a.instanceId().equals(instanceId))) {
            throw Ec2Error.client("VolumeInUse", volumeId + " is already attached to instance '" + instanceId + "'");
        }
        if (volume.attachments().size() >= MAX_MULTI_ATTACH) {
            throw Ec2Error.client("AttachmentLimitExceeded", "The Multi-Attach enabled volume '" + volumeId
                    + "' is already attached to the maximum of " + MAX_MULTI_ATTACH + " instances.");
        }
        if (type != null && "xen".equals(type.hypervisor())) {
            throw Ec2Error.client("UnsupportedOperation", "The Multi-Attach enabled volume '" + volumeId
                    + "' can only be attached to instances built on the Nitro System; instance type "
                    + instance.instanceType() + " is not.");
        }
        if (device.equals(instance.rootDeviceName())) {
            throw Ec2Error.client("UnsupportedOperation", "The Multi-Attach enabled volume '" + volumeId
                    + "' cannot be attached as the root device of instance '" + instanceId + "'.");
        }
    }

    /**
     * DetachVolume: the attachment becomes {@code detaching}; {@code instanceId} and {@code device}
     * narrow it down and must be given for a Multi-Attach volume attached to several instances.
     */
    public VolumeAttachment detach(String volumeId, String instanceId, String device, boolean force) {
        Volume volume = volumes.require(volumeId);
        if (instanceId != null) {
            region.instances().resources().require(instanceId);
        }
        if (volume.attachments().isEmpty()) {
            throw Ec2Error.client("IncorrectState", "Volume '" + volumeId + "' is in the '" + volume.state()
                    + "' state.");
        }
        List<VolumeAttachment> matching = volume.attachments().stream()
                .filter(a -> instanceId == null || a.instanceId().equals(instanceId))
                .filter(a -> device == null || a.device().equals(device)).toList();
        if (matching.isEmpty()) {
            throw Ec2Error.client("InvalidAttachment.NotFound", "Volume '" + volumeId + "' is not attached to "
                    + (instanceId != null ? "instance '" + instanceId + "'" : "device '" + device + "'")
                    + (instanceId != null && device != null ? " as device '" + device + "'" : "") + ".");
        }
        if (matching.size() > 1) {
            throw Ec2Error.missingParameter("instanceId");
        }
        VolumeAttachment target = matching.get(0);
        if (target.state().equals("detaching")) {
            throw Ec2Error.client("IncorrectState", "Volume '" + volumeId + "' is in the 'detaching' state.");
        }
        Instance instance = region.instances().resources().require(target.instanceId());
        if (instance.state() != InstanceState.RUNNING && instance.state() != InstanceState.STOPPED && !force) {
            throw Ec2Error.client("IncorrectInstanceState", "Unable to detach volume '" + volumeId
                    + "' from instance '" + instance.instanceId()
                    + "'. The instance is not in a state in which volumes can be detached.");
        }
        if (target.device().equals(instance.rootDeviceName()) && instance.state() != InstanceState.STOPPED) {
            throw Ec2Error.client("IncorrectState", "Unable to detach root volume '" + volumeId + "' from instance '"
                    + instance.instanceId() + "'");
        }
        VolumeAttachment detaching = new VolumeAttachment(target.instanceId(), target.device(), "detaching",
                target.attachTime(), target.deleteOnTermination());
        volumes.put(volume.withState(volume.state(), volume.attachments().stream()
                .map(a -> a.equals(target) ? detaching : a).toList()));
        return detaching;
    }

    private void advanceTo(Instant now) {
        for (String id : List.copyOf(volumes.store().lookup(CHANGING_INDEX, "yes"))) {
            Volume volume = volumes.require(id);
            List<VolumeAttachment> rest = new ArrayList<>();
            for (VolumeAttachment a : volume.attachments()) {
                if (a.state().equals("attaching") && !a.attachTime().isAfter(now)) {
                    rest.add(new VolumeAttachment(a.instanceId(), a.device(), "attached", a.attachTime(),
                            a.deleteOnTermination()));
                } else if (a.state().equals("detaching")) {
                    removeDevice(a.instanceId(), volume.volumeId());
                } else {
                    rest.add(a);
                }
            }
            volumes.put(volume.withState(rest.isEmpty() ? "available" : "in-use", rest));
        }
    }

    private void removeDevice(String instanceId, String volumeId) {
        Instance instance = region.instances().resources().get(instanceId).orElse(null);
        if (instance != null) {
            region.instances().resources().put(instance.toBuilder().blockDevices(instance.blockDevices().stream()
                    .filter(d -> !d.volumeId().equals(volumeId)).toList()).build());
        }
    }
}
