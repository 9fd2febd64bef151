package io.ec2emulator.junit5;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** The examples of docs/testing.md (copied into {@code samples.docs}) compile and pass. */
class DocExamplesTest {

    @ParameterizedTest
    @ValueSource(strings = {"LaunchTest", "InjectionTest", "IsolatedTest", "ResetTest", "BootTest"})
    void examplePasses(String name) throws ClassNotFoundException {
        Class<?> example = Class.forName("io.ec2emulator.junit5.samples.docs." + name);
        EngineExecutionResults results = EngineTestKit.engine("junit-jupiter").selectors(selectClass(example)).execute();
        results.allEvents().failed().stream().forEach(failure -> failure.getPayload(TestExecutionResult.class)
                .flatMap(TestExecutionResult::getThrowable).ifPresent(Throwable::printStackTrace));
        results.allEvents().assertStatistics(stats -> stats.failed(0));
        results.testEvents().assertStatistics(stats -> stats.failed(0).succeeded(name.equals("LaunchTest")
                || name.equals("InjectionTest") || name.equals("BootTest") ? 1 : 2));
    }
}
