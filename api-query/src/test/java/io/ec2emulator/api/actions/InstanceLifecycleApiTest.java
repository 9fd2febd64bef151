package io.ec2emulator.api.actions;

import static io.ec2emulator.api.actions.Ec2Assertions.assertEc2Error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ec2emulator.api.TestServer;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.core.waiters.WaiterResponse;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.DescribeInstancesResponse;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceStateChange;
import software.amazon.awssdk.services.ec2.model.Placement;
import software.amazon.awssdk.services.ec2.model.RunInstancesRequest;
import software.amazon.awssdk.services.ec2.waiters.Ec2Waiter;

/**
 * StartInstances, StopInstances, RebootInstances and TerminateInstances, and the transitions EC2 makes on its own
 * as time passes (the test's clock: boot, stop and terminate take one second each).
 */
class InstanceLifecycleApiTest {

    private static final Duration SECOND = Duration.ofSeconds(1);

    private static TestServer server;
    private static Ec2Client ec2;

    @BeforeAll
    static void start() {
        server = new TestServer();
        ec2 = server.client();
    }

    @AfterAll
    static void stop() {
        ec2.close();
        server.close();
    }

    @BeforeEach
    void reset() {
        server.emulator().reset();
    }

    // ---------------------------------------------------------------- helpers

    private static Filter filter(String name, String... values) {
        return Filter.builder().name(name).values(values).build();
    }

    private static String imageId(String namePattern) {
        return ec2.describeImages(r -> r.owners("amazon").filters(filter("name", namePattern))).images().get(0).imageId();
    }

    private static String instanceStoreImageId() {
        return ec2.describeImages(r -> r.owners("amazon").includeDeprecated(true)
                .filters(filter("root-device-type", "instance-store"))).images().get(0).imageId();
    }

    private static List<Instance> run(Consumer<RunInstancesRequest.Builder> extra) {
        String image = imageId("al2023-ami-2023.*-x86_64");
        return ec2.runInstances(r -> {
            r.imageId(image).instanceType("t3.micro").minCount(1).maxCount(1);
            extra.accept(r);
        }).instances();
    }

    private static String runOne() {
        return run(r -> { }).get(0).instanceId();
    }

    /** Launches and lets the instance boot. */
    private static String running() {
        String id = runOne();
        advance(SECOND);
        assertEquals("running", state(id));
        return id;
    }

    private static void advance(Duration duration) {
        server.clock().advance(duration);
    }

    private static Instance describe(String id) {
        return ec2.describeInstances(r -> r.instanceIds(id)).reservations().get(0).instances().get(0);
    }

    private static String state(String id) {
        return describe(id).state().nameAsString();
    }

    private static Map<String, String> states(String... ids) {
        return ec2.describeInstances(r -> r.instanceIds(ids)).reservations().stream()
                .flatMap(r -> r.instances().stream())
                .collect(Collectors.toMap(Instance::instanceId, i -> i.state().nameAsString()));
    }

    private static void assertChange(InstanceStateChange change, String id, int previousCode, String previous,
                                     int currentCode, String current) {
        assertEquals(id, change.instanceId());
        assertEquals(previousCode, change.previousState().code());
        assertEquals(previous, change.previousState().nameAsString());
        assertEquals(currentCode, change.currentState().code());
        assertEquals(current, change.currentState().nameAsString());
    }

    private static int freeAddresses(String subnetId) {
        return ec2.describeSubnets(r -> r.subnetIds(subnetId)).subnets().get(0).availableIpAddressCount();
    }

    // ---------------------------------------------------------------- pending → running

    @Test
    void pendingBecomesRunningOnceTheBootTimeHasPassed() {
        String id = runOne();
        assertEquals("pending", state(id));
        assertEquals(0, describe(id).state().code());
        advance(Duration.ofMillis(999));
        assertEquals("pending", state(id));
        advance(Duration.ofMillis(1));
        Instance instance = describe(id);
        assertEquals("running", instance.state().nameAsString());
        assertEquals(16, instance.state().code());
        assertEquals(List.of(id), ec2.describeInstances(r -> r.filters(filter("instance-state-name", "running")))
                .reservations().get(0).instances().stream().map(Instance::instanceId).toList());
    }

