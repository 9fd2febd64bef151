package io.ec2emulator.api.actions;

import static io.ec2emulator.api.actions.Ec2Assertions.assertEc2Error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ec2emulator.api.TestServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.KeyPairInfo;

/** Each account and region has its own state; a 12-digit access key id is the account. */
class AccountRegionIsolationTest {

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void accountsAndRegionsDoNotShareState() throws Exception {
        try (Ec2Client aliceEast = server.client("111111111111", "us-east-1");
             Ec2Client aliceWest = server.client("111111111111", "us-west-2");
             Ec2Client bobEast = server.client("222222222222", "us-east-1");
             Ec2Client defaultEast = server.client("AKIAIOSFODNN7EXAMPLE", "us-east-1");
             Ec2Client otherDefaultEast = server.client("test", "us-east-1")) {
            String aliceKey = aliceEast.createKeyPair(r -> r.keyName("same-name")).keyPairId();
            String bobKey = bobEast.createKeyPair(r -> r.keyName("same-name")).keyPairId();
            String westKey = aliceWest.createKeyPair(r -> r.keyName("same-name")).keyPairId();
            assertEquals(3, List.of(aliceKey, bobKey, westKey).stream().distinct().count());
            assertEquals(List.of(aliceKey), ids(aliceEast));
            assertEquals(List.of(bobKey), ids(bobEast));
            assertEquals(List.of(westKey), ids(aliceWest));
            assertTrue(ids(defaultEast).isEmpty());
            assertEc2Error("InvalidKeyPair.NotFound", bobKey, () -> aliceEast.describeKeyPairs(r -> r.keyPairIds(bobKey)));
            assertEc2Error("InvalidKeyPair.NotFound", bobKey,
                    () -> aliceEast.createTags(r -> r.resources(bobKey).tags(software.amazon.awssdk.services.ec2.model.Tag.builder().key("a").value("b").build())));

            String shared = defaultEast.createKeyPair(r -> r.keyName("default-account")).keyPairId();
            assertEquals(List.of(shared), ids(otherDefaultEast), "non-numeric keys share the default account");

            HttpResponse<String> reset = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(server.endpoint() + "/_localstack/state/reset")).POST(HttpRequest.BodyPublishers.noBody())
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, reset.statusCode());
            for (Ec2Client client : List.of(aliceEast, aliceWest, bobEast, defaultEast)) {
                assertTrue(ids(client).isEmpty());
            }
        }
    }

    private static List<String> ids(Ec2Client client) {
        return client.describeKeyPairs().keyPairs().stream().map(KeyPairInfo::keyPairId).toList();
    }
}
