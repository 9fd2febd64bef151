package io.ec2emulator.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.ec2emulator.junit5.samples.ManualClockSample;
import io.ec2emulator.junit5.samples.NestedSample;
import io.ec2emulator.junit5.samples.PerClassSample;
import io.ec2emulator.junit5.samples.PerMethodInBeforeAllSample;
import io.ec2emulator.junit5.samples.PerMethodSample;
import io.ec2emulator.junit5.samples.ResetSample;
import io.ec2emulator.junit5.samples.Seen;
import io.ec2emulator.junit5.samples.SystemClockSample;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Vpc;

/**
 * Runs the sample test classes (in {@code samples}, which Surefire leaves alone) on the Jupiter engine
 * with EngineTestKit, and checks what they saw: injection, sharing, reset, lifecycles, the clock, and
 * that every emulator is stopped afterwards.
 */
class Ec2EmulatorExtensionTest {

    @BeforeEach
    void forget() {
        Seen.clear();
    }

    @Test
    void perClassInjectsOneEmulatorEverywhereAndStopsItAfterTheClass() {
        Events tests = run(PerClassSample.class);
        tests.assertStatistics(stats -> stats.started(2).succeeded(2).failed(0));
        assertEquals(3, Seen.VALUES.size());
        assertEquals(1, new HashSet<>(Seen.VALUES).size(), Seen.VALUES.toString());
        assertStopped((URI) Seen.VALUES.get(0));
    }

    @Test
    void resetBetweenTestsStartsEveryTestEmpty() {
        run(ResetSample.class).assertStatistics(stats -> stats.started(2).succeeded(2).failed(0));
    }

    @Test
    void perMethodStartsAndStopsAnEmulatorForEveryTest() {
        run(PerMethodSample.class).assertStatistics(stats -> stats.started(3).succeeded(3).failed(0));
        assertEquals(3, new HashSet<>(Seen.VALUES).size(), Seen.VALUES.toString());
        for (Object endpoint : Seen.VALUES) {
            assertStopped((URI) endpoint);
        }
    }

    @Test
    void perMethodCannotBeInjectedIntoBeforeAll() {
        execute(PerMethodInBeforeAllSample.class).containerEvents().assertThatEvents().haveExactly(1, event(container(
                PerMethodInBeforeAllSample.class), finishedWithFailure(instanceOf(ParameterResolutionException.class),
                message(m -> m.contains("lifecycle = PER_CLASS")))));
    }

    @Test
    void manualClockDrivesTimedTransitions() {
        run(ManualClockSample.class).assertStatistics(stats -> stats.started(1).succeeded(1).failed(0));
    }

    @Test
    void nestedClassesShareTheOuterEmulatorAndWaitersReturnAtOnce() {
        run(NestedSample.class).assertStatistics(stats -> stats.started(2).succeeded(2).failed(0));
        List<Object> seen = Seen.VALUES;
        assertEquals(seen.get(0), seen.get(1));
        Duration waited = assertInstanceOf(Duration.class, seen.get(2));
        assertTrue(waited.toMillis() < 5_000, "the waiter took " + waited);
    }

    @Test
    void theExtensionWithoutTheAnnotationUsesTheDefaults() {
        run(SystemClockSample.class).assertStatistics(stats -> stats.started(1).succeeded(1).failed(0));
    }

    @Test
    void aStoppedHandleRefusesConnections() {
        Ec2EmulatorHandle handle = Ec2EmulatorHandle.start("us-east-1", "000000000000", true, false);
        assertEquals(1, handle.client().describeRegions(r -> r.regionNames("us-east-1")).regions().size());
        handle.stop();
        assertStopped(handle.endpoint());
        assertNotEquals(0, handle.endpoint().getPort());
    }

    /**
     * The extension's server uses unpooled buffers (ServerOptions.pooledBuffers): a body of ~200 KB
     * arrives in many reads and must be aggregated whole (the filter value that matches comes last).
     */
    @Test
    void aLargeRequestBodyArrivesWhole() {
        Ec2EmulatorHandle handle = Ec2EmulatorHandle.start("us-east-1", "000000000000", true, false);
        try {
            String defaultVpc = handle.client().describeVpcs().vpcs().get(0).vpcId();
            List<String> values = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                values.add("vpc-" + i + "x".repeat(200));
            }
            values.add(defaultVpc);
            Filter byId = Filter.builder().name("vpc-id").values(values).build();
            assertEquals(List.of(defaultVpc), handle.client().describeVpcs(r -> r.filters(byId)).vpcs().stream()
                    .map(Vpc::vpcId).toList());
        } finally {
            handle.stop();
        }
    }

    @Test
    void anAccountIdThatIsNotTwelveDigitsIsRefused() {
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> Ec2EmulatorHandle.start("us-east-1", "test", true, false)).getMessage().contains("12-digit"));
    }

    /** Runs {@code sample} and returns its test events; failures' stack traces are printed for diagnosis. */
    private static Events run(Class<?> sample) {
        return execute(sample).testEvents();
    }

    private static EngineExecutionResults execute(Class<?> sample) {
        EngineExecutionResults results = EngineTestKit.engine("junit-jupiter").selectors(selectClass(sample)).execute();
        results.allEvents().failed().stream().forEach(failure -> failure.getPayload(TestExecutionResult.class)
                .flatMap(TestExecutionResult::getThrowable).ifPresent(Throwable::printStackTrace));
        return results;
    }

    private static void assertStopped(URI endpoint) {
        assertThrows(ConnectException.class, () -> new Socket(endpoint.getHost(), endpoint.getPort()).close(),
                "still listening at " + endpoint);
    }
}
