package io.ec2emulator.junit5;

import io.ec2emulator.api.actions.StandardActions;
import io.ec2emulator.api.dispatch.ActionRegistry;
import io.ec2emulator.api.http.Ec2HttpServer;
import io.ec2emulator.api.http.ServerOptions;
import io.ec2emulator.core.Emulator;
import io.ec2emulator.core.EmulatorSettings;
import io.ec2emulator.core.ManualClock;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;

/**
 * One running emulator, as {@link Ec2Emulator} injects it: where it listens, which region and account
 * the injected client uses, more clients, {@link #reset()}, and the clock. The extension stops it (and
 * closes every client it made) when its class or test is done.
 */
public final class Ec2EmulatorHandle {

    /** Any secret works: signatures are not verified. */
    public static final String SECRET_ACCESS_KEY = "test";

    private final Emulator emulator;
    private final ManualClock manualClock;
    private final Ec2HttpServer server;
    private final URI endpoint;
    private final String region;
    private final String accountId;
    private final List<Ec2Client> clients = new CopyOnWriteArrayList<>();
    private volatile Ec2Client client;

    private Ec2EmulatorHandle(Emulator emulator, ManualClock manualClock, Ec2HttpServer server, URI endpoint,
                              String region, String accountId) {
        this.emulator = emulator;
        this.manualClock = manualClock;
        this.server = server;
        this.endpoint = endpoint;
        this.region = region;
        this.accountId = accountId;
    }

    /** Starts an emulator on a free loopback port as {@code config} says. */
    static Ec2EmulatorHandle start(Ec2Emulator config) {
        return start(config.region(), config.accountId(), config.instantTransitions(), config.manualClock());
    }

    static Ec2EmulatorHandle start(String region, String accountId, boolean instantTransitions, boolean manual) {
        if (!accountId.matches("\\d{12}")) {
            throw new IllegalArgumentException("@Ec2Emulator(accountId) must be a 12-digit AWS account id, not '"
                    + accountId + "'");
        }
        SdkWarmup.startOnce();
        ManualClock manualClock = manual ? new ManualClock(Instant.now().truncatedTo(ChronoUnit.MILLIS)) : null;
        Clock clock = manual ? manualClock : Clock.systemUTC();
        Emulator emulator = new Emulator(clock, instantTransitions ? EmulatorSettings.instant()
                : EmulatorSettings.defaults());
        Ec2HttpServer server = new Ec2HttpServer(emulator, Registry.ACTIONS,
                ServerOptions.defaults().withBindAddress("127.0.0.1").withPort(0).withPooledBuffers(false));
        server.warmUpInBackground();
        InetSocketAddress address;
        try {
            address = server.start();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.close();
            throw new IllegalStateException("interrupted while starting the EC2 emulator", e);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        return new Ec2EmulatorHandle(emulator, manualClock, server,
                URI.create("http://127.0.0.1:" + address.getPort()), region, accountId);
    }

    /** Where the emulator listens, e.g. {@code http://127.0.0.1:40123}: the SDK's and CLI's endpoint URL. */
    public URI endpoint() {
        return endpoint;
    }

    /** The region of the injected client ({@link Ec2Emulator#region()}). */
    public String region() {
        return region;
    }

    /** The account of the injected client ({@link Ec2Emulator#accountId()}). */
    public String accountId() {
        return accountId;
    }

    /** Credentials for {@link #accountId()}: the account id as access key id, {@value #SECRET_ACCESS_KEY} as secret. */
    public AwsCredentialsProvider credentialsProvider() {
        return credentialsFor(accountId);
    }

    /** The injected client: {@link #region()}, {@link #accountId()}, pointed at {@link #endpoint()}. */
    public Ec2Client client() {
        Ec2Client current = client;
        if (current == null) {
            synchronized (this) {
                if (client == null) {
                    client = client(accountId, region);
                }
                current = client;
            }
        }
        return current;
    }

    /**
     * Another client, for another account or region: every (account, region) pair has its own state.
     * It is closed with the emulator.
     *
     * @param accessKeyId a 12-digit account id, or any other key for the default account {@code 000000000000}
     */
    public Ec2Client client(String accessKeyId, String region) {
        Ec2Client made = Ec2Client.builder()
                .endpointOverride(endpoint)
                .region(Region.of(region))
                .credentialsProvider(credentialsFor(accessKeyId))
                .httpClient(LoopbackConnections.httpClient())
                .build();
        clients.add(made);
        return made;
    }

    /** Drops every account's and region's state, as after a fresh start (the clock keeps its time). */
    public void reset() {
        emulator.reset();
    }

    /**
     * The emulator's clock, which moves only through {@link ManualClock#advance} and
     * {@link ManualClock#set}; timed transitions are applied at the next call after the time has come.
     *
     * @throws IllegalStateException unless {@link Ec2Emulator#manualClock()} is set
     */
    public ManualClock clock() {
        if (manualClock == null) {
            throw new IllegalStateException("the emulator uses the system clock; set @Ec2Emulator(manualClock = true)"
                    + " to control time");
        }
        return manualClock;
    }

    /** Closes every client made and stops the server. */
    void stop() {
        for (Ec2Client made : clients) {
            made.close();
        }
        server.close();
    }

    private static AwsCredentialsProvider credentialsFor(String accessKeyId) {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, SECRET_ACCESS_KEY));
    }

    /**
     * The first emulator of a JVM starts by loading the SDK client's classes on a background thread,
     * by building (and closing) a client that never sends anything, while the calling thread loads the
     * server's; on two or more cores the two overlap, and the injected client then builds quickly.
     */
    private static final class SdkWarmup {
        private static final AtomicBoolean STARTED = new AtomicBoolean();

        static void startOnce() {
            if (!STARTED.compareAndSet(false, true)) {
                return;
            }
            // SLF4J starts here, before the SDK and Netty log from two threads at once while it starts
            // (it would then print a warning about "replayed" logging calls).
            LoggerFactory.getILoggerFactory();
            Thread thread = new Thread(() -> {
                try (Ec2Client unused = Ec2Client.builder()
                        .endpointOverride(URI.create("http://127.0.0.1:9"))
                        .region(Region.US_EAST_1)
                        .credentialsProvider(credentialsFor("000000000000"))
                        .httpClient(LoopbackConnections.httpClient())
                        .build()) {
                    unused.serviceName();
                } catch (RuntimeException ignored) {
                    // only a warm-up: the injected client reports any real problem
                }
            }, "ec2-emulator-sdk-warmup");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** The dispatch table, built once per JVM and shared by every emulator (it is read-only). */
    private static final class Registry {
        static final ActionRegistry ACTIONS = StandardActions.registry();
    }

    @Override
    public String toString() {
        return "EC2 emulator at " + endpoint + " (" + region + ", account " + accountId + ")";
    }
}
