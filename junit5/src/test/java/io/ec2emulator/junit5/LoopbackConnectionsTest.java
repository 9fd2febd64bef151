package io.ec2emulator.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.HttpURLConnection;
import java.net.URI;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;

/** The injected clients' connections: plain HTTP, the SDK's default timeouts, no proxy. */
class LoopbackConnectionsTest {

    @Test
    void opensPlainHttpConnectionsWithTheSdkDefaultTimeouts() {
        HttpURLConnection connection = new LoopbackConnections()
                .createConnection(URI.create("http://127.0.0.1:4566/"));
        assertEquals(2_000, connection.getConnectTimeout());
        assertEquals(30_000, connection.getReadTimeout());
    }

    @Test
    void refusesAnythingButHttp() {
        assertThrows(IllegalArgumentException.class,
                () -> new LoopbackConnections().createConnection(URI.create("https://127.0.0.1:4566/")));
    }

    @Test
    void injectedClientsIgnoreAProxyFromSystemProperties() {
        Properties saved = (Properties) System.getProperties().clone();
        System.setProperty("http.proxyHost", "127.0.0.1");
        System.setProperty("http.proxyPort", "9");
        System.setProperty("http.nonProxyHosts", "example.invalid");
        Ec2EmulatorHandle emulator = Ec2EmulatorHandle.start("us-east-1", "000000000000", true, false);
        try {
            Ec2Client ec2 = emulator.client();
            assertEquals("us-east-1", ec2.describeRegions(r -> r.regionNames("us-east-1")).regions().get(0)
                    .regionName());
        } finally {
            emulator.stop();
            System.setProperties(saved);
        }
    }
}
