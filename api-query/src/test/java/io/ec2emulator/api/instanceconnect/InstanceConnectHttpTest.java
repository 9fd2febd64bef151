package io.ec2emulator.api.instanceconnect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ec2emulator.api.ServerPerClass;
import io.ec2emulator.api.TestServer;
import io.ec2emulator.core.keypairs.KeyFormat;
import io.ec2emulator.core.keypairs.KeyMaterial;
import io.ec2emulator.core.keypairs.KeyType;
import io.ec2emulator.core.state.RegionState;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;

/**
 * EC2 Instance Connect over raw HTTP (AWS JSON 1.1): the answer's shape, and the validation matrix,
 * including what botocore would already refuse client-side. Every client mistake is HTTP 400 with the
 * error's name in {@code __type}.
 */
class InstanceConnectHttpTest {

    @RegisterExtension
    static final ServerPerClass SERVER = new ServerPerClass("7770001");

    private static final String ACCOUNT = "777000100001";
    private static final String OTHER_ACCOUNT = "777000100002";
    private static final String ED25519 = KeyMaterial.create(KeyType.ED25519, KeyFormat.PEM, "").publicKey();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static String running;
    private static String runningZone;
    private static String stopped;

    private static TestServer server() {
        return SERVER.server();
    }

    @BeforeAll
    static void instances() {
        try (Ec2Client ec2 = server().client(ACCOUNT, "us-east-1")) {
            String image = ec2.describeImages(r -> r.owners("amazon").filters(
                    Filter.builder().name("name").values("al2023-ami-2023.*-x86_64").build())).images().get(0).imageId();
            List<String> ids = ec2.runInstances(r -> r.imageId(image).instanceType("t3.micro").minCount(2).maxCount(2))
                    .instances().stream().map(i -> i.instanceId()).toList();
            running = ids.get(0);
            stopped = ids.get(1);
            server().clock().advance(Duration.ofSeconds(5));
            ec2.stopInstances(r -> r.instanceIds(stopped));
            server().clock().advance(Duration.ofSeconds(5));
            runningZone = ec2.describeInstances(r -> r.instanceIds(running)).reservations().get(0).instances().get(0)
                    .placement().availabilityZone();
        }
    }

    private static String authorization(String account, String region) {
        return "AWS4-HMAC-SHA256 Credential=" + account + "/20260115/" + region
                + "/ec2-instance-connect/aws4_request, SignedHeaders=host;x-amz-date;x-amz-target, Signature=abc";
    }

    private static HttpResponse<String> call(String target, String body, String account, String region) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server().endpoint() + "/"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-amz-json-1.1")
                .header("Authorization", authorization(account, region))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (target != null) {
            request.header("X-Amz-Target", target);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static HttpResponse<String> send(String operation, String body) {
        return call("AWSEC2InstanceConnectService." + operation, body, ACCOUNT, "us-east-1");
    }

    private static String push(Map<String, Object> members) {
        return JSON.valueToTree(members).toString();
    }

    private static Map<String, Object> valid() {
        return Map.of("InstanceId", running, "InstanceOSUser", "ec2-user", "SSHPublicKey", ED25519);
    }

    private static Map<String, Object> with(String name, Object value) {
        Map<String, Object> members = new HashMap<>(valid());
        if (value == null) {
            members.remove(name);
        } else {
            members.put(name, value);
        }
        return members;
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError(response.body(), e);
        }
    }

    private static void assertError(String type, HttpResponse<String> response) {
        assertEquals(400, response.statusCode(), response.body());
        assertEquals(type, json(response).path("__type").asText(), response.body());
        assertTrue(!json(response).path("Message").asText().isEmpty(), response.body());
        assertEquals("application/x-amz-json-1.1", response.headers().firstValue("Content-Type").orElse(null));
    }

    @Test
    void aPushedKeyIsAnsweredWithSuccessAndLetsTheUserIn() {
        HttpResponse<String> response = send("SendSSHPublicKey", push(with("InstanceOSUser", "alice")));
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("application/x-amz-json-1.1", response.headers().firstValue("Content-Type").orElse(null));
        JsonNode body = json(response);
        assertTrue(body.path("Success").asBoolean(), response.body());
        assertEquals(response.headers().firstValue("x-amzn-RequestId").orElse(null), body.path("RequestId").asText());
        RegionState region = server().emulator().state(ACCOUNT, "us-east-1");
        assertEquals(List.of(ED25519), region.transact(false, () -> region.instanceConnect()
                .validKeys(running, "alice", server().clock().instant())));
    }

    @Test
    void theZoneMayBeGivenAndUnknownMembersAreIgnored() {
        assertEquals(200, send("SendSSHPublicKey", push(with("AvailabilityZone", runningZone))).statusCode());
        assertEquals(200, send("SendSSHPublicKey", push(with("SomethingNew", List.of(1, 2)))).statusCode());
        String rsa = KeyMaterial.create(KeyType.RSA, KeyFormat.PEM, "someone@host").publicKey();
        assertEquals(200, send("SendSSHPublicKey", push(with("SSHPublicKey", rsa))).statusCode());
    }

