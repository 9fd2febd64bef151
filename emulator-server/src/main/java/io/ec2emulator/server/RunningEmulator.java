package io.ec2emulator.server;

import io.ec2emulator.api.http.Ec2HttpServer;
import io.ec2emulator.core.Emulator;
import io.ec2emulator.persistence.DataDirectory;
import io.ec2emulator.ssh.PushedKeys;
import io.ec2emulator.ssh.SettingsStore;
import io.ec2emulator.ssh.SshGateway;
import io.ec2emulator.ssh.SshGatewayOptions;
import java.io.IOException;
import org.slf4j.LoggerFactory;

/** A started emulator: its core, its HTTP endpoint and, once started, its SSH gateway. */
final class RunningEmulator implements AutoCloseable {

    private final Emulator emulator;
    private final Ec2HttpServer http;
    private volatile SshGateway ssh;

    RunningEmulator(Emulator emulator, Ec2HttpServer http) {
        this.emulator = emulator;
        this.http = http;
    }

    Emulator emulator() {
        return emulator;
    }

    Ec2HttpServer http() {
        return http;
    }

    /** The SSH gateway, or null when it is off or not started. */
    SshGateway ssh() {
        return ssh;
    }

    /**
     * Starts the SSH gateway (null options: it stays off), keeping its host key seed in {@code directory}
     * when there is one, and logs where it listens.
     */
    void startSsh(SshGatewayOptions options, DataDirectory directory) throws IOException {
        if (options == null) {
            return;
        }
        long started = System.nanoTime();
        SettingsStore settings = directory == null ? SettingsStore.inMemory() : new DataDirectorySettings(directory);
        ssh = SshGateway.start(emulator, options, settings, PushedKeys.INSTANCE_CONNECT);
        LoggerFactory.getLogger(Main.class).info("ssh gateway listening on {}:{} (started in {} ms)", ssh.host(),
                ssh.port(), (System.nanoTime() - started) / 1_000_000);
    }

    @Override
    public void close() {
        SshGateway gateway = ssh;
        if (gateway != null) {
            gateway.close();
        }
        http.close();
    }
}