    @Test
    void instanceRunningWaiterReturnsOnceTheClockHasMoved() throws InterruptedException {
        String id = runOne();
        assertEquals("pending", state(id));
        Thread ticker = new Thread(() -> {
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            advance(SECOND);
        });
        ticker.start();
        try (Ec2Waiter waiter = Ec2Waiter.builder().client(ec2).overrideConfiguration(WaiterOverrideConfiguration.builder()
                .maxAttempts(100).backoffStrategyV2(BackoffStrategy.fixedDelayWithoutJitter(Duration.ofMillis(50)))
                .build()).build()) {
            WaiterResponse<DescribeInstancesResponse> response = waiter.waitUntilInstanceRunning(r -> r.instanceIds(id));
            DescribeInstancesResponse matched = response.matched().response().orElseThrow();
            assertEquals("running", matched.reservations().get(0).instances().get(0).state().nameAsString());
        } finally {
            ticker.join();
        }
    }

    // ---------------------------------------------------------------- stop / start

    @Test
    void stopAndStartKeepThePrivateAddressAndReplaceThePublicOne() {
        String id = running();
        Instance before = describe(id);
        assertNotNull(before.publicIpAddress());

        List<InstanceStateChange> stopping = ec2.stopInstances(r -> r.instanceIds(id)).stoppingInstances();
        assertEquals(1, stopping.size());
        assertChange(stopping.get(0), id, 16, "running", 64, "stopping");
        Instance halfway = describe(id);
        assertEquals("stopping", halfway.state().nameAsString());
        assertEquals("Client.UserInitiatedShutdown", halfway.stateReason().code());
        assertEquals("Client.UserInitiatedShutdown: User initiated shutdown", halfway.stateReason().message());
        assertEquals("User initiated (" + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'GMT'")
                .withZone(ZoneOffset.UTC).format(server.clock().instant()) + ")", halfway.stateTransitionReason());

        advance(SECOND);
        Instance stopped = describe(id);
        assertEquals("stopped", stopped.state().nameAsString());
        assertEquals(80, stopped.state().code());
        assertNull(stopped.publicIpAddress());
        assertEquals("", stopped.publicDnsName());
        assertEquals(before.privateIpAddress(), stopped.privateIpAddress());
        assertEquals(before.privateDnsName(), stopped.privateDnsName());
        // The root volume stays attached while the instance is stopped.
        String volumeId = before.blockDeviceMappings().get(0).ebs().volumeId();
        assertEquals("in-use", ec2.describeVolumes(r -> r.volumeIds(volumeId)).volumes().get(0).stateAsString());
        // Stopping again is harmless.
        assertChange(ec2.stopInstances(r -> r.instanceIds(id)).stoppingInstances().get(0), id, 80, "stopped", 80, "stopped");

        List<InstanceStateChange> starting = ec2.startInstances(r -> r.instanceIds(id)).startingInstances();
        assertChange(starting.get(0), id, 80, "stopped", 0, "pending");
        Instance restarted = describe(id);
        assertEquals("pending", restarted.state().nameAsString());
        assertNotNull(restarted.publicIpAddress());
        assertNotEquals(before.publicIpAddress(), restarted.publicIpAddress());
        assertEquals("ec2-" + restarted.publicIpAddress().replace('.', '-') + ".compute-1.amazonaws.com",
                restarted.publicDnsName());
        assertEquals(before.privateIpAddress(), restarted.privateIpAddress());
        advance(SECOND);
        Instance runningAgain = describe(id);
        assertEquals("running", runningAgain.state().nameAsString());
        assertEquals(restarted.publicIpAddress(), runningAgain.publicIpAddress());
        assertEquals(volumeId, runningAgain.blockDeviceMappings().get(0).ebs().volumeId());
        assertEquals(List.of(id), ec2.describeInstances(r -> r.filters(filter("ip-address", restarted.publicIpAddress())))
                .reservations().get(0).instances().stream().map(Instance::instanceId).toList());
        assertEquals(List.of(), ec2.describeInstances(r -> r.filters(filter("ip-address", before.publicIpAddress())))
                .reservations());
    }

