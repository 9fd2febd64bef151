package io.ec2emulator.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ec2emulator.api.http.Ec2HttpServer;
import io.ec2emulator.api.http.ServerOptions;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class HealthCheckTest {

    @Test
    void aRunningServerIsHealthy() throws Exception {
        ServerOptions options = ServerOptions.defaults().withPort(0);
        try (Ec2HttpServer server = Main.start(new ServerConfig(options))) {
            // A generous timeout: the first answer of a cold server on a busy machine can take seconds.
            assertTrue(HealthCheck.probe(options.withPort(server.address().getPort()), Duration.ofSeconds(60)));
        }
    }

    @Test
    void aClosedPortIsUnhealthy() throws Exception {
        assertFalse(HealthCheck.probe(ServerOptions.defaults().withPort(closedPort())));
        assertFalse(HealthCheck.probe(ServerOptions.defaults().withPort(0)));
    }

    @Test
    void aWildcardBindIsProbedOnLoopback() {
        assertEquals(URI.create("http://127.0.0.1:4566/_ec2/health"),
                HealthCheck.url(ServerOptions.defaults().withBindAddress("0.0.0.0")));
        assertEquals(URI.create("http://127.0.0.1:4566/_ec2/health"),
                HealthCheck.url(ServerOptions.defaults().withBindAddress("::")));
        assertEquals(URI.create("http://[::1]:4567/_ec2/health"),
                HealthCheck.url(ServerOptions.defaults().withBindAddress("::1").withPort(4567)));
        assertEquals(URI.create("http://10.0.0.5:4566/_ec2/health"),
                HealthCheck.url(ServerOptions.defaults().withBindAddress("10.0.0.5")));
    }

    @Test
    void theFlagExitsWithOneWhenNothingAnswers() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "--health-check", "--port", String.valueOf(closedPort())))
                .redirectErrorStream(true).start();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, process.exitValue(), output);
        assertTrue(output.contains("unhealthy: http://127.0.0.1:"), output);
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
