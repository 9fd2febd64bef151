package io.ec2emulator.bench;

import java.io.IOException;
import java.util.List;

/** The workloads the benchmark measures, and the requests they send. */
public final class Scenarios {

    /** The request every readiness probe and the first scenario send. */
    public static final byte[] DESCRIBE_REGIONS = QueryForm.of("DescribeRegions");

    private static final byte[] DESCRIBE_KEY_PAIRS = QueryForm.of("DescribeKeyPairs");

    private Scenarios() {
    }

    /** DescribeRegions: a static answer, so this measures the HTTP and dispatch path. */
    public static Scenario describeRegions() {
        return new Scenario("DescribeRegions",
                (client, connection, sequence) -> expect(client, DESCRIBE_REGIONS, "DescribeRegionsResponse"));
    }

    /** DescribeKeyPairs with whatever key pairs exist (the benchmark imports 100 first). */
    public static Scenario describeKeyPairs(int keyPairs) {
        return new Scenario("DescribeKeyPairs (" + keyPairs + " key pairs)",
                (client, connection, sequence) -> expect(client, DESCRIBE_KEY_PAIRS, "DescribeKeyPairsResponse"));
    }

    /** CreateKeyPair (ed25519) followed by DeleteKeyPair of the same, unique name; the pair is one operation. */
    public static Scenario createDeleteEd25519() {
        return new Scenario("CreateKeyPair+DeleteKeyPair ed25519 (pair = 1 op)",
                (client, connection, sequence) -> createThenDelete(client, "bench-ed-" + connection + "-" + sequence));
    }

    /** CreateKeyPair with an RSA-2048 key, CPU-heavy on the server; the keys are left in place. */
    public static Scenario createRsa2048() {
        return new Scenario("CreateKeyPair rsa-2048", (client, connection, sequence) -> expect(client,
                QueryForm.of("CreateKeyPair", "KeyName", "bench-rsa-" + connection + "-" + sequence,
                        "KeyType", "rsa"),
                "CreateKeyPairResponse"));
    }

    /**
     * CreateTags on one resource: one small mutating
     * action whose cost is mostly keeping the change (a new value of the connection's tag every time).
     */
    public static Scenario createTags(String resourceId) {
        return new Scenario("CreateTags (1 tag)", (client, connection, sequence) -> expect(client,
                QueryForm.of("CreateTags", "ResourceId.1", resourceId, "Tag.1.Key", "k-" + connection,
                        "Tag.1.Value", "v-" + sequence), "CreateTagsResponse"));
    }

    /** A cheap mix of the non-RSA scenarios, run round-robin, to warm up the server's JIT. */
    public static Scenario warmUpMix() {
        List<Operation> mix = List.of(describeRegions().operation(), describeKeyPairs(0).operation(),
                (client, connection, sequence) -> createThenDelete(client, "bench-warm-" + connection + "-" + sequence));
        return new Scenario("warm-up mix",
                (client, connection, sequence) -> mix.get((int) (sequence % mix.size()))
                        .run(client, connection, sequence));
    }

    /** Imports one key pair named {@code name} from an OpenSSH public key line. */
    public static void importKeyPair(QueryClient client, String name, String publicKeyBase64)
            throws IOException, UnexpectedResponseException {
        expect(client, QueryForm.of("ImportKeyPair", "KeyName", name, "PublicKeyMaterial", publicKeyBase64),
                "ImportKeyPairResponse");
    }

    /** Sends a request and fails unless the answer is HTTP 200 with the given root element. */
    public static QueryResponse expect(QueryClient client, byte[] form, String expectedRoot)
            throws IOException, UnexpectedResponseException {
        QueryResponse response = client.send(form);
        if (!response.isOk(expectedRoot)) {
            throw new UnexpectedResponseException(expectedRoot, response);
        }
        return response;
    }

    private static void createThenDelete(QueryClient client, String name)
            throws IOException, UnexpectedResponseException {
        expect(client, QueryForm.of("CreateKeyPair", "KeyName", name, "KeyType", "ed25519"),
                "CreateKeyPairResponse");
        expect(client, QueryForm.of("DeleteKeyPair", "KeyName", name), "DeleteKeyPairResponse");
    }
}
