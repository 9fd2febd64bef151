package io.ec2emulator.api.http;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ec2emulator.api.TestServer;
import io.ec2emulator.api.actions.StandardActions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every implemented action, called with no parameters, with only {@code DryRun}, and with junk ids,
 * answers as a client mistake or a success: never a 5xx (which SDKs would retry).
 */
class EveryActionSmokeTest {

    @Test
    void noImplementedActionAnswersAServerErrorToBareOrOddRequests() throws Exception {
        List<String> failures = new ArrayList<>();
        try (TestServer server = new TestServer()) {
            HttpClient http = HttpClient.newHttpClient();
            for (String action : StandardActions.registry().names()) {
                for (String extra : List.of("", "&DryRun=true", "&InstanceId=i-0123456789abcdef0&InstanceId.1=i-0123456789abcdef0",
                        "&Filter.1.Name=x&Filter.1.Value.1=y", "&MaxResults=5", "&KeyName=x&GroupId=sg-1&VpcId=vpc-1")) {
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.endpoint() + "/"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("Action=" + action + "&Version=2016-11-15" + extra))
                            .build(), HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() >= 500 && response.statusCode() != 501) {
                        failures.add(action + extra + " -> " + response.statusCode() + " " + response.body());
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }
}
