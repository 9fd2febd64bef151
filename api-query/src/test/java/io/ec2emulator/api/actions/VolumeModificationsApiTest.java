package io.ec2emulator.api.actions;

import static io.ec2emulator.api.actions.Ec2Assertions.assertEc2Error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ec2emulator.api.TestServer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.CreateVolumeRequest;
import software.amazon.awssdk.services.ec2.model.DescribeVolumesModificationsResponse;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.ModifyVolumeRequest;
import software.amazon.awssdk.services.ec2.model.Volume;
import software.amazon.awssdk.services.ec2.model.VolumeModification;

/** ModifyVolume and DescribeVolumesModifications: target rules, states over time, the rate rule. */
class VolumeModificationsApiTest {

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

    private static Filter filter(String name, String... values) {
        return Filter.builder().name(name).values(values).build();
    }

    /** An available volume (the boot delay has passed). */
    private static String volume(Ec2Client ec2, Consumer<CreateVolumeRequest.Builder> r) {
        String id = ec2.createVolume(b -> {
            b.availabilityZone("us-east-1a");
            r.accept(b);
        }).volumeId();
        server.clock().advance(Duration.ofSeconds(1));
        return id;
    }

    private static VolumeModification modify(Ec2Client ec2, String volumeId, Consumer<ModifyVolumeRequest.Builder> r) {
        return ec2.modifyVolume(b -> {
            b.volumeId(volumeId);
            r.accept(b);
        }).volumeModification();
    }

    private static Volume describe(Ec2Client ec2, String volumeId) {
        return ec2.describeVolumes(r -> r.volumeIds(volumeId)).volumes().get(0);
    }

    private static VolumeModification modification(Ec2Client ec2, String volumeId) {
        return ec2.describeVolumesModifications(r -> r.volumeIds(volumeId)).volumesModifications().get(0);
    }

    /** Modifying 1 s (boot delay) plus optimizing 2 s (image delay). */
    private static void complete() {
        server.clock().advance(Duration.ofSeconds(3));
    }

    @Test
    void sizeGrowsAndTheVolumeShowsTheTargetAtOnce() {
        Ec2Client ec2 = freshAccount();
        String id = volume(ec2, r -> r.size(10));
        Instant start = server.clock().instant();
        VolumeModification m = modify(ec2, id, r -> r.size(50));
        assertEquals(id, m.volumeId());
        assertEquals("modifying", m.modificationStateAsString());
        assertEquals(0L, m.progress());
        assertEquals(start, m.startTime());
        assertNull(m.endTime());
        assertEquals(10, m.originalSize());
        assertEquals(100, m.originalIops());
        assertEquals("gp2", m.originalVolumeTypeAsString());
        assertFalse(m.originalMultiAttachEnabled());
        assertEquals(50, m.targetSize());
        assertEquals(150, m.targetIops());
        assertEquals("gp2", m.targetVolumeTypeAsString());
        assertNull(m.targetThroughput());
        Volume v = describe(ec2, id);
        assertEquals(50, v.size());
        assertEquals(150, v.iops());
        assertEquals("available", v.stateAsString());
    }

    @Test
    void sizeMayOnlyGrow() {
        Ec2Client ec2 = freshAccount();
        String id = volume(ec2, r -> r.size(10));
        assertEc2Error("InvalidParameterValue", "New size cannot be smaller than existing size",
                () -> modify(ec2, id, r -> r.size(9)));
        assertEquals(10, describe(ec2, id).size());
        assertEquals(10, modify(ec2, id, r -> r.size(10)).targetSize());
    }

