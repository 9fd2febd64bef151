package io.ec2emulator.server;

import io.ec2emulator.api.http.ServerOptions;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;

/**
 * {@code --health-check}: asks a running emulator's {@code GET /_ec2/health} and tells by the exit
 * code whether it answered 200. It reads the same flags and {@code EC2_EMULATOR_*} variables as the
 * server, so inside a container it probes the port the server listens on. It needs nothing but the
 * JDK, which is what a container image's {@code HEALTHCHECK} can count on (no curl or wget there).
 */
final class HealthCheck {

    /** For connecting and for the answer each; the image's HEALTHCHECK allows 10 s for the whole run. */
    static final Duration TIMEOUT = Duration.ofSeconds(4);

    private HealthCheck() {
    }

    /** The health URL of a server started with these options; a wildcard bind address is probed on loopback. */
    static URI url(ServerOptions options) {
        String host = options.bindAddress();
        if (host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]") || host.isEmpty()) {
            host = "127.0.0.1";
        } else if (host.contains(":") && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        return URI.create("http://" + host + ":" + options.port() + "/_ec2/health");
    }

    /** True when the server answers 200; prints one line saying what was found either way. */
    static boolean probe(ServerOptions options) {
        return probe(options, TIMEOUT);
    }

    static boolean probe(ServerOptions options, Duration timeout) {
        if (options.port() == 0) {
            System.err.println("unhealthy: port 0 means a free port was picked; give the real port with --port");
            return false;
        }
        URI url = url(options);
        try {
            HttpURLConnection connection = (HttpURLConnection) url.toURL().openConnection();
            connection.setConnectTimeout((int) timeout.toMillis());
            connection.setReadTimeout((int) timeout.toMillis());
            int status = connection.getResponseCode();
            try (InputStream body = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
                if (body != null) {
                    body.readAllBytes();
                }
            }
            if (status == 200) {
                System.out.println("healthy: " + url);
                return true;
            }
            System.err.println("unhealthy: " + url + " answered HTTP " + status);
            return false;
        } catch (IOException e) {
            System.err.println("unhealthy: " + url + ": " + e);
            return false;
        }
    }
}
