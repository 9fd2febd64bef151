package io.ec2emulator.junit5;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;

/** For the start-up measurements: a client built exactly as the extension builds the injected one. */
public final class MeasurementClients {

    private MeasurementClients() {
    }

    /** An {@link Ec2Client} for {@code endpoint}, us-east-1, the default account, over {@link LoopbackConnections}. */
    public static Ec2Client client(URI endpoint) {
        return Ec2Client.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create("000000000000", Ec2EmulatorHandle.SECRET_ACCESS_KEY)))
                .httpClient(LoopbackConnections.httpClient())
                .build();
    }
}
