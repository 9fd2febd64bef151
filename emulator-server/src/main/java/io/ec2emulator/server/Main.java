package io.ec2emulator.server;

import io.ec2emulator.api.actions.StandardActions;
import io.ec2emulator.api.http.Ec2HttpServer;
import io.ec2emulator.core.Emulator;
import java.net.InetSocketAddress;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the EC2 emulator: reads the configuration, builds the core and the HTTP front end, serves. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        ServerConfig config;
        try {
            config = ServerConfig.from(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("ec2-emulator: " + e.getMessage());
            System.exit(2);
            return;
        }
        Logger log = LoggerFactory.getLogger(Main.class);
        Ec2HttpServer server = new Ec2HttpServer(new Emulator(Clock.systemUTC()), StandardActions.registry(),
                config.http());
        InetSocketAddress address = server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "shutdown"));
        log.info("listening on http://{}:{}", address.getHostString(), address.getPort());
    }
}
