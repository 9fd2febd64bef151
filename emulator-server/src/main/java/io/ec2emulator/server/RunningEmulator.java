package io.ec2emulator.server;

import io.ec2emulator.api.http.Ec2HttpServer;
import io.ec2emulator.core.Emulator;
import io.ec2emulator.persistence.DataDirectory;
import io.ec2emulator.ssh.PushedKeys;
import io.ec2emulator.ssh.SettingsStore;
import io.ec2emulator.ssh.SshGateway;
import io.ec2emulator.ssh.SshGatewayOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.slf4j.LoggerFactory;

/** A started emulator: its core, its HTTP endpoint and its SSH gateway (started after the HTTP server). */
final class RunningEmulator implements AutoCloseable {

    /** The longest the gateway's start waits for {@code after} (a warm-up that hangs must not keep it down). */
    static final Duration AFTER_AT_MOST = Duration.ofSeconds(5);

    private final Emulator emulator;
    private final Ec2HttpServer http;
    private final CompletableFuture<SshGateway> ssh;

    RunningEmulator(Emulator emulator, Ec2HttpServer http, CompletableFuture<SshGateway> ssh) {
        this.emulator = emulator;
        this.http = http;
        this.ssh = ssh;
    }

    /**
     * Starts the SSH gateway on a thread of its own once {@code after} completes (null options: no
     * gateway), keeping its host key seed in {@code directory} when there is one; logs where it listens
     * once it does. Main passes the HTTP server's warm-up: on two cores, starting the gateway (Apache sshd,
     * Bouncy Castle) beside it delayed the first HTTP answer by ~0.1 s, and nobody logs in to an instance
     * before the API has launched it. The gateway starts at the latest {@link #AFTER_AT_MOST} after this
     * call, done or not.
     */
    static CompletableFuture<SshGateway> startSsh(Emulator emulator, SshGatewayOptions options, DataDirectory directory,
                                                  CompletionStage<?> after) {
        return startSsh(emulator, options, directory, after, AFTER_AT_MOST);
    }

    /** {@link #startSsh(Emulator, SshGatewayOptions, DataDirectory, CompletionStage)} waiting at most {@code atMost}. */
    static CompletableFuture<SshGateway> startSsh(Emulator emulator, SshGatewayOptions options, DataDirectory directory,
                                                  CompletionStage<?> after, Duration atMost) {
        CompletableFuture<SshGateway> started = new CompletableFuture<>();
        if (options == null) {
            started.complete(null);
            return started;
        }
        Thread starter = new Thread(() -> {
            try {
                SettingsStore settings = directory == null ? SettingsStore.inMemory() : new DataDirectorySettings(directory);
                SshGateway gateway = SshGateway.start(emulator, options, settings, PushedKeys.INSTANCE_CONNECT);
                LoggerFactory.getLogger(Main.class).info("ssh gateway listening on {}:{} (started in {} ms)",
                        gateway.host(), gateway.port(), ProcessHandle.current().info().startInstant()
                                .map(start -> Duration.between(start, Instant.now()).toMillis()).orElse(-1L));
                started.complete(gateway);
            } catch (IOException | RuntimeException e) {
                started.completeExceptionally(e);
            }
        }, "ssh-gateway-start");
        starter.setDaemon(true);
        after.toCompletableFuture().copy()
                .completeOnTimeout(null, atMost.toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((ignored, failure) -> {
                    try {
                        starter.start();
                    } catch (RuntimeException | OutOfMemoryError e) {
                        started.completeExceptionally(e);
                    }
                });
        return started;
    }

    Emulator emulator() {
        return emulator;
    }

    Ec2HttpServer http() {
        return http;
    }

    /** The SSH gateway once it listens, or null when it is off; throws when it could not start. */
    SshGateway ssh() throws IOException {
        try {
            return ssh.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new UncheckedIOException(new IOException(e.getCause()));
        }
    }

    @Override
    public void close() {
        ssh.thenAccept(gateway -> {
            if (gateway != null) {
                gateway.close();
            }
        });
        http.close();
    }
}
