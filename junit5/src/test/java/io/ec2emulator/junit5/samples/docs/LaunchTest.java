package io.ec2emulator.junit5.samples.docs;

// Copied verbatim from docs/testing.md; DocExamplesTest runs it.
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ec2emulator.junit5.Ec2Emulator;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;

@Ec2Emulator
class LaunchTest {

    @Test
    void launchesAnInstance(Ec2Client ec2) {
        String image = ec2.describeImages(r -> r.owners("amazon").filters(Filter.builder()
                .name("name").values("al2023-ami-2023*-x86_64").build())).images().get(0).imageId();
        String id = ec2.runInstances(r -> r.imageId(image).instanceType("t3.micro").minCount(1).maxCount(1))
                .instances().get(0).instanceId();

        ec2.waiter().waitUntilInstanceRunning(r -> r.instanceIds(id));   // returns at the first poll

        assertEquals("running", ec2.describeInstances(r -> r.instanceIds(id))
                .reservations().get(0).instances().get(0).state().nameAsString());
    }
}