    @Test
    void typeChangesDefaultIopsAndThroughput() {
        Ec2Client ec2 = freshAccount();
        String gp2 = volume(ec2, r -> r.size(100));
        VolumeModification toGp3 = modify(ec2, gp2, r -> r.volumeType("gp3"));
        assertEquals(3000, toGp3.targetIops());
        assertEquals(125, toGp3.targetThroughput());
        assertEquals("gp3", describe(ec2, gp2).volumeTypeAsString());
        assertEquals(125, describe(ec2, gp2).throughput());

        String io1Source = volume(ec2, r -> r.size(100));
        VolumeModification toIo1 = modify(ec2, io1Source, r -> r.volumeType("io1"));
        assertEquals(3000, toIo1.targetIops());
        assertNull(toIo1.targetThroughput());

        String gp3 = volume(ec2, r -> r.size(100).volumeType("gp3").iops(4000).throughput(500));
        VolumeModification grow = modify(ec2, gp3, r -> r.size(200));
        assertEquals(4000, grow.targetIops(), "same type keeps its IOPS");
        assertEquals(500, grow.targetThroughput(), "same type keeps its throughput");
        complete();
        VolumeModification toIo2 = modify(ec2, gp3, r -> r.volumeType("io2").iops(10_000));
        assertEquals(10_000, toIo2.targetIops());
        assertNull(toIo2.targetThroughput());
        assertEquals(500, toIo2.originalThroughput());
        complete();
        VolumeModification toSt1 = modify(ec2, gp3, r -> r.volumeType("st1"));
        assertNull(toSt1.targetIops());
        assertEquals("st1", describe(ec2, gp3).volumeTypeAsString());
    }

    @Test
    void theTargetIsCheckedWithTheVolumeRules() {
        Ec2Client ec2 = freshAccount();
        String id = volume(ec2, r -> r.size(20));
        assertEc2Error("InvalidParameterValue", "Iops to volume size ratio of 750.000000 is too high; maximum is 500",
                () -> modify(ec2, id, r -> r.volumeType("gp3").iops(15_000)));
        assertEc2Error("InvalidParameterCombination", "The parameter iops is not supported for gp2 volumes.",
                () -> modify(ec2, id, r -> r.iops(3000)));
        assertEc2Error("InvalidParameterCombination", "throughput can only be specified for volumeType gp3.",
                () -> modify(ec2, id, r -> r.volumeType("io2").iops(1000).throughput(200)));
        assertEc2Error("InvalidParameterValue", "Volume of 20GiB is too small for volume type st1; minimum is 125GiB",
                () -> modify(ec2, id, r -> r.volumeType("st1")));
        assertEc2Error("InvalidParameterValue", "Iops to volume size ratio of 150.000000 is too high; maximum is 50",
                () -> modify(ec2, id, r -> r.volumeType("io1")));
        assertEc2Error("InvalidParameterValue", "Value (gp9) for parameter volumeType is invalid.",
                () -> modify(ec2, id, r -> r.volumeType("gp9")));
        assertEc2Error("InvalidParameterCombination", "Multi-Attach is supported only for io1 and io2 volumes",
                () -> modify(ec2, id, r -> r.multiAttachEnabled(true)));
        assertEc2Error("MissingParameter", "size, volumeType, iops, throughput or multiAttachEnabled",
                () -> modify(ec2, id, r -> { }));
        assertEc2Error("InvalidVolume.NotFound", "vol-0123456789abcdef0",
                () -> modify(ec2, "vol-0123456789abcdef0", r -> r.size(30)));
        assertEc2Error("InvalidVolumeModification.NotFound", "Modification for volume '" + id + "' does not exist.",
                () -> modification(ec2, id));
        Volume unchanged = describe(ec2, id);
        assertEquals("gp2", unchanged.volumeTypeAsString());
        assertEquals(20, unchanged.size());
    }

    @Test
    void aCreatingVolumeCannotBeModified() {
        Ec2Client ec2 = freshAccount();
        String id = ec2.createVolume(r -> r.availabilityZone("us-east-1a").size(10)).volumeId();
        assertEc2Error("IncorrectState", "'creating'", () -> modify(ec2, id, r -> r.size(20)));
    }

    @Test
    void multiAttachTogglesOnlyWhileDetached() {
        Ec2Client ec2 = freshAccount();
        String io2 = volume(ec2, r -> r.size(10).volumeType("io2").iops(1000));
        VolumeModification enabled = modify(ec2, io2, r -> r.multiAttachEnabled(true));
        assertFalse(enabled.originalMultiAttachEnabled());
        assertTrue(enabled.targetMultiAttachEnabled());
        assertTrue(describe(ec2, io2).multiAttachEnabled());
        complete();
        assertEc2Error("InvalidParameterCombination", "the volume type gp3 does not support it",
                () -> modify(ec2, io2, r -> r.volumeType("gp3")));
        assertFalse(modify(ec2, io2, r -> r.multiAttachEnabled(false)).targetMultiAttachEnabled());

        String imageId = ec2.describeImages(r -> r.owners("amazon").filters(filter("name", "al2023-ami-2023.*-x86_64")))
                .images().get(0).imageId();
        String instance = ec2.runInstances(r -> r.imageId(imageId).instanceType("t3.micro").minCount(1).maxCount(1))
                .instances().get(0).instanceId();
        Volume root = ec2.describeVolumes(r -> r.filters(filter("attachment.instance-id", instance))).volumes().get(0);
        assertEc2Error("IncorrectState", "only while volume " + root.volumeId() + " is detached",
                () -> modify(ec2, root.volumeId(), r -> r.multiAttachEnabled(true)));
        VolumeModification grown = modify(ec2, root.volumeId(), r -> r.size(root.size() + 10));
        assertEquals(root.size() + 10, grown.targetSize());
        assertEquals("in-use", describe(ec2, root.volumeId()).stateAsString());
    }

