package io.ec2emulator.server;

import io.ec2emulator.api.actions.StandardActions;
import io.ec2emulator.api.dispatch.ActionRegistry;
import io.ec2emulator.api.http.Ec2HttpServer;
import io.ec2emulator.core.Emulator;
import io.ec2emulator.server.logging.EmulatorLogging;
import java.net.InetSocketAddress;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the EC2 emulator: reads the configuration, builds the core and the HTTP front end, serves. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && args[0].equals("--training-run")) {
            TrainingRun.run();
            return;
        }
        ServerConfig config;
        try {
            config = ServerConfig.from(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("ec2-emulator: " + e.getMessage());
            System.exit(2);
            return;
        }
        Ec2HttpServer server = start(config);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "shutdown"));
    }

    /** Builds the emulator and its front end, starts serving and logs where. */
    static Ec2HttpServer start(ServerConfig config) throws InterruptedException {
        EmulatorLogging.configure(config.logging());
        Logger log = LoggerFactory.getLogger(Main.class);
        ActionRegistry registry = StandardActions.registry();
        Ec2HttpServer server = new Ec2HttpServer(new Emulator(Clock.systemUTC(), config.emulator()), registry,
                config.http());
        server.warmUpInBackground();
        InetSocketAddress address = server.start();
        log.info(EmulatorLogging.READY, "listening on http://{}:{} (started in {} ms)", address.getHostString(), address.getPort(),
                ProcessHandle.current().info().startInstant()
                        .map(started -> java.time.Duration.between(started, java.time.Instant.now()).toMillis())
                        .orElse(-1L));
        return server;
    }
}