    @Test
    void launchTimeIsTheLastStart() {
        Instant launched = server.clock().instant();
        String id = running();
        ec2.stopInstances(r -> r.instanceIds(id));
        advance(Duration.ofMinutes(10));
        Instant started = server.clock().instant();
        ec2.startInstances(r -> r.instanceIds(id));
        advance(SECOND);
        Instance instance = describe(id);
        assertEquals(started, instance.launchTime());
        assertEquals(launched, instance.networkInterfaces().get(0).attachment().attachTime());
    }

    @Test
    void startingARunningInstanceChangesNothing() {
        String id = running();
        assertChange(ec2.startInstances(r -> r.instanceIds(id)).startingInstances().get(0), id, 16, "running", 16, "running");
        assertEquals("running", state(id));
    }

    @Test
    void startingAStoppingOrTerminatedInstanceIsIncorrectState() {
        String stopping = running();
        ec2.stopInstances(r -> r.instanceIds(stopping));
        assertEc2Error("IncorrectInstanceState", "The instance '" + stopping + "' is not in a state from which it can be started.",
                () -> ec2.startInstances(r -> r.instanceIds(stopping)));

        String gone = running();
        ec2.terminateInstances(r -> r.instanceIds(gone));
        advance(SECOND);
        assertEquals("terminated", state(gone));
        assertEc2Error("IncorrectInstanceState", "The instance '" + gone + "' is not in a state from which it can be started.",
                () -> ec2.startInstances(r -> r.instanceIds(gone)));
        assertEc2Error("IncorrectInstanceState", gone, () -> ec2.stopInstances(r -> r.instanceIds(gone)));
        assertEquals("terminated", state(gone));
    }

    @Test
    void stoppingAnInstanceThatNeverRanIsIncorrectState() {
        String id = runOne();
        assertEc2Error("IncorrectInstanceState",
                "Instance '" + id + "' cannot be stopped as it has never reached the 'running' state.",
                () -> ec2.stopInstances(r -> r.instanceIds(id)));
        assertEquals("pending", state(id));
    }

    // ---------------------------------------------------------------- terminate

    @Test
    void terminateIsIdempotentAndTheInstanceStaysVisibleForAnHour() {
        String id = running();
        Instance before = describe(id);
        String subnetId = before.subnetId();
        String volumeId = before.blockDeviceMappings().get(0).ebs().volumeId();
        int freeWhileRunning = freeAddresses(subnetId);

        assertChange(ec2.terminateInstances(r -> r.instanceIds(id)).terminatingInstances().get(0),
                id, 16, "running", 32, "shutting-down");
        assertEquals("shutting-down", state(id));
        assertChange(ec2.terminateInstances(r -> r.instanceIds(id)).terminatingInstances().get(0),
                id, 32, "shutting-down", 32, "shutting-down");

        advance(SECOND);
        Instance terminated = describe(id);
        assertEquals("terminated", terminated.state().nameAsString());
        assertEquals(48, terminated.state().code());
        assertNull(terminated.privateIpAddress());
        assertNull(terminated.publicIpAddress());
        assertEquals("", terminated.publicDnsName());
        assertEquals(List.of(), terminated.blockDeviceMappings());
        assertEquals("Client.UserInitiatedShutdown", terminated.stateReason().code());
        assertChange(ec2.terminateInstances(r -> r.instanceIds(id)).terminatingInstances().get(0),
                id, 48, "terminated", 48, "terminated");

        // The private address goes back to the subnet, the root volume (DeleteOnTermination) is deleted.
        assertEquals(freeWhileRunning + 1, freeAddresses(subnetId));
        assertEc2Error("InvalidVolume.NotFound", volumeId, () -> ec2.describeVolumes(r -> r.volumeIds(volumeId)));
        assertEquals(List.of(), ec2.describeVolumes().volumes());

        // Rebooting a terminated instance is ignored.
        ec2.rebootInstances(r -> r.instanceIds(id));
        assertEquals("terminated", state(id));

        advance(Duration.ofMinutes(59));
        assertEquals("terminated", state(id));
        assertEquals(List.of(id), ec2.describeInstances(r -> r.filters(filter("instance-state-name", "terminated")))
                .reservations().get(0).instances().stream().map(Instance::instanceId).toList());
        advance(Duration.ofMinutes(1));
        assertEquals(List.of(), ec2.describeInstances().reservations());
        assertEc2Error("InvalidInstanceID.NotFound", "The instance ID '" + id + "' does not exist",
                () -> ec2.describeInstances(r -> r.instanceIds(id)));
    }

