package io.ec2emulator.api;

import io.ec2emulator.api.actions.StandardActions;
import io.ec2emulator.api.http.Ec2HttpServer;
import io.ec2emulator.api.http.ServerOptions;
import io.ec2emulator.core.Emulator;
import io.ec2emulator.core.EmulatorSettings;
import io.ec2emulator.core.ManualClock;
import java.net.URI;
import java.time.Instant;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;

/**
 * The emulator's HTTP front end started in-process on a free port, with a clock the test controls,
 * and real AWS SDK v2 clients pointed at it.
 */
public final class TestServer implements AutoCloseable {

    public static final String DEFAULT_ACCOUNT = ServerOptions.DEFAULT_ACCOUNT_ID;

    private final ManualClock clock = new ManualClock(Instant.parse("2026-01-15T10:00:00Z"));
    private final Emulator emulator;
    private final Ec2HttpServer server;
    private final URI endpoint;

    public TestServer() {
        this(ServerOptions.defaults().withPort(0));
    }

    public TestServer(ServerOptions options) {
        this(options, EmulatorSettings.defaults());
    }

    /** A server whose transitions take {@code settings}' times ({@link EmulatorSettings#instant()} for none). */
    public TestServer(EmulatorSettings settings) {
        this(ServerOptions.defaults().withPort(0), settings);
    }

    public TestServer(ServerOptions options, EmulatorSettings settings) {
        emulator = new Emulator(clock, settings);
        server = new Ec2HttpServer(emulator, StandardActions.registry(), options);
        try {
            var address = server.start();
            endpoint = URI.create("http://127.0.0.1:" + address.getPort());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public URI endpoint() {
        return endpoint;
    }

    public ManualClock clock() {
        return clock;
    }

    public Emulator emulator() {
        return emulator;
    }

    /** A client in us-east-1 with a non-numeric access key, so the default account. */
    public Ec2Client client() {
        return client("test", "us-east-1");
    }

    public Ec2Client client(String accessKeyId, String region) {
        return Ec2Client.builder()
                .endpointOverride(endpoint)
                .region(Region.of(region))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, "secret")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    @Override
    public void close() {
        server.close();
    }
}
