package io.ec2emulator.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;

/**
 * The server as a user runs it (its own JVM), called with the real SDK: one log line per request, as
 * text or as JSON lines that parse and carry action, account, region, status, error code, duration
 * and request id.
 */
class RequestLogProcessTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void jsonLinesCarryEveryFieldOfEveryRequest() throws Exception {
        try (RunningServer server = new RunningServer("--log-format", "json")) {
            JsonNode ready = JSON.readTree(server.readyLine());
            assertEquals("INFO", ready.get("level").asText());
            assertEquals("io.ec2emulator.server.Main", ready.get("logger").asText());
            assertTrue(ready.get("message").asText().startsWith("listening on http://127.0.0.1:"), ready.toString());

            try (Ec2Client client = server.client("123456789012", "eu-west-1")) {
                String requestId = client.describeRegions().responseMetadata().requestId();
                Ec2Exception error = assertThrows(Ec2Exception.class,
                        () -> client.describeKeyPairs(r -> r.keyNames("missing \"quoted\"")));
                JsonNode ok = requestLine(server, "DescribeRegions");
                assertEquals("INFO", ok.get("level").asText());
                assertEquals("io.ec2emulator.requests", ok.get("logger").asText());
                assertEquals("123456789012", ok.get("account").asText());
                assertEquals("eu-west-1", ok.get("region").asText());
                assertEquals(200, ok.get("status").asInt());
                assertFalse(ok.has("error"));
                assertTrue(ok.get("durationMs").isNumber() && ok.get("durationMs").asDouble() >= 0, ok.toString());
                assertEquals(requestId, ok.get("requestId").asText());
                assertTrue(ok.get("message").asText().matches("action=DescribeRegions account=123456789012"
                        + " region=eu-west-1 status=200 durationMs=\\d+\\.\\d{3} requestId=" + requestId), ok.toString());
                assertTrue(ok.get("time").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"), ok.toString());

                JsonNode failed = requestLine(server, "DescribeKeyPairs");
                assertEquals(400, failed.get("status").asInt());
                assertEquals("InvalidKeyPair.NotFound", failed.get("error").asText());
                assertEquals(error.requestId(), failed.get("requestId").asText());
                assertTrue(failed.get("message").asText().contains(" status=400 error=InvalidKeyPair.NotFound "),
                        failed.toString());
            }
            try (Ec2Client other = server.client("test", "us-east-1")) {
                other.describeAvailabilityZones();
                JsonNode line = requestLine(server, "DescribeAvailabilityZones");
                assertEquals("000000000000", line.get("account").asText());
                assertEquals("us-east-1", line.get("region").asText());
            }
            HttpResponse<String> reset = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    server.endpoint().resolve("/_ec2/reset")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, reset.statusCode());
            assertEquals(200, requestLine(server, "POST /_ec2/reset").get("status").asInt());
            for (String line : server.drain()) {
                assertTrue(JSON.readTree(line).isObject(), line);
            }
        }
    }

    @Test
    void textLinesAreTheDefault() throws Exception {
        try (RunningServer server = new RunningServer()) {
            assertTrue(server.readyLine().matches("\\S+Z INFO Main - listening on http://127\\.0\\.0\\.1:\\d+ .*"),
                    server.readyLine());
            try (Ec2Client client = server.client("123456789012", "us-west-2")) {
                client.describeRegions();
            }
            String line = server.next(l -> l.contains("action=DescribeRegions"), WAIT);
            assertTrue(line.matches("\\S+Z INFO requests - action=DescribeRegions account=123456789012 region=us-west-2"
                    + " status=200 durationMs=\\d+\\.\\d{3} requestId=[0-9a-f-]{36}"), line);
        }
    }

    @Test
    void warnLevelKeepsTheReadyLineButDropsRequestLines() throws Exception {
        try (RunningServer server = new RunningServer("--log-level", "warn")) {
            try (Ec2Client client = server.client("test", "us-east-1")) {
                client.describeRegions();
                assertThrows(Ec2Exception.class, () -> client.describeKeyPairs(r -> r.keyNames("missing")));
            }
            Thread.sleep(300);
            assertEquals(List.of(), server.drain());
        }
    }

    private static JsonNode requestLine(RunningServer server, String action) throws InterruptedException, IOException {
        return JSON.readTree(server.next(l -> l.contains("\"action\":\"" + action + "\""), WAIT));
    }
}
