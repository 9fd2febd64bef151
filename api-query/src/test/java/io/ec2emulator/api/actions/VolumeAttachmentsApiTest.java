package io.ec2emulator.api.actions;

import static io.ec2emulator.api.actions.Ec2Assertions.assertEc2Error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ec2emulator.api.TestServer;
import io.ec2emulator.core.instancetypes.InstanceTypeCatalog;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.AttachVolumeRequest;
import software.amazon.awssdk.services.ec2.model.AttachVolumeResponse;
import software.amazon.awssdk.services.ec2.model.CreateVolumeRequest;
import software.amazon.awssdk.services.ec2.model.DescribeImagesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeInstancesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeVolumesRequest;
import software.amazon.awssdk.services.ec2.model.DetachVolumeRequest;
import software.amazon.awssdk.services.ec2.model.DetachVolumeResponse;
import software.amazon.awssdk.services.ec2.model.EbsInstanceBlockDeviceSpecification;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceBlockDeviceMapping;
import software.amazon.awssdk.services.ec2.model.InstanceBlockDeviceMappingSpecification;
import software.amazon.awssdk.services.ec2.model.ModifyInstanceAttributeRequest;
import software.amazon.awssdk.services.ec2.model.Placement;
import software.amazon.awssdk.services.ec2.model.RunInstancesRequest;
import software.amazon.awssdk.services.ec2.model.StopInstancesRequest;
import software.amazon.awssdk.services.ec2.model.TerminateInstancesRequest;
import software.amazon.awssdk.services.ec2.model.Volume;
import software.amazon.awssdk.services.ec2.model.VolumeAttachment;

/** AttachVolume, DetachVolume, Multi-Attach, DeleteOnTermination and instance store mappings. */
class VolumeAttachmentsApiTest {

