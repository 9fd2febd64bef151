package io.ec2emulator.junit5.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ec2emulator.junit5.MeasurementClients;
import java.net.URI;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;

/**
 * {@link FirstCallSample} without the extension: the test builds its own client, with the same options
 * as the injected one, for an emulator that already runs in another process (as a container or a
 * shared server would), and makes the same call. What the SDK costs any test, whatever it calls.
 */
public class HandBuiltClientSample {

    /** The system property that holds the running emulator's endpoint. */
    public static final String ENDPOINT_PROPERTY = "ec2emulator.measurement.endpoint";

    @Test
    void oneCall() {
        try (Ec2Client ec2 = MeasurementClients.client(URI.create(System.getProperty(ENDPOINT_PROPERTY)))) {
            assertEquals("us-east-1",
                    ec2.describeRegions(r -> r.regionNames("us-east-1")).regions().get(0).regionName());
        }
    }
}