    @Test
    void statesAdvanceWithTheClock() {
        Ec2Client ec2 = freshAccount();
        String id = volume(ec2, r -> r.size(10));
        Instant start = server.clock().instant();
        modify(ec2, id, r -> r.size(20));
        server.clock().advance(Duration.ofMillis(999));
        VolumeModification m = modification(ec2, id);
        assertEquals("modifying", m.modificationStateAsString());
        assertEquals(33L, m.progress());
        server.clock().advance(Duration.ofMillis(1));
        m = modification(ec2, id);
        assertEquals("optimizing", m.modificationStateAsString());
        assertEquals(33L, m.progress());
        assertNull(m.endTime());
        server.clock().advance(Duration.ofMillis(1500));
        assertEquals(83L, modification(ec2, id).progress());
        server.clock().advance(Duration.ofMillis(500));
        m = modification(ec2, id);
        assertEquals("completed", m.modificationStateAsString());
        assertEquals(100L, m.progress());
        assertEquals(start, m.startTime());
        assertEquals(start.plusSeconds(3), m.endTime());
        assertEquals(20, m.targetSize());
        assertEquals(10, m.originalSize());
    }

    @Test
    void thePreviousModificationMustBeCompletedAndAtMostFourPerDay() {
        Ec2Client ec2 = freshAccount();
        String id = volume(ec2, r -> r.size(10));
        Instant first = server.clock().instant();
        modify(ec2, id, r -> r.size(11));
        assertEc2Error("VolumeModificationRateExceeded", "still modifying",
                () -> modify(ec2, id, r -> r.size(12)));
        server.clock().advance(Duration.ofSeconds(1));
        assertEc2Error("VolumeModificationRateExceeded", "still optimizing",
                () -> modify(ec2, id, r -> r.size(12)));
        server.clock().advance(Duration.ofSeconds(2));
        for (int size = 12; size <= 14; size++) {
            int target = size;
            assertEquals(target, modify(ec2, id, r -> r.size(target)).targetSize());
            complete();
        }
        Instant next = first.plus(Duration.ofHours(24));
        assertEc2Error("VolumeModificationRateExceeded",
                "limit of 4 modifications in 24 hours. You can modify volume " + id + " again from " + next + ".",
                () -> modify(ec2, id, r -> r.size(15)));
        assertEquals(14, describe(ec2, id).size());
        server.clock().advance(Duration.between(server.clock().instant(), next).minusMillis(1));
        assertEc2Error("VolumeModificationRateExceeded", "again from " + next,
                () -> modify(ec2, id, r -> r.size(15)));
        server.clock().advance(Duration.ofMillis(1));
        assertEquals(15, modify(ec2, id, r -> r.size(15)).targetSize());
    }

    @Test
    void dryRunChecksAndChangesNothing() {
        Ec2Client ec2 = freshAccount();
        String id = volume(ec2, r -> r.size(10));
        assertEc2Error("DryRunOperation", 412, "Request would have succeeded, but DryRun flag is set.",
                () -> modify(ec2, id, r -> r.size(20).dryRun(true)));
        assertEc2Error("InvalidParameterValue", "New size cannot be smaller than existing size",
                () -> modify(ec2, id, r -> r.size(5).dryRun(true)));
        assertEquals(10, describe(ec2, id).size());
        assertEc2Error("InvalidVolumeModification.NotFound", id, () -> modification(ec2, id));
        assertEc2Error("DryRunOperation", 412, "DryRun flag is set",
                () -> ec2.describeVolumesModifications(r -> r.dryRun(true)));
        assertEquals(20, modify(ec2, id, r -> r.size(20)).targetSize());
        assertEquals("modifying", modification(ec2, id).modificationStateAsString());
    }

