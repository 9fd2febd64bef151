package io.ec2emulator.server;

import io.ec2emulator.api.actions.StandardActions;
import io.ec2emulator.api.dispatch.ActionRegistry;
import io.ec2emulator.api.http.Ec2HttpServer;
import io.ec2emulator.core.Emulator;
import io.ec2emulator.core.state.AccountRegion;
import io.ec2emulator.core.state.Change;
import io.ec2emulator.persistence.DataDirectory;
import io.ec2emulator.server.logging.EmulatorLogging;
import io.ec2emulator.ssh.SshGateway;
import io.ec2emulator.ssh.SshGatewayOptions;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the EC2 emulator: reads the configuration, builds the core and the HTTP front end, serves. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        JvmDefaults.apply();
        if (args.length == 1 && args[0].equals("--training-run")) {
            TrainingRun.run();
            return;
        }
        boolean healthCheck = args.length > 0 && args[0].equals("--health-check");
        ServerConfig config;
        DataDirOption data;
        SshOption ssh;
        try {
            data = DataDirOption.from(healthCheck ? Arrays.copyOfRange(args, 1, args.length) : args,
                    System.getenv());
            ssh = SshOption.from(data.otherArgs(), System.getenv());
            config = ServerConfig.from(ssh.otherArgs(), System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("ec2-emulator: " + e.getMessage());
            System.exit(2);
            return;
        }
        if (healthCheck) {
            System.exit(HealthCheck.probe(config.http()) ? 0 : 1);
            return;
        }
        DataDirectory directory = null;
        if (data.dataDir() != null) {
            try {
                directory = DataDirectory.open(data.dataDir());
            } catch (IllegalStateException e) {
                System.err.println("ec2-emulator: " + e.getMessage());
                System.exit(2);
                return;
            }
        }
        RunningEmulator running;
        try {
            running = start(config, directory, ssh.gateway());
        } catch (IllegalStateException | IllegalArgumentException e) {
            System.err.println("ec2-emulator: the data directory cannot be restored: " + e.getMessage());
            System.exit(2);
            return;
        }
        DataDirectory opened = directory;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            running.close();
            if (opened != null) {
                opened.close();
            }
        }, "shutdown"));
        try {
            running.ssh();
        } catch (IOException e) {
            System.err.println("ec2-emulator: the SSH gateway cannot listen on " + ssh.gateway().bindAddress() + ":"
                    + ssh.gateway().port() + " (" + e.getMessage() + "); choose another --ssh-port, or --ssh-port off");
            System.exit(2);
        }
    }

    /** Builds the emulator (in memory only) and its front end, starts serving and logs where. */
    static Ec2HttpServer start(ServerConfig config) throws InterruptedException {
        return start(config, null, null).http();
    }

    /**
     * Builds the emulator, restoring what {@code directory} holds and keeping every change there
     * (null: memory only), and its front end and SSH gateway (null options: none); starts serving and
     * logs where. The gateway starts on a thread of its own once the HTTP server is bound and warmed up
     * (the HTTP API answers first): {@link RunningEmulator#ssh()} waits for it.
     */
    static RunningEmulator start(ServerConfig config, DataDirectory directory, SshGatewayOptions ssh)
            throws InterruptedException {
        EmulatorLogging.configure(config.logging());
        Logger log = LoggerFactory.getLogger(Main.class);
        ActionRegistry registry = StandardActions.registry();
        Emulator emulator;
        if (directory == null) {
            emulator = new Emulator(Clock.systemUTC(), config.emulator());
        } else {
            long started = System.nanoTime();
            emulator = new Emulator(Clock.systemUTC(), config.emulator(), directory);
            Map<AccountRegion, List<Change>> kept = directory.load();
            emulator.replaceState(kept, false);
            log.info("restored {} records of {} account regions from {} in {} ms",
                    kept.values().stream().mapToInt(List::size).sum(), kept.size(), directory.directory(),
                    (System.nanoTime() - started) / 1_000_000);
        }
        Ec2HttpServer server = new Ec2HttpServer(emulator, registry, config.http(), new LazyStateFiles(emulator));
        CompletableFuture<Void> warm = server.warmUpInBackground();
        InetSocketAddress address = server.start();
        CompletableFuture<SshGateway> gateway = RunningEmulator.startSsh(emulator, ssh, directory, warm);
        // Once start-up is over (warm-up and gateway), off the request path: let an idle emulator give memory back.
        warm.runAfterBothAsync(gateway.handle((started, failure) -> null), IdleMemory::returnWhenIdle);
        log.info(EmulatorLogging.READY, "listening on http://{}:{} (started in {} ms)", address.getHostString(), address.getPort(),
                ProcessHandle.current().info().startInstant()
                        .map(started -> java.time.Duration.between(started, java.time.Instant.now()).toMillis())
                        .orElse(-1L));
        return new RunningEmulator(emulator, server, gateway);
    }
}
