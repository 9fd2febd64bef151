package io.ec2emulator.testcontainers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Future;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/**
 * The EC2 emulator in a container, for tests: start it, point an AWS SDK client at
 * {@link #getEndpoint()} with {@link #getRegion()}, {@link #getAccessKey()} and {@link #getSecretKey()},
 * as with Testcontainers' LocalStack module.
 *
 * <pre>{@code
 * try (Ec2EmulatorContainer emulator = new Ec2EmulatorContainer("ec2-emulator:latest")) {
 *     emulator.start();
 *     Ec2Client ec2 = Ec2Client.builder()
 *             .endpointOverride(emulator.getEndpoint())
 *             .region(Region.of(emulator.getRegion()))
 *             .credentialsProvider(StaticCredentialsProvider.create(
 *                     AwsBasicCredentials.create(emulator.getAccessKey(), emulator.getSecretKey())))
 *             .build();
 * }
 * }</pre>
 *
 * The image is the one {@code docker/Dockerfile} builds. The container counts as started when
 * {@code GET /_ec2/health} answers 200. Settings are the image's {@code EC2_EMULATOR_*} environment
 * variables (docs/configuration.md); {@link #withInstantTransitions()} sets the usual ones for tests.
 */
public class Ec2EmulatorContainer extends GenericContainer<Ec2EmulatorContainer> {

    /** The port of the EC2 Query API inside the container. */
    public static final int PORT = 4566;

    /** The port of the SSH gateway inside the container (docs/ssh.md). */
    public static final int SSH_PORT = 2222;

    /** The path of the health endpoint the wait strategy polls. */
    public static final String HEALTH_PATH = "/_ec2/health";

    private static final String DEFAULT_REGION = "us-east-1";
    private static final String DEFAULT_ACCESS_KEY = "test";
    private static final String DEFAULT_SECRET_KEY = "test";
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);

    private String region = DEFAULT_REGION;
    private String accessKey = DEFAULT_ACCESS_KEY;

    /** A container of the given image, such as {@code "ec2-emulator:latest"}. */
    public Ec2EmulatorContainer(String image) {
        this(DockerImageName.parse(image));
    }

    /** A container of the given image. */
    public Ec2EmulatorContainer(DockerImageName image) {
        super(image);
        applyDefaults();
    }

    /** A container of an image built while the test runs, e.g. an {@code ImageFromDockerfile} of docker/Dockerfile. */
    public Ec2EmulatorContainer(Future<String> image) {
        super(image);
        applyDefaults();
    }

    private void applyDefaults() {
        withExposedPorts(PORT, SSH_PORT);
        // The image sets these already; repeated so that an image built differently still listens where expected.
        withEnv("EC2_EMULATOR_BIND", "0.0.0.0");
        withEnv("EC2_EMULATOR_PORT", String.valueOf(PORT));
        withEnv("EC2_EMULATOR_SSH_BIND", "0.0.0.0");
        withEnv("EC2_EMULATOR_SSH_PORT", String.valueOf(SSH_PORT));
        waitingFor(Wait.forHttp(HEALTH_PATH).forPort(PORT).forStatusCode(200).withStartupTimeout(STARTUP_TIMEOUT));
    }

    /**
     * Makes instances, images and snapshots change state (and Windows passwords appear) at the next call
     * instead of after a few seconds, so that SDK and CLI waiters succeed at their first poll.
     */
    public Ec2EmulatorContainer withInstantTransitions() {
        for (String setting : new String[] {"BOOT_DELAY", "STOP_DELAY", "TERMINATE_DELAY", "STATUS_CHECK_DELAY",
                "IMAGE_DELAY", "WINDOWS_PASSWORD_DELAY"}) {
            withEnv("EC2_EMULATOR_" + setting, "0");
        }
        return self();
    }

    /** The region {@link #getRegion()} reports (default {@code us-east-1}); every region is emulated. */
    public Ec2EmulatorContainer withRegion(String region) {
        this.region = region;
        return self();
    }

    /**
     * Makes {@link #getAccessKey()} the given 12-digit account id: the emulator uses a 12-digit access
     * key id as the caller's account, and keeps each account's resources apart.
     */
    public Ec2EmulatorContainer withAccountId(String accountId) {
        if (accountId == null || !accountId.matches("\\d{12}")) {
            throw new IllegalArgumentException("an account id is 12 digits, not '" + accountId + "'");
        }
        this.accessKey = accountId;
        return self();
    }

    /** Where to send EC2 API calls, e.g. {@code http://localhost:49153}; give it to {@code endpointOverride}. */
    public URI getEndpoint() {
        return URI.create("http://" + hostForUri() + ":" + getMappedPort(PORT));
    }

    /**
     * The host of the SSH gateway, to use as a jump host ({@code ssh -J jump@host:port}) or for direct
     * logins ({@code ec2-user+i-…@host}); see docs/ssh.md.
     */
    public String getSshHost() {
        return hostForUri();
    }

    /** The port the SSH gateway is published on. */
    public int getSshPort() {
        return getMappedPort(SSH_PORT);
    }

    /** The region to sign requests for. */
    public String getRegion() {
        return region;
    }

    /** An access key id the emulator accepts ({@code test}, the default account, unless {@link #withAccountId} was used). */
    public String getAccessKey() {
        return accessKey;
    }

    /** A secret key; the emulator does not verify signatures, so any value works. */
    public String getSecretKey() {
        return DEFAULT_SECRET_KEY;
    }

    /** Drops every account's and region's state, as after a fresh start ({@code POST /_ec2/reset}). */
    public void reset() {
        try {
            HttpURLConnection connection = (HttpURLConnection) getEndpoint().resolve("/_ec2/reset").toURL()
                    .openConnection();
            connection.setRequestMethod("POST");
            connection.setConnectTimeout(5_000);
            connection.setReadTimeout(10_000);
            int status = connection.getResponseCode();
            try (InputStream body = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
                if (body != null) {
                    body.readAllBytes();
                }
            }
            if (status != 200) {
                throw new IllegalStateException("POST /_ec2/reset answered HTTP " + status);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not reset the EC2 emulator at " + getEndpoint(), e);
        }
    }

    private String hostForUri() {
        String host = getHost();
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }
}
