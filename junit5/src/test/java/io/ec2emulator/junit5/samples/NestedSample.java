package io.ec2emulator.junit5.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ec2emulator.junit5.Ec2Emulator;
import io.ec2emulator.junit5.Ec2EmulatorHandle;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;

/** Nested classes share the outer class's emulator; instant transitions (the default) need no waiting. */
@Ec2Emulator
public class NestedSample {

    Ec2EmulatorHandle outer;

    @Test
    void outerTest() {
        Seen.add(outer.endpoint());
    }

    @Nested
    class Inner {
        Ec2EmulatorHandle inner;

        @Test
        @Timeout(10)
        void sameEmulatorAndWaitersSucceedAtOnce(Ec2Client ec2) {
            assertEquals(outer, inner);
            Seen.add(inner.endpoint());
            String image = ec2.describeImages(r -> r.owners("amazon").filters(Filter.builder().name("name")
                    .values("al2023-ami-2023*-x86_64").build())).images().get(0).imageId();
            String id = ec2.runInstances(r -> r.imageId(image).instanceType("t3.micro").minCount(1).maxCount(1))
                    .instances().get(0).instanceId();
            long started = System.nanoTime();
            ec2.waiter().waitUntilInstanceRunning(r -> r.instanceIds(id));
            Seen.add(Duration.ofNanos(System.nanoTime() - started));
        }
    }
}
