package io.ec2emulator.junit5;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionFactory;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

/**
 * The injected clients' HTTP connections: plain HTTP to the emulator on the loopback interface, with
 * the SDK's default timeouts, and never through a proxy.
 *
 * <p>{@link UrlConnectionHttpClient#create()} sets up a TLS context at every build (the first one
 * loads about 570 JDK security classes, a quarter of a second of CPU) that an {@code http://127.0.0.1}
 * endpoint never uses, and would send the requests to a proxy configured through {@code HTTP_PROXY} or
 * {@code http.proxyHost} unless loopback is also listed as a non-proxy host.
 */
final class LoopbackConnections implements UrlConnectionFactory {

    /** The SDK's default connection timeout ({@code SdkHttpConfigurationOption.CONNECTION_TIMEOUT}). */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    /** The SDK's default read timeout ({@code SdkHttpConfigurationOption.READ_TIMEOUT}). */
    static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    /** A new HTTP client for an emulator's {@code http://} endpoint. */
    static SdkHttpClient httpClient() {
        return UrlConnectionHttpClient.create(new LoopbackConnections());
    }

    @Override
    public HttpURLConnection createConnection(URI uri) {
        if (!"http".equals(uri.getScheme())) {
            throw new IllegalArgumentException("the emulator is reached over plain HTTP, not " + uri);
        }
        try {
            HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection(Proxy.NO_PROXY);
            connection.setConnectTimeout((int) CONNECT_TIMEOUT.toMillis());
            connection.setReadTimeout((int) READ_TIMEOUT.toMillis());
            return connection;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
