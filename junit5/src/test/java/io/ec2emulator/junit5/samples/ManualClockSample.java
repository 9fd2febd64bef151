package io.ec2emulator.junit5.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ec2emulator.junit5.Ec2Emulator;
import io.ec2emulator.junit5.Ec2EmulatorHandle;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;

/** Real delays on a clock the test moves: pending until a second has passed. */
@Ec2Emulator(instantTransitions = false, manualClock = true)
public class ManualClockSample {

    @Test
    void instanceRunsOnceTheBootDelayHasPassed(Ec2EmulatorHandle emulator, Ec2Client ec2) {
        String image = ec2.describeImages(r -> r.owners("amazon").filters(Filter.builder().name("name")
                .values("al2023-ami-2023*-x86_64").build())).images().get(0).imageId();
        String id = ec2.runInstances(r -> r.imageId(image).instanceType("t3.micro").minCount(1).maxCount(1))
                .instances().get(0).instanceId();
        assertEquals("pending", state(ec2, id));
        emulator.clock().advance(Duration.ofMillis(999));
        assertEquals("pending", state(ec2, id));
        emulator.clock().advance(Duration.ofMillis(1));
        assertEquals("running", state(ec2, id));
    }

    private static String state(Ec2Client ec2, String id) {
        return ec2.describeInstances(r -> r.instanceIds(id)).reservations().get(0).instances().get(0).state()
                .nameAsString();
    }
}