    @Test
    void describeFiltersAndPages() {
        Ec2Client ec2 = freshAccount();
        String a = volume(ec2, r -> r.size(10));
        String b = volume(ec2, r -> r.size(10).volumeType("gp3"));
        String c = volume(ec2, r -> r.size(200).volumeType("st1"));
        String untouched = volume(ec2, r -> r.size(10));
        modify(ec2, a, r -> r.size(30));
        modify(ec2, b, r -> r.iops(4000).throughput(250));
        complete();
        modify(ec2, c, r -> r.volumeType("gp3"));
        List<VolumeModification> all = ec2.describeVolumesModifications(r -> { }).volumesModifications();
        assertEquals(Set.of(a, b, c), ids(all));
        assertEquals(Set.of(a, b), ids(describe(ec2, filter("modification-state", "completed"))));
        assertEquals(Set.of(c), ids(describe(ec2, filter("modification-state", "modifying"))));
        assertEquals(Set.of(a), ids(describe(ec2, filter("target-size", "30"))));
        assertEquals(Set.of(a, b), ids(describe(ec2, filter("original-size", "10"))));
        assertEquals(Set.of(b), ids(describe(ec2, filter("original-iops", "3000"))));
        assertEquals(Set.of(b), ids(describe(ec2, filter("target-iops", "4000"))));
        assertEquals(Set.of(b), ids(describe(ec2, filter("target-throughput", "250"))));
        assertEquals(Set.of(c), ids(describe(ec2, filter("original-volume-type", "st1"))));
        assertEquals(Set.of(b, c), ids(describe(ec2, filter("target-volume-type", "gp3"))));
        assertEquals(Set.of(a, b, c), ids(describe(ec2, filter("target-multi-attach-enabled", "false"))));
        assertEquals(Set.of(a, b, c), ids(describe(ec2, filter("original-multi-attach-enabled", "false"))));
        assertEquals(Set.of(b), ids(describe(ec2, filter("volume-id", b))));
        assertEquals(Set.of(a, b), ids(describe(ec2, filter("start-time", all.stream()
                .filter(m -> m.volumeId().equals(a)).findFirst().orElseThrow().startTime().toString()))));
        assertEc2Error("InvalidParameterValue", "no-such-filter",
                () -> describe(ec2, filter("no-such-filter", "x")));
        assertEc2Error("InvalidVolumeModification.NotFound", untouched,
                () -> ec2.describeVolumesModifications(r -> r.volumeIds(a, untouched)));
        assertEc2Error("InvalidVolume.NotFound", "vol-0123456789abcdef0",
                () -> ec2.describeVolumesModifications(r -> r.volumeIds("vol-0123456789abcdef0")));

        for (int i = 0; i < 3; i++) {
            modify(ec2, volume(ec2, r -> r.size(10)), r -> r.size(11));
        }
        Set<String> paged = new HashSet<>();
        String token = null;
        int pages = 0;
        do {
            String current = token;
            DescribeVolumesModificationsResponse page = ec2.describeVolumesModifications(
                    r -> r.maxResults(5).nextToken(current));
            assertTrue(page.volumesModifications().size() <= 5);
            page.volumesModifications().forEach(m -> paged.add(m.volumeId()));
            token = page.nextToken();
            pages++;
        } while (token != null);
        assertEquals(6, paged.size());
        assertEquals(2, pages);
        assertEc2Error("InvalidParameterValue", "maxResults", () -> ec2.describeVolumesModifications(r -> r.maxResults(4)));

        ec2.deleteVolume(r -> r.volumeId(a));
        assertFalse(ids(ec2.describeVolumesModifications(r -> { }).volumesModifications()).contains(a));
        assertNotNull(modification(ec2, b));
    }

    private static List<VolumeModification> describe(Ec2Client ec2, Filter filter) {
        return ec2.describeVolumesModifications(r -> r.filters(filter)).volumesModifications();
    }

    private static Set<String> ids(List<VolumeModification> modifications) {
        Set<String> ids = new HashSet<>();
        modifications.forEach(m -> ids.add(m.volumeId()));
        return ids;
    }
}