    @Test
    void missingOrMalformedParametersAreInvalidArgs() {
        Map<String, Map<String, Object>> cases = Map.ofEntries(
                Map.entry("no instance", with("InstanceId", null)),
                Map.entry("no user", with("InstanceOSUser", null)),
                Map.entry("no key", with("SSHPublicKey", null)),
                Map.entry("empty user", with("InstanceOSUser", "")),
                Map.entry("bad instance id", with("InstanceId", "i-NOTHEX12345")),
                Map.entry("short instance id", with("InstanceId", "i-123")),
                Map.entry("bad user", with("InstanceOSUser", "no spaces")),
                Map.entry("long user", with("InstanceOSUser", "u".repeat(33))),
                Map.entry("short key", with("SSHPublicKey", ED25519.substring(0, 79))),
                Map.entry("long key", with("SSHPublicKey", ED25519 + " " + "c".repeat(4100))),
                Map.entry("not a key", with("SSHPublicKey", "ssh-ed25519 " + "A".repeat(90))),
                Map.entry("dsa", with("SSHPublicKey", "ssh-dss " + "A".repeat(90))),
                Map.entry("bad zone", with("AvailabilityZone", "zone")),
                Map.entry("other zone", with("AvailabilityZone", runningZone.equals("us-east-1a") ? "us-east-1b"
                        : "us-east-1a")));
        cases.forEach((name, members) -> {
            HttpResponse<String> response = send("SendSSHPublicKey", push(members));
            assertEquals("InvalidArgsException", json(response).path("__type").asText(), name + ": " + response.body());
            assertError("InvalidArgsException", response);
        });
    }

    @Test
    void theInstanceMustBeOneOfTheCallersAndRunning() {
        assertError("EC2InstanceNotFoundException", send("SendSSHPublicKey",
                push(with("InstanceId", "i-0123456789abcdef0"))));
        assertError("EC2InstanceNotFoundException", call("AWSEC2InstanceConnectService.SendSSHPublicKey",
                push(valid()), OTHER_ACCOUNT, "us-east-1"));
        assertError("EC2InstanceNotFoundException", call("AWSEC2InstanceConnectService.SendSSHPublicKey",
                push(valid()), ACCOUNT, "eu-west-1"));
        assertError("EC2InstanceStateInvalidException", send("SendSSHPublicKey", push(with("InstanceId", stopped))));
    }

    @Test
    void theSerialConsoleChecksItsInputAndIsDisabled() {
        Map<String, Object> serial = Map.of("InstanceId", running, "SSHPublicKey", ED25519);
        assertError("SerialConsoleAccessDisabledException", send("SendSerialConsoleSSHPublicKey", push(serial)));
        ObjectNode port0 = JSON.valueToTree(serial);
        port0.put("SerialPort", 0);
        assertError("SerialConsoleAccessDisabledException", send("SendSerialConsoleSSHPublicKey", port0.toString()));
        ObjectNode port1 = JSON.valueToTree(serial);
        port1.put("SerialPort", 1);
        assertError("InvalidArgsException", send("SendSerialConsoleSSHPublicKey", port1.toString()));
        port1.put("SerialPort", 12345678901L);
        assertError("InvalidArgsException", send("SendSerialConsoleSSHPublicKey", port1.toString()));
        port1.put("SerialPort", "0");
        assertError("SerializationException", send("SendSerialConsoleSSHPublicKey", port1.toString()));
        assertError("InvalidArgsException", send("SendSerialConsoleSSHPublicKey",
                push(Map.of("InstanceId", running, "SSHPublicKey", "short"))));
    }

    @Test
    void bodiesThatAreNotAJsonObjectOfTheRightTypesAreSerializationErrors() {
        for (String body : List.of("{", "[]", "\"text\"", "{} {}", "{\"InstanceId\": 5}",
                "{\"InstanceId\": [\"i-0123456789abcdef0\"]}", "not json")) {
            HttpResponse<String> response = send("SendSSHPublicKey", body);
            assertError("SerializationException", response);
        }
        assertError("InvalidArgsException", send("SendSSHPublicKey", ""));
        assertError("InvalidArgsException", send("SendSSHPublicKey", "{}"));
        assertError("InvalidArgsException", send("SendSSHPublicKey", "{\"InstanceId\": null}"));
    }

    @Test
    void anUnknownTargetIsAnUnknownOperation() {
        assertError("UnknownOperationException", send("SendSshPublicKey", push(valid())));
        assertError("UnknownOperationException", send("", push(valid())));
        assertError("UnknownOperationException", call("DynamoDB_20120810.ListTables", "{}", ACCOUNT, "us-east-1"));
        assertError("UnknownOperationException", call("x".repeat(500), "{}", ACCOUNT, "us-east-1"));
    }

    @Test
    void aCredentialForAnUnknownRegionIsRefused() {
        assertError("AuthException", call("AWSEC2InstanceConnectService.SendSSHPublicKey", push(valid()), ACCOUNT,
                "moon-east-1"));
    }

    @Test
    void theQueryApiIsStillServedNextToIt() {
        try (Ec2Client ec2 = server().client(ACCOUNT, "us-east-1")) {
            assertEquals(running, ec2.describeInstances(r -> r.instanceIds(running)).reservations().get(0)
                    .instances().get(0).instanceId());
        }
    }
}