    private static final AtomicInteger ACCOUNTS = new AtomicInteger();
    private static final List<Ec2Client> CLIENTS = new ArrayList<>();
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer();
    }

    @AfterAll
    static void stop() {
        CLIENTS.forEach(Ec2Client::close);
        server.close();
    }

    private static Ec2Client freshAccount() {
        Ec2Client client = server.client(String.format("%012d", 230_000_000_000L + ACCOUNTS.incrementAndGet()),
                "us-east-1");
        CLIENTS.add(client);
        return client;
    }

    private static Filter filter(String name, String value) {
        return Filter.builder().name(name).values(value).build();
    }

    private static void tick() {
        server.clock().advance(Duration.ofSeconds(1));
    }

    private static List<String> launch(Ec2Client ec2, String type, String zone, int count) {
        String imageId = ec2.describeImages(DescribeImagesRequest.builder().owners("amazon")
                .filters(filter("name", "al2023-ami-2023.*-x86_64")).build()).images().get(0).imageId();
        return ec2.runInstances(RunInstancesRequest.builder().imageId(imageId).instanceType(type).minCount(count)
                        .maxCount(count).placement(Placement.builder().availabilityZone(zone).build()).build())
                .instances().stream().map(Instance::instanceId).toList();
    }

    /** A running instance. */
    private static String running(Ec2Client ec2, String type, String zone) {
        String id = launch(ec2, type, zone, 1).get(0);
        tick();
        return id;
    }

    /** An available volume. */
    private static String volume(Ec2Client ec2, CreateVolumeRequest.Builder request) {
        String id = ec2.createVolume(request.build()).volumeId();
        tick();
        return id;
    }

    private static String gp3(Ec2Client ec2, String zone) {
        return volume(ec2, CreateVolumeRequest.builder().availabilityZone(zone).size(10).volumeType("gp3"));
    }

    private static AttachVolumeResponse attach(Ec2Client ec2, String volumeId, String instanceId, String device) {
        return ec2.attachVolume(AttachVolumeRequest.builder().volumeId(volumeId).instanceId(instanceId).device(device)
                .build());
    }

    private static DetachVolumeResponse detach(Ec2Client ec2, DetachVolumeRequest.Builder request) {
        return ec2.detachVolume(request.build());
    }

    private static Volume describe(Ec2Client ec2, String volumeId) {
        return ec2.describeVolumes(DescribeVolumesRequest.builder().volumeIds(volumeId).build()).volumes().get(0);
    }

    private static boolean exists(Ec2Client ec2, String volumeId) {
        return !ec2.describeVolumes(DescribeVolumesRequest.builder().filters(filter("volume-id", volumeId)).build())
                .volumes().isEmpty();
    }

    private static Instance instance(Ec2Client ec2, String instanceId) {
        return ec2.describeInstances(DescribeInstancesRequest.builder().instanceIds(instanceId).build())
                .reservations().get(0).instances().get(0);
    }

    private static String rootVolume(Ec2Client ec2, String instanceId) {
        Instance i = instance(ec2, instanceId);
        return i.blockDeviceMappings().stream().filter(m -> m.deviceName().equals(i.rootDeviceName())).findFirst()
                .orElseThrow().ebs().volumeId();
    }

    private static void stopInstance(Ec2Client ec2, String instanceId) {
        ec2.stopInstances(StopInstancesRequest.builder().instanceIds(instanceId).build());
        server.clock().advance(Duration.ofMinutes(5));
    }

    private static void terminate(Ec2Client ec2, String instanceId) {
        ec2.terminateInstances(TerminateInstancesRequest.builder().instanceIds(instanceId).build());
        server.clock().advance(Duration.ofMinutes(5));
    }

    @Test
    void attachThenDetach() {
        Ec2Client ec2 = freshAccount();
        String instanceId = running(ec2, "t3.micro", "us-east-1a");
        String volumeId = gp3(ec2, "us-east-1a");
        AttachVolumeResponse attached = attach(ec2, volumeId, instanceId, "/dev/sdf");
        assertEquals("attaching", attached.stateAsString());
        assertEquals(instanceId, attached.instanceId());
        assertEquals("/dev/sdf", attached.device());
        assertEquals(server.clock().instant(), attached.attachTime());

        Volume volume = describe(ec2, volumeId);
        assertEquals("in-use", volume.stateAsString());
        assertEquals(1, volume.attachments().size());
        VolumeAttachment a = volume.attachments().get(0);
        assertEquals("attached", a.stateAsString());
        assertEquals(instanceId, a.instanceId());
        assertFalse(a.deleteOnTermination());
        InstanceBlockDeviceMapping mapping = instance(ec2, instanceId).blockDeviceMappings().stream()
                .filter(m -> m.deviceName().equals("/dev/sdf")).findFirst().orElseThrow();
        assertEquals(volumeId, mapping.ebs().volumeId());
        assertFalse(mapping.ebs().deleteOnTermination());

        DetachVolumeResponse detached = detach(ec2, DetachVolumeRequest.builder().volumeId(volumeId));
        assertEquals("detaching", detached.stateAsString());
        volume = describe(ec2, volumeId);
        assertEquals("available", volume.stateAsString());
        assertEquals(List.of(), volume.attachments());
        assertTrue(instance(ec2, instanceId).blockDeviceMappings().stream()
                .noneMatch(m -> m.deviceName().equals("/dev/sdf")));
        // a stopped instance accepts attachments too
        stopInstance(ec2, instanceId);
        assertEquals("attaching", attach(ec2, volumeId, instanceId, "/dev/xvdb").stateAsString());
    }

    @Test
    void attachRules() {
        Ec2Client ec2 = freshAccount();
        String instanceId = running(ec2, "t3.micro", "us-east-1a");
        String other = running(ec2, "t3.micro", "us-east-1a");
        String creating = ec2.createVolume(CreateVolumeRequest.builder().availabilityZone("us-east-1a").size(5).build())
                .volumeId();
        assertEc2Error("IncorrectState", creating + " is not 'available'.",
                () -> attach(ec2, creating, instanceId, "/dev/sdf"));
        tick();
        String elsewhere = gp3(ec2, "us-east-1b");
        assertEc2Error("InvalidVolume.ZoneMismatch", "The volume '" + elsewhere
                + "' is not in the same availability zone as instance '" + instanceId + "'",
                () -> attach(ec2, elsewhere, instanceId, "/dev/sdf"));
        assertEc2Error("InvalidParameterValue",
                "Value (/dev/sdf1) for parameter device is invalid. /dev/sdf1 is not a valid EBS device name.",
                () -> attach(ec2, creating, instanceId, "/dev/sdf1"));
        String root = instance(ec2, instanceId).rootDeviceName();
        assertEc2Error("InvalidParameterValue", "Invalid value '" + root + "' for unixDevice. Attachment point "
                + root + " is already in use", () -> attach(ec2, creating, instanceId, root));
        attach(ec2, creating, instanceId, "/dev/sdf");
        assertEc2Error("VolumeInUse", creating + " is already attached to an instance",
                () -> attach(ec2, creating, other, "/dev/sdf"));
        String pending = launch(ec2, "t3.micro", "us-east-1a", 1).get(0);
        String spare = gp3(ec2, "us-east-1a");
        String pendingNow = launch(ec2, "t3.micro", "us-east-1a", 1).get(0);
        assertEc2Error("IncorrectState", "Instance '" + pendingNow + "' is not 'running'.",
                () -> attach(ec2, spare, pendingNow, "/dev/sdf"));
        assertEquals("attaching", attach(ec2, spare, pending, "/dev/sdf").stateAsString());
        assertEc2Error("InvalidVolume.NotFound", "vol-0123456789abcdef0",
                () -> attach(ec2, "vol-0123456789abcdef0", instanceId, "/dev/sdg"));
        assertEc2Error("InvalidInstanceID.NotFound", "i-0123456789abcdef0",
                () -> attach(ec2, spare, "i-0123456789abcdef0", "/dev/sdg"));
    }

    @Test
    void attachmentLimitOfTheInstanceType() {
        Ec2Client ec2 = freshAccount();
        int limit = InstanceTypeCatalog.standard().find("t3.micro").orElseThrow().ebsInfo().maximumEbsAttachments();
        String instanceId = running(ec2, "t3.micro", "us-east-1a");
        List<String> devices = new ArrayList<>();
        for (char c = 'b'; c <= 'z'; c++) {
            devices.add("/dev/sd" + c);
        }
        for (char c = 'a'; c <= 'z'; c++) {
            devices.add("/dev/xvdb" + c);
        }
        for (int n = 1; n < limit; n++) {
            attach(ec2, gp3(ec2, "us-east-1a"), instanceId, devices.get(n - 1));
        }
        String extra = gp3(ec2, "us-east-1a");
        assertEc2Error("AttachmentLimitExceeded", "maximum of " + limit,
                () -> attach(ec2, extra, instanceId, devices.get(limit)));
    }

    @Test
    void detachRules() {
        Ec2Client ec2 = freshAccount();
        String instanceId = running(ec2, "t3.micro", "us-east-1a");
        String other = running(ec2, "t3.micro", "us-east-1a");
        String root = rootVolume(ec2, instanceId);
        assertEc2Error("IncorrectState", "Unable to detach root volume '" + root + "' from instance '" + instanceId
                + "'", () -> detach(ec2, DetachVolumeRequest.builder().volumeId(root)));
        assertEc2Error("IncorrectState", "Unable to detach root volume",
                () -> detach(ec2, DetachVolumeRequest.builder().volumeId(root).force(true)));
        String data = gp3(ec2, "us-east-1a");
        assertEc2Error("IncorrectState", "Volume '" + data + "' is in the 'available' state.",
                () -> detach(ec2, DetachVolumeRequest.builder().volumeId(data)));
        attach(ec2, data, instanceId, "/dev/sdf");
        assertEc2Error("InvalidAttachment.NotFound", "is not attached to instance '" + other + "'",
                () -> detach(ec2, DetachVolumeRequest.builder().volumeId(data).instanceId(other)));
        assertEc2Error("InvalidAttachment.NotFound", "device '/dev/sdg'",
                () -> detach(ec2, DetachVolumeRequest.builder().volumeId(data).instanceId(instanceId)
                        .device("/dev/sdg")));
        assertEquals("detaching", detach(ec2, DetachVolumeRequest.builder().volumeId(data).instanceId(instanceId)
                .device("/dev/sdf")).stateAsString());

        stopInstance(ec2, instanceId);
        assertEquals("detaching", detach(ec2, DetachVolumeRequest.builder().volumeId(root)).stateAsString());
        assertEquals("available", describe(ec2, root).stateAsString());
        assertTrue(instance(ec2, instanceId).blockDeviceMappings().isEmpty());
        // the root volume goes back, or another instance's volume can become the root device
        assertEquals("attaching", attach(ec2, root, instanceId, instance(ec2, instanceId).rootDeviceName())
                .stateAsString());
    }

    @Test
    void deleteOnTerminationOnlyForLaunchVolumesUnlessChanged() {
        Ec2Client ec2 = freshAccount();
        String instanceId = running(ec2, "t3.micro", "us-east-1a");
        String root = rootVolume(ec2, instanceId);
        assertTrue(describe(ec2, root).attachments().get(0).deleteOnTermination());
        String kept = gp3(ec2, "us-east-1a");
        String deleted = gp3(ec2, "us-east-1a");
        attach(ec2, kept, instanceId, "/dev/sdf");
        attach(ec2, deleted, instanceId, "/dev/sdg");
        ec2.modifyInstanceAttribute(ModifyInstanceAttributeRequest.builder().instanceId(instanceId)
                .blockDeviceMappings(InstanceBlockDeviceMappingSpecification.builder().deviceName("/dev/sdg")
                        .ebs(EbsInstanceBlockDeviceSpecification.builder().deleteOnTermination(true).build()).build())
                .build());
        assertTrue(describe(ec2, deleted).attachments().get(0).deleteOnTermination());
        terminate(ec2, instanceId);
        assertFalse(exists(ec2, root));
        assertFalse(exists(ec2, deleted));
        Volume survivor = describe(ec2, kept);
        assertEquals("available", survivor.stateAsString());
        assertEquals(List.of(), survivor.attachments());
    }

    @Test
    void multiAttachUpToSixteenNitroInstancesInOneZone() {
        Ec2Client ec2 = freshAccount();
        List<String> nitro = new ArrayList<>(launch(ec2, "t3.nano", "us-east-1a", 8));
        nitro.addAll(launch(ec2, "t3.nano", "us-east-1a", 9));
        String xen = launch(ec2, "t2.micro", "us-east-1a", 1).get(0);
        String otherZone = launch(ec2, "t3.nano", "us-east-1b", 1).get(0);
        tick();
        assertEquals("xen", InstanceTypeCatalog.standard().find("t2.micro").orElseThrow().hypervisor());
        String shared = volume(ec2, CreateVolumeRequest.builder().availabilityZone("us-east-1a").size(10)
                .volumeType("io2").iops(1000).multiAttachEnabled(true));
        for (int n = 0; n < 16; n++) {
            assertEquals("attaching", attach(ec2, shared, nitro.get(n), "/dev/sdf").stateAsString());
        }
        Volume volume = describe(ec2, shared);
        assertEquals("in-use", volume.stateAsString());
        assertEquals(16, volume.attachments().size());
        assertTrue(volume.attachments().stream().allMatch(a -> a.stateAsString().equals("attached")));
        assertEc2Error("AttachmentLimitExceeded", "maximum of 16 instances",
                () -> attach(ec2, shared, nitro.get(16), "/dev/sdf"));
        assertEc2Error("VolumeInUse", shared + " is already attached to instance '" + nitro.get(0) + "'",
                () -> attach(ec2, shared, nitro.get(0), "/dev/sdg"));
        detach(ec2, DetachVolumeRequest.builder().volumeId(shared).instanceId(nitro.get(15)));
        assertEc2Error("UnsupportedOperation", "Nitro System",
                () -> attach(ec2, shared, xen, "/dev/sdf"));
        assertEc2Error("InvalidVolume.ZoneMismatch", "not in the same availability zone",
                () -> attach(ec2, shared, otherZone, "/dev/sdf"));
        assertEc2Error("MissingParameter", "instanceId",
                () -> detach(ec2, DetachVolumeRequest.builder().volumeId(shared)));
        // as a boot volume: a stopped instance without its root volume
        String boot = nitro.get(16);
        String root = rootVolume(ec2, boot);
        stopInstance(ec2, boot);
        detach(ec2, DetachVolumeRequest.builder().volumeId(root));
        String rootDevice = instance(ec2, boot).rootDeviceName();
        assertEc2Error("UnsupportedOperation", "root device",
                () -> attach(ec2, shared, boot, rootDevice));
        // the 16th slot freed by the detach takes a new instance
        assertEquals("attaching", attach(ec2, shared, boot, "/dev/sdf").stateAsString());
        assertEquals(16, describe(ec2, shared).attachments().size());
        // terminating one attacher leaves the volume attached to the others
        terminate(ec2, nitro.get(0));
        assertEquals(15, describe(ec2, shared).attachments().size());
        assertEquals("in-use", describe(ec2, shared).stateAsString());
    }

    @Test
    void snapshotToVolumeAttachedElsewhere() {
        Ec2Client ec2 = freshAccount();
        String first = running(ec2, "t3.micro", "us-east-1a");
        String second = running(ec2, "t3.micro", "us-east-1b");
        String source = gp3(ec2, "us-east-1a");
        attach(ec2, source, first, "/dev/sdf");
        String snapshotId = ec2.createSnapshot(b -> b.volumeId(source)).snapshotId();
        server.clock().advance(Duration.ofMinutes(10));
        String copy = volume(ec2, CreateVolumeRequest.builder().availabilityZone("us-east-1b").snapshotId(snapshotId));
        assertEquals(snapshotId, describe(ec2, copy).snapshotId());
        attach(ec2, copy, second, "/dev/sdf");
        Volume attached = describe(ec2, copy);
        assertEquals(10, attached.size());
        assertEquals(second, attached.attachments().get(0).instanceId());
        assertEquals("attached", attached.attachments().get(0).stateAsString());
    }

    @Test
    void dryRunChangesNothing() {
        Ec2Client ec2 = freshAccount();
        String instanceId = running(ec2, "t3.micro", "us-east-1a");
        String volumeId = gp3(ec2, "us-east-1a");
        assertEc2Error("DryRunOperation", 412, "Request would have succeeded",
                () -> ec2.attachVolume(AttachVolumeRequest.builder().volumeId(volumeId).instanceId(instanceId)
                        .device("/dev/sdf").dryRun(true).build()));
        assertEquals("available", describe(ec2, volumeId).stateAsString());
        attach(ec2, volumeId, instanceId, "/dev/sdf");
        assertEc2Error("DryRunOperation", 412, "Request would have succeeded",
                () -> detach(ec2, DetachVolumeRequest.builder().volumeId(volumeId).dryRun(true)));
        assertEquals("in-use", describe(ec2, volumeId).stateAsString());
        assertEc2Error("VolumeInUse", "is already attached",
                () -> ec2.attachVolume(AttachVolumeRequest.builder().volumeId(volumeId).instanceId(instanceId)
                        .device("/dev/sdg").dryRun(true).build()));
    }

    @Test
    void instanceStoreIsNotInTheEbsBlockDeviceMapping() {
        Ec2Client ec2 = freshAccount();
        assertTrue(InstanceTypeCatalog.standard().find("m5d.large").orElseThrow().instanceStorageSupported());
        String instanceId = running(ec2, "m5d.large", "us-east-1a");
        Instance i = instance(ec2, instanceId);
        assertEquals(1, i.blockDeviceMappings().size());
        assertEquals(i.rootDeviceName(), i.blockDeviceMappings().get(0).deviceName());
        String volumeId = gp3(ec2, "us-east-1a");
        assertEquals("attaching", attach(ec2, volumeId, instanceId, "/dev/sdb").stateAsString());
    }
}