    @Test
    void terminationProtectionRefusesAndTheInstanceKeepsRunning() {
        String id = run(r -> r.disableApiTermination(true)).get(0).instanceId();
        advance(SECOND);
        assertEc2Error("OperationNotPermitted", "The instance '" + id + "' may not be terminated. Modify its"
                        + " 'disableApiTermination' instance attribute and try again.",
                () -> ec2.terminateInstances(r -> r.instanceIds(id)));
        assertEquals("running", state(id));
        // Stopping is still allowed.
        ec2.stopInstances(r -> r.instanceIds(id));
        assertEquals("stopping", state(id));
    }

    @Test
    void stopProtectionRefusesStopButNotTerminate() {
        String id = run(r -> r.disableApiStop(true)).get(0).instanceId();
        advance(SECOND);
        assertEc2Error("OperationNotPermitted", "The instance '" + id + "' may not be stopped. Modify its"
                        + " 'disableApiStop' instance attribute and try again.",
                () -> ec2.stopInstances(r -> r.instanceIds(id)));
        assertEquals("running", state(id));
        ec2.terminateInstances(r -> r.instanceIds(id));
        assertEquals("shutting-down", state(id));
    }

    @Test
    void protectedInstanceInTheSameZoneBlocksTheOthersToo() {
        String protectedId = run(r -> r.disableApiTermination(true)
                .placement(Placement.builder().availabilityZone("us-east-1a").build())).get(0).instanceId();
        String neighbour = run(r -> r.placement(Placement.builder().availabilityZone("us-east-1a").build()))
                .get(0).instanceId();
        advance(SECOND);
        assertEc2Error("OperationNotPermitted", protectedId,
                () -> ec2.terminateInstances(r -> r.instanceIds(neighbour, protectedId)));
        assertEquals(Map.of(protectedId, "running", neighbour, "running"), states(protectedId, neighbour));
    }

    @Test
    void terminationProtectionSparesOnlyTheProtectedInstancesZone() {
        String protectedId = run(r -> r.disableApiTermination(true)
                .placement(Placement.builder().availabilityZone("us-east-1a").build())).get(0).instanceId();
        String sameZone = run(r -> r.placement(Placement.builder().availabilityZone("us-east-1a").build()))
                .get(0).instanceId();
        String otherZone = run(r -> r.placement(Placement.builder().availabilityZone("us-east-1b").build()))
                .get(0).instanceId();
        advance(SECOND);
        assertEc2Error("OperationNotPermitted", protectedId,
                () -> ec2.terminateInstances(r -> r.instanceIds(protectedId, sameZone, otherZone)));
        assertEquals(Map.of(protectedId, "running", sameZone, "running", otherZone, "shutting-down"),
                states(protectedId, sameZone, otherZone));
    }

    // ---------------------------------------------------------------- all or nothing, ids

    @Test
    void aMissingIdAmongGoodOnesChangesNothing() {
        String first = running();
        String second = running();
        String missing = "i-0123456789abcdef0";
        String alsoMissing = "i-0123456789abcdef1";
        Map<String, String> before = states(first, second);

        assertEc2Error("InvalidInstanceID.NotFound", "The instance ID '" + missing + "' does not exist",
                () -> ec2.stopInstances(r -> r.instanceIds(first, missing, second)));
        assertEc2Error("InvalidInstanceID.NotFound", "The instance ID '" + missing + "' does not exist",
                () -> ec2.terminateInstances(r -> r.instanceIds(first, second, missing)));
        assertEc2Error("InvalidInstanceID.NotFound", missing,
                () -> ec2.rebootInstances(r -> r.instanceIds(missing, first)));
        var both = assertEc2Error("InvalidInstanceID.NotFound", missing,
                () -> ec2.terminateInstances(r -> r.instanceIds(first, missing, alsoMissing)));
        assertTrue(both.awsErrorDetails().errorMessage().contains(alsoMissing), both.awsErrorDetails().errorMessage());
        assertEquals(before, states(first, second));

        ec2.stopInstances(r -> r.instanceIds(first));
        advance(SECOND);
        assertEc2Error("InvalidInstanceID.NotFound", missing,
                () -> ec2.startInstances(r -> r.instanceIds(first, missing)));
        assertEquals("stopped", state(first));
    }

