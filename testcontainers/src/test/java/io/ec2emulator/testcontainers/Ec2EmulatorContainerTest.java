package io.ec2emulator.testcontainers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the container is configured with before it starts; needs no container engine. */
class Ec2EmulatorContainerTest {

    @Test
    void exposesTheApiPortAndListensOnAllInterfaces() {
        try (Ec2EmulatorContainer emulator = new Ec2EmulatorContainer("localhost/ec2-emulator:test")) {
            assertEquals(List.of(4566, 2222), emulator.getExposedPorts());
            assertEquals("0.0.0.0", emulator.getEnvMap().get("EC2_EMULATOR_BIND"));
            assertEquals("4566", emulator.getEnvMap().get("EC2_EMULATOR_PORT"));
        }
    }

    @Test
    void credentialsAndRegionDefaultToTheDefaultAccountInUsEast1() {
        try (Ec2EmulatorContainer emulator = new Ec2EmulatorContainer("localhost/ec2-emulator:test")) {
            assertEquals("us-east-1", emulator.getRegion());
            assertEquals("test", emulator.getAccessKey());
            assertEquals("test", emulator.getSecretKey());
        }
    }

    @Test
    void anAccountIdBecomesTheAccessKey() {
        try (Ec2EmulatorContainer emulator = new Ec2EmulatorContainer("localhost/ec2-emulator:test")
                .withAccountId("123456789012").withRegion("eu-west-1")) {
            assertEquals("123456789012", emulator.getAccessKey());
            assertEquals("eu-west-1", emulator.getRegion());
            assertThrows(IllegalArgumentException.class, () -> emulator.withAccountId("12345"));
        }
    }

    @Test
    void instantTransitionsSetEveryDelayToZero() {
        try (Ec2EmulatorContainer emulator = new Ec2EmulatorContainer("localhost/ec2-emulator:test")
                .withInstantTransitions()) {
            for (String setting : List.of("BOOT_DELAY", "STOP_DELAY", "TERMINATE_DELAY", "STATUS_CHECK_DELAY",
                    "IMAGE_DELAY", "WINDOWS_PASSWORD_DELAY")) {
                assertEquals("0", emulator.getEnvMap().get("EC2_EMULATOR_" + setting), setting);
            }
        }
    }
}
