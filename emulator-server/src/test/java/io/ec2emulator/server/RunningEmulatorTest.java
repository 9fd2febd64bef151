package io.ec2emulator.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ec2emulator.core.Emulator;
import io.ec2emulator.core.EmulatorSettings;
import io.ec2emulator.ssh.SshGateway;
import io.ec2emulator.ssh.SshGatewayOptions;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** When the SSH gateway starts: after what it is given to wait for, and at the latest after the limit. */
class RunningEmulatorTest {

    private final Emulator emulator = new Emulator(Clock.systemUTC(), EmulatorSettings.instant());

    @Test
    void theGatewayStartsOnceWhatItWaitsForIsDone() throws Exception {
        CompletableFuture<Void> warmUp = new CompletableFuture<>();
        CompletableFuture<SshGateway> started = RunningEmulator.startSsh(emulator,
                SshGatewayOptions.defaults().withPort(0), null, warmUp, Duration.ofMinutes(1));
        Thread.sleep(300);
        assertFalse(started.isDone(), "started before the warm-up was done");
        warmUp.complete(null);
        assertAnswersSsh(started.get(30, TimeUnit.SECONDS));
    }

    @Test
    void aWarmUpThatNeverEndsDoesNotKeepTheGatewayDown() throws Exception {
        CompletableFuture<SshGateway> started = RunningEmulator.startSsh(emulator,
                SshGatewayOptions.defaults().withPort(0), null, new CompletableFuture<Void>(), Duration.ofMillis(100));
        assertAnswersSsh(started.get(30, TimeUnit.SECONDS));
    }

    /** The gateway's port greets with an SSH identification line; then it is closed. */
    private static void assertAnswersSsh(SshGateway gateway) throws Exception {
        try (Socket socket = new Socket(gateway.host(), gateway.port())) {
            socket.setSoTimeout(10_000);
            String greeting = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            assertTrue(greeting != null && greeting.startsWith("SSH-2.0-"), String.valueOf(greeting));
        } finally {
            gateway.close();
        }
    }
}