    @Test
    void malformedIdsAreRefused() {
        String good = running();
        assertEc2Error("InvalidInstanceID.Malformed", "Invalid id: \"i-xyz\"",
                () -> ec2.stopInstances(r -> r.instanceIds(good, "i-xyz")));
        assertEc2Error("InvalidInstanceID.Malformed", "Invalid id: \"vol-0123456789abcdef0\"",
                () -> ec2.terminateInstances(r -> r.instanceIds("vol-0123456789abcdef0")));
        assertEc2Error("InvalidInstanceID.Malformed", "i-12", () -> ec2.startInstances(r -> r.instanceIds("i-12")));
        assertEquals("running", state(good));
    }

    // ---------------------------------------------------------------- reboot, dry run

    @Test
    void rebootKeepsAddressesAndState() {
        String id = running();
        Instance before = describe(id);
        ec2.rebootInstances(r -> r.instanceIds(id));
        advance(Duration.ofSeconds(5));
        Instance after = describe(id);
        assertEquals("running", after.state().nameAsString());
        assertEquals(before.privateIpAddress(), after.privateIpAddress());
        assertEquals(before.publicIpAddress(), after.publicIpAddress());
        assertEquals(before.publicDnsName(), after.publicDnsName());
        assertEquals(before.launchTime(), after.launchTime());
    }

    @Test
    void dryRunOfLifecycleCallsChangesNothing() {
        String id = running();
        assertEc2Error("DryRunOperation", 412, "Request would have succeeded, but DryRun flag is set.",
                () -> ec2.stopInstances(r -> r.instanceIds(id).dryRun(true)));
        assertEc2Error("DryRunOperation", 412, "Request would have succeeded",
                () -> ec2.terminateInstances(r -> r.instanceIds(id).dryRun(true)));
        assertEc2Error("DryRunOperation", 412, "Request would have succeeded",
                () -> ec2.rebootInstances(r -> r.instanceIds(id).dryRun(true)));
        assertEquals("running", state(id));
        // The checks still come first.
        assertEc2Error("InvalidInstanceID.NotFound", "i-0123456789abcdef0",
                () -> ec2.terminateInstances(r -> r.instanceIds("i-0123456789abcdef0").dryRun(true)));
    }

    // ---------------------------------------------------------------- shutdown behaviour, instance store

    @Test
    void shutdownBehaviourIsStopOrTerminate() {
        String id = run(r -> r.instanceInitiatedShutdownBehavior("terminate")).get(0).instanceId();
        assertEquals("pending", state(id));
        assertEc2Error("InvalidParameterValue", "instanceInitiatedShutdownBehavior",
                () -> run(r -> r.instanceInitiatedShutdownBehavior("hibernate")));
        assertEquals(1, ec2.describeInstances().reservations().size());
    }

    @Test
    void shutdownBehaviourOnAnInstanceStoreAmiIsRefused() {
        String image = instanceStoreImageId();
        assertEc2Error("InvalidParameterCombination",
                "The attribute instanceInitiatedShutdownBehavior can only be used for elastic images.",
                () -> ec2.runInstances(r -> r.imageId(image).instanceType("m3.medium").minCount(1).maxCount(1)
                        .instanceInitiatedShutdownBehavior("stop")));
        assertEquals(List.of(), ec2.describeInstances().reservations());
    }

    @Test
    void instanceStoreBackedInstancesCannotBeStopped() {
        String image = instanceStoreImageId();
        String id = ec2.runInstances(r -> r.imageId(image).instanceType("m3.medium").minCount(1).maxCount(1))
                .instances().get(0).instanceId();
        advance(SECOND);
        assertEquals("instance-store", describe(id).rootDeviceTypeAsString());
        assertEc2Error("UnsupportedOperation",
                "The instance '" + id + "' does not have an 'ebs' root device type and cannot be stopped.",
                () -> ec2.stopInstances(r -> r.instanceIds(id)));
        assertEquals("running", state(id));
        ec2.terminateInstances(r -> r.instanceIds(id));
        assertEquals("shutting-down", state(id));
    }
}
