package io.ec2emulator.api.http;

import static io.ec2emulator.api.http.RawHttp.printable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.ec2emulator.api.TestServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.DescribeKeyPairsResponse;
import software.amazon.awssdk.services.ec2.model.KeyType;
import software.amazon.awssdk.services.ec2.model.Tag;

/**
 * Throws a few thousand malformed requests at one server (seeded, so a failure reproduces: run with
 * {@code -Dec2.fuzz.seed=N}), then checks that it still answers a real SDK client. Every answer must
 * be a client error or success (the only 5xx allowed is 501 NotImplemented for a model action), in
 * EC2's XML (JSON on the control paths), and arrive within a few seconds.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MalformedRequestFuzzTest {

    private static final long SEED = Long.getLong("ec2.fuzz.seed", 20260115L);
    private static final int RANDOM_REQUESTS = Integer.getInteger("ec2.fuzz.requests", 3000);
    private static final int RANDOM_RAW_REQUESTS = 300;
    private static final int WORKERS = 4;
    private static final int SOCKET_TIMEOUT_MS = RawHttp.TIMEOUT_MS;
    private static final Duration TIMEOUT = Duration.ofMillis(SOCKET_TIMEOUT_MS);
    private static final long SLOW_NANOS = TimeUnit.SECONDS.toNanos(4);
    private static final int MAX_REPORTED = 15;
    private static final int SLOWLORIS_CONNECTIONS = 32;

    private static final String XML = "text/xml;charset=UTF-8";
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String NS = "http://ec2.amazonaws.com/doc/2016-11-15/";
    private static final JsonFactory JSON = new JsonFactory();
    private static final Pattern CODE = Pattern.compile("<Code>([^<]*)</Code>");
    private static final Pattern ACTION = Pattern.compile("Action=([A-Za-z]{1,64})");

    private static final List<String> IMPLEMENTED = List.of("CreateKeyPair", "ImportKeyPair", "DescribeKeyPairs",
            "DeleteKeyPair", "CreateTags", "DeleteTags", "DescribeTags", "DescribeRegions", "DescribeAvailabilityZones");
    private static final List<String> UNIMPLEMENTED = List.of("RunInstances", "DescribeInstances", "EnableVolumeIO",
            "CreateVpc", "DescribeImages");
    private static final List<String> FAKE = List.of("NoSuchAction", "describeRegions", "InstanceRequirements",
            "DESCRIBEREGIONS", "DescribeRegions ", " DescribeRegions", "DescribeRegions\u0000", "Describe.Regions",
            "Ec2Request", "Object", "Class", "../../etc/passwd", "java.lang.Runtime", "DescribeRegionsRequest",
            "EnableVolumeIo", "Tag", "Filter", "A", "X".repeat(300));
    private static final List<String> KEY_TEMPLATES = List.of("Filter.#.Name", "Filter.#.Value.#", "KeyName",
            "KeyName.#", "KeyPairId", "KeyPairId.#", "ResourceId.#", "Tag.#.Key", "Tag.#.Value",
            "TagSpecification.#.ResourceType", "TagSpecification.#.Tag.#.Key", "TagSpecification.#.Tag.#.Value",
            "MaxResults", "NextToken", "DryRun", "KeyType", "KeyFormat", "PublicKeyMaterial", "RegionName.#",
            "ZoneName.#", "ZoneId.#", "AllRegions", "AllAvailabilityZones", "IncludePublicKey", "Version", "Action",
            "X-Amz-Credential", "X-Amz-Date", "AWSAccessKeyId", "Signature", "Timestamp", "Filter.#", "Tag.#",
            "Filter.#.Value", "Filter.#.Name.#", "DryRun.#", "KeyName.#.Value");
    /** The parameters each implemented action really has, for requests that are almost right. */
    private static final Map<String, List<String>> ACTION_KEYS = Map.of(
            "DescribeRegions", List.of("Filter.#.Name", "Filter.#.Value.#", "RegionName.#", "AllRegions", "DryRun"),
            "DescribeAvailabilityZones", List.of("Filter.#.Name", "Filter.#.Value.#", "ZoneName.#", "ZoneId.#",
                    "AllAvailabilityZones", "DryRun"),
            "DescribeKeyPairs", List.of("Filter.#.Name", "Filter.#.Value.#", "KeyName.#", "KeyPairId.#",
                    "IncludePublicKey", "DryRun"),
            "CreateKeyPair", List.of("KeyName", "KeyType", "KeyFormat", "TagSpecification.#.ResourceType",
                    "TagSpecification.#.Tag.#.Key", "TagSpecification.#.Tag.#.Value", "DryRun"),
            "ImportKeyPair", List.of("KeyName", "PublicKeyMaterial", "TagSpecification.#.ResourceType",
                    "TagSpecification.#.Tag.#.Key", "TagSpecification.#.Tag.#.Value", "DryRun"),
            "DeleteKeyPair", List.of("KeyName", "KeyPairId", "DryRun"),
            "CreateTags", List.of("ResourceId.#", "Tag.#.Key", "Tag.#.Value", "DryRun"),
            "DeleteTags", List.of("ResourceId.#", "Tag.#.Key", "Tag.#.Value", "DryRun"),
            "DescribeTags", List.of("Filter.#.Name", "Filter.#.Value.#", "MaxResults", "NextToken", "DryRun"));
    private static final List<String> ABSURD_INDEXES = List.of("0", "-1", "01", "00", "99999999", "999999999",
            "2147483647", "2147483648", "4294967297", "1e3", " 1", "1 ", "\uFF11", "", "x", "+1", "0x1", "1.0",
            "9".repeat(40));
    private static final List<String> TOKENS = List.of(".", ".", "%", "%", "&", "&", "=", "=", "+", "0", "1", "2",
            "7", "9", "a", "Z", "-", "_", "~", " ", "*", "?", "\\", "'", "\"", "<", ">", "]]>", "&amp;", "/",
            "\u0000", "\u0001", "\u0007", "\u001f", "\u007f", "\r", "\n", "\t", "\u00e9", "\u4e2d", "\ud83d\ude00",
            "\ufffe", "\uffff", "\ud800", "\u200b", "\u0085", "%2", "%zz", "%00", "%C3", "%C3%28", "%FF", "%E2%82",
            "Filter", "Name", "Value", "Tag", "Key", "Action", "Version");
    private static final List<String> FILTER_NAMES = List.of("key-name", "fingerprint", "key-pair-id", "key-type",
            "tag:Name", "tag-key", "tag-value", "resource-id", "resource-type", "key", "value", "region-name",
            "zone-name", "endpoint", "opt-in-status", "bogus-filter", "", "tag:", "*");

    private static TestServer server;
    private static HttpClient http;
    private static final List<Socket> slowloris = new ArrayList<>();
    /** Key pairs that exist during the storm, so that some random requests name real resources. */
    private static final List<String> keyPairIds = new ArrayList<>();
    private static final List<String> keyNames = new ArrayList<>();
    private static final ThreadLocal<DocumentBuilder> XML_PARSER = ThreadLocal.withInitial(
            MalformedRequestFuzzTest::newParser);

    /** When this test began (JUnit makes a new instance for each test), for {@link #report}. */
    private final long started = System.nanoTime();
    /** The first failing request of each kind of failure (problem and action), and how often it happened. */
    private final Map<String, String> failures = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<String, AtomicInteger> failureCounts = new ConcurrentSkipListMap<>();
    private final AtomicInteger exchanges = new AtomicInteger();
    private final AtomicLong slowestNanos = new AtomicLong();
    /** How many answers of each status and error code a phase got: shows how deep the requests reach. */
    private final Map<String, AtomicInteger> outcomes = new ConcurrentSkipListMap<>();

    @BeforeAll
    static void start() throws IOException {
        System.out.println("MalformedRequestFuzzTest seed: " + SEED + " (rerun with -Dec2.fuzz.seed=" + SEED + ")");
        server = new TestServer();
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
        try (Ec2Client ec2 = server.client()) {
            for (int i = 0; i < 3; i++) {
                String name = "fuzz-existing-" + i;
                keyPairIds.add(ec2.createKeyPair(b -> b.keyName(name).keyType(KeyType.ED25519)).keyPairId());
                keyNames.add(name);
            }
            ec2.createTags(b -> b.resources(keyPairIds.get(0)).tags(Tag.builder().key("Name").value("fuzz").build()));
        }
        // Slow clients that never finish their headers stay connected through the whole storm.
        for (int i = 0; i < SLOWLORIS_CONNECTIONS; i++) {
            Socket socket = RawHttp.connect(server.endpoint());
            RawHttp.send(socket, ("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow-" + i + ": ")
                    .getBytes(StandardCharsets.US_ASCII));
            slowloris.add(socket);
        }
    }

    @AfterAll
    static void stop() {
        for (Socket socket : slowloris) {
            closeQuietly(socket);
        }
        if (server != null) {
            server.close();
        }
    }

    // ------------------------------------------------------------------------------------ the storm

    @Test
    @Order(1)
    void randomFormRequests() throws Exception {
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < WORKERS; w++) {
                long workerSeed = SEED * 31 + w;
                int count = RANDOM_REQUESTS / WORKERS;
                done.add(workers.submit(() -> {
                    Random random = new Random(workerSeed);
                    for (int i = 0; i < count && failures.size() < MAX_REPORTED; i++) {
                        exchange(randomRequest(random), "worker seed " + workerSeed + " #" + i);
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            workers.shutdownNow();
        }
        report("random form requests");
    }

    @Test
    @Order(2)
    void pathologicalParameters() {
        String v = "&Version=2016-11-15";
        List<Fuzz> cases = new ArrayList<>();
        cases.add(form("Action=DescribeKeyPairs" + v + "&Filter.99999999.Name=key-name&Filter.99999999.Value.1=x"));
        cases.add(form("Action=DescribeKeyPairs" + v + "&Filter.2147483648.Name=key-name"));
        cases.add(form("Action=DescribeKeyPairs" + v + "&Filter.2147483647.Name=key-name&Filter.2147483647.Value.1=x"));
        cases.add(form("Action=CreateKeyPair" + v + "&KeyName=absurd&KeyType=ed25519"
                + "&TagSpecification.1.ResourceType=key-pair&TagSpecification.1.Tag.999999999.Key=k"));
        cases.add(form("Action=CreateTags" + v + "&ResourceId.999999999=key-0123456789abcdef0&Tag.999999999.Key=k"));
        cases.add(form("Action=DescribeRegions" + v + "&RegionName.1=us-east-1&RegionName.999999999=eu-west-1"));
        String deep = "a" + ".a".repeat(9_999);
        cases.add(form("Action=DescribeRegions" + v + "&" + deep + "=1"));
        cases.add(form("Action=DescribeRegions" + v + "&Filter." + "1.".repeat(5_000) + "Name=x"));
        cases.add(form(deep + "=1"));
        cases.add(form("Action=DescribeRegions" + v + "&" + ".".repeat(10_000) + "=1"));
        cases.add(form("Action=DescribeRegions" + v + "&" + "%2E".repeat(10_000) + "=1"));
        for (int count : new int[] {19_998, 20_000, 25_000, 100_000}) {
            StringBuilder many = new StringBuilder("Action=DescribeKeyPairs" + v);
            for (int i = 1; i <= count; i++) {
                many.append("&Filter.1.Value.").append(i).append("=v").append(i);
            }
            cases.add(form(many.toString()));
            StringBuilder unknown = new StringBuilder("Action=DescribeRegions" + v);
            for (int i = 1; i <= count; i++) {
                unknown.append("&P").append(i).append('=');
            }
            cases.add(form(unknown.toString()));
        }
        cases.add(form("Action=DescribeKeyPairs" + v + "&Filter.1.Name=key-name&Filter.1.Value.1="
                + "*?".repeat(100_000)));
        cases.add(form("Action=DescribeKeyPairs" + v + "&Filter.1.Name=key-name&Filter.1.Value.1="
                + "*a".repeat(50_000) + "b"));
        String huge = "x".repeat(3 * 1024 * 1024);
        cases.add(form("Action=CreateKeyPair" + v + "&KeyName=" + huge));
        cases.add(form("Action=DescribeKeyPairs" + v + "&KeyName.1=" + huge));
        cases.add(form("Action=DescribeTags" + v + "&NextToken=" + huge));
        cases.add(form("Action=ImportKeyPair" + v + "&KeyName=big&PublicKeyMaterial="
                + Base64.getEncoder().encodeToString(new byte[2 * 1024 * 1024])));
        cases.add(form("Action=DescribeRegions" + v + "&Bogus=" + "%41".repeat(1_300_000)));
        cases.add(form("Action=DescribeRegions" + v + "&" + "x".repeat(1_000_000) + "=1"));
        cases.add(form("Action=" + "A".repeat(1_000_000) + v));
        cases.add(form("&".repeat(1_000_000) + "Action=DescribeRegions" + v));
        cases.add(form("=".repeat(100)));
        cases.add(form("Action=DescribeRegions" + v + "&Action=DescribeRegions"));
        cases.add(form("Action=DescribeRegions" + v + "&Version=2016-11-15"));
        cases.add(form("Action=DescribeRegions" + v + "&Act%69on=DescribeRegions"));
        cases.add(form("Action=DescribeRegions" + v + "&RegionName.1=a&RegionName.01=b&RegionName.1=c"));
        cases.add(form("Action=DescribeTags" + v + "&MaxResults=99999999999999999999"));
        cases.add(form("Action=DescribeTags" + v + "&MaxResults=-2147483648"));
        cases.add(form("Action=DescribeTags" + v + "&NextToken=" + Base64.getUrlEncoder()
                .encodeToString("ec2emu1:\u0000".getBytes(StandardCharsets.UTF_8))));
        cases.add(form("Action=DescribeTags" + v + "&MaxResults=5&NextToken=" + Base64.getUrlEncoder()
                .encodeToString("ec2emu1:".getBytes(StandardCharsets.UTF_8))));
        cases.add(form("Action=CreateTags" + v + "&ResourceId.1=key-&Tag.1.Key=k"));
        cases.add(form("Action=DeleteKeyPair" + v));
        cases.add(form("Action=DeleteKeyPair" + v + "&KeyName=&KeyPairId="));
        for (Fuzz fuzz : cases) {
            exchange(fuzz, "pathological");
        }
        report("pathological parameters");
    }

    @Test
    @Order(3)
    void rawSocketAbuse() {
        String body = "Action=DescribeRegions&Version=2016-11-15";
        String head = RawHttp.postHead(FORM);
        List<String> cases = new ArrayList<>(List.of(
                // truncated body: the server waits for the rest, then sees the end of the stream
                head + "Content-Length: 1000\r\n\r\n" + body,
                head + "Content-Length: 10\r\n\r\n" + body,
                head + "Content-Length: 0\r\n\r\n" + body,
                head + "Content-Length: -1\r\n\r\n" + body,
                head + "Content-Length: abc\r\n\r\n" + body,
                head + "Content-Length: 99999999999999999999\r\n\r\n" + body,
                head + "Content-Length: 41\r\nContent-Length: 42\r\n\r\n" + body,
                head + "Content-Length: 41, 41\r\n\r\n" + body,
                head + "Transfer-Encoding: chunked\r\n\r\n29\r\n" + body + "\r\n0\r\n\r\n",
                head + "Transfer-Encoding: chunked\r\n\r\nzz\r\n" + body + "\r\n0\r\n\r\n",
                head + "Transfer-Encoding: chunked\r\n\r\nFFFFFFFFFFFFFFFF\r\n" + body + "\r\n0\r\n\r\n",
                head + "Transfer-Encoding: chunked\r\n\r\n7FFFFFFF\r\n" + body,
                head + "Transfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n29\r\n" + body + "\r\n0\r\n\r\n",
                head + "Transfer-Encoding: gzip\r\n\r\n" + body,
                head + "Transfer-Encoding: chunked\r\n\r\n1;" + "x".repeat(10_000) + "\r\na\r\n0\r\n\r\n",
                head + "Content-Encoding: gzip\r\nContent-Length: 41\r\n\r\n" + body,
                head + "Expect: 100-continue\r\nContent-Length: 41\r\n\r\n" + body,
                head + "Expect: 100-continue\r\nContent-Length: 99999999\r\n\r\n",
                head + "Expect: something-else\r\nContent-Length: 41\r\n\r\n" + body,
                // header-only and odd request lines
                head + "\r\n",
                "POST / HTTP/1.1\r\n\r\n",
                "GET /?Action=DescribeRegions&Version=2016-11-15 HTTP/1.0\r\n\r\n",
                "GET /?Action=DescribeRegions&Version=2016-11-15 HTTP/1.1\r\nConnection: close\r\n\r\n",
                "GET http://127.0.0.1/?Action=DescribeRegions&Version=2016-11-15 HTTP/1.1\r\nHost: x\r\n\r\n",
                "GET /?Action=DescribeRegions&Version=2016-11-15#frag HTTP/1.1\r\nHost: x\r\n\r\n",
                "GET /?Action=Describe Regions HTTP/1.1\r\nHost: x\r\n\r\n",
                "GET /?Action=%zz HTTP/1.1\r\nHost: x\r\n\r\n",
                "GET /?Action=\u00e9 HTTP/1.1\r\nHost: x\r\n\r\n",
                "GET /?" + "a=1&".repeat(2_000) + " HTTP/1.1\r\nHost: x\r\n\r\n",
                "GET /" + "a".repeat(100_000) + " HTTP/1.1\r\nHost: x\r\n\r\n",
                "GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(100_000) + "\r\n\r\n",
                "GET / HTTP/1.1\r\n" + "X-H: 1\r\n".repeat(5_000) + "\r\n",
                "GET / HTTP/1.1\r\nNoColonHere\r\n\r\n",
                "GET / HTTP/1.1\r\n: empty-name\r\n\r\n",
                "GET / HTTP/1.1\r\nBad Header: x\r\n\r\n",
                "GET / HTTP/1.1\r\nX: \u0000\u0001\r\n\r\n",
                "GET / HTTP/1.1\r\n folded: x\r\n\r\n",
                "GET / HTTP/9.9\r\n\r\n",
                "GET / HTTP/1.1 extra\r\n\r\n",
                "GET / FTP/1.0\r\n\r\n",
                "GET\r\n\r\n",
                "GET /\r\n\r\n",
                "get / HTTP/1.1\r\nHost: x\r\n\r\n",
                "HEAD / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                "HEAD /_ec2/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                "OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n",
                "CONNECT 127.0.0.1:443 HTTP/1.1\r\nHost: x\r\n\r\n",
                "TRACE / HTTP/1.1\r\nHost: x\r\n\r\n",
                "DELETE /_ec2/reset HTTP/1.1\r\nHost: x\r\n\r\n",
                "BREW /coffee HTTP/1.1\r\nHost: x\r\n\r\n",
                "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n",
                "GET / HTTP/1.1\r\nUpgrade: h2c\r\nConnection: Upgrade, HTTP2-Settings\r\nHTTP2-Settings: AAMAAABkAAQAAP__\r\n\r\n",
                "GARBAGE\r\n\r\n",
                "\r\n\r\n\r\n\r\n",
                "\u0000\u0000\u0000\u0000",
                "\u0016\u0003\u0001\u0002\u0000\u0001\u0000\u01fc\u0003\u0003",
                " / HTTP/1.1\r\n\r\n",
                "POST /_ec2/health HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello",
                "GET /_ec2/" + "%".repeat(100) + " HTTP/1.1\r\nHost: x\r\n\r\n",
                "GET /_ec2/health?x=%zz HTTP/1.1\r\nHost: x\r\n\r\n",
                // slowloris: a partial header, then the client gives up
                "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ",
                "POST / HTT",
                "P"));
        // pipelined: several complete requests in one write
        String one = head + "Content-Length: " + body.length() + "\r\n\r\n" + body;
        cases.add(one.repeat(10));
        cases.add(one.repeat(3) + "GARBAGE\r\n\r\n" + one);
        Random random = new Random(SEED ^ 0x5A5A5A5AL);
        List<byte[]> requests = new ArrayList<>();
        for (String c : cases) {
            requests.add(c.getBytes(StandardCharsets.UTF_8));
        }
        for (int i = 0; i < RANDOM_RAW_REQUESTS; i++) {
            requests.add(randomRawRequest(random, head));
        }
        for (int i = 0; i < requests.size() && failures.size() < MAX_REPORTED; i++) {
            rawExchange(requests.get(i), i % 7 != 3);
        }
        report("raw socket abuse");
    }

    @Test
    @Order(4)
    void oversizedBodiesAreRejectedWithoutHarm() {
        int size = ServerOptions.DEFAULT_MAX_BODY_BYTES + 1024;
        String head = RawHttp.postHead(FORM);
        byte[] pad = new byte[size];
        Arrays.fill(pad, (byte) 'a');
        // Content-Length announces too much, with and without sending it; chunked grows past the limit.
        List<Integer> announced = rawExchange((head + "Content-Length: " + size + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII), true);
        ByteArrayOutputStream chunked = new ByteArrayOutputStream();
        chunked.writeBytes((head + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        for (int sent = 0; sent < size; sent += 1 << 16) {
            chunked.writeBytes(("10000\r\n").getBytes(StandardCharsets.US_ASCII));
            chunked.write(pad, 0, 1 << 16);
            chunked.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        chunked.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        List<Integer> grown = rawExchange(chunked.toByteArray(), true);
        report("oversized bodies");
        assertEquals(List.of(413), announced);
        assertEquals(List.of(413), grown);
    }

    // ------------------------------------------------------------------------------------ afterwards

    @Test
    @Order(5)
    void serverStillAnswersAfterTheStorm() throws IOException {
        try (Ec2Client ec2 = server.client()) {
            assertTrue(ec2.describeRegions().regions().size() >= 30);
            String name = "after-the-storm-" + SEED;
            ec2.createKeyPair(b -> b.keyName(name).keyType(KeyType.ED25519));
            DescribeKeyPairsResponse described = ec2.describeKeyPairs(b -> b.keyNames(name));
            assertEquals(1, described.keyPairs().size());
            assertEquals(name, described.keyPairs().get(0).keyName());
            assertTrue(ec2.describeAvailabilityZones().availabilityZones().size() >= 2);
        }
        HttpResponse<byte[]> health = send(HttpRequest.newBuilder(URI.create(server.endpoint() + "/_ec2/health"))
                .timeout(TIMEOUT).GET().build());
        assertEquals(200, health.statusCode());
        // a slow client that finally completes its request is still served
        Socket slow = slowloris.get(0);
        byte[] body = "Action=DescribeRegions&Version=2016-11-15".getBytes(StandardCharsets.US_ASCII);
        RawHttp.send(slow, ("1\r\nContent-Type: " + FORM + "\r\nContent-Length: " + body.length
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        RawHttp.send(slow, body);
        RawHttp.Response response = RawHttp.readFinal(slow.getInputStream(), false);
        assertNotNull(response, "the server closed a slow connection");
        assertEquals(200, response.status(), () -> new String(response.body(), StandardCharsets.UTF_8));
    }

    // ------------------------------------------------------------------------------------ generation

    /** One HTTP request made with {@link HttpClient}. */
    record Fuzz(String method, String path, String contentType, String authorization, byte[] body) {

        String describe() {
            return method + " " + printable(path, 300) + "\n  Content-Type: " + contentType + "\n  Authorization: "
                    + authorization + "\n  body (" + body.length + " bytes): "
                    + printable(new String(body, StandardCharsets.ISO_8859_1), 600);
        }
    }

    private static Fuzz form(String body) {
        return new Fuzz("POST", "/", FORM, null, body.getBytes(StandardCharsets.UTF_8));
    }

    private static Fuzz randomRequest(Random r) {
        StringBuilder form = new StringBuilder();
        List<String> keys = new ArrayList<>();
        List<String> values = new ArrayList<>();
        String action = r.nextInt(10) != 0 ? randomAction(r) : null;
        if (action != null) {
            keys.add("Action");
            values.add(action);
        }
        if (r.nextInt(5) != 0) {
            keys.add("Version");
            values.add(r.nextInt(10) == 0 ? pick(r, List.of("2014-01-01", "", "x")) : "2016-11-15");
        }
        List<String> own = action == null ? null : ACTION_KEYS.get(action);
        boolean focused = own != null && r.nextBoolean();
        int count = r.nextInt(4) == 0 ? r.nextInt(40) : r.nextInt(8);
        for (int i = 0; i < count; i++) {
            String key = focused && r.nextInt(12) != 0 ? withIndexes(r, pick(r, own), 12) : randomKey(r);
            if (focused && keys.contains(key)) {
                continue; // almost-right requests should mostly get past the duplicate check
            }
            keys.add(key);
            values.add(randomValue(r, key));
        }
        if (!keys.isEmpty() && r.nextInt(20) == 0) {
            int k = r.nextInt(keys.size());
            keys.add(keys.get(k));
            values.add(values.get(k));
        }
        for (int i = 0; i < keys.size(); i++) {
            if (i > 0 || r.nextInt(30) == 0) {
                form.append(r.nextInt(40) == 0 ? "&&" : "&");
            }
            boolean encode = r.nextInt(focused ? 40 : 16) != 0;
            form.append(encode ? encode(keys.get(i)) : keys.get(i));
            if (r.nextInt(30) != 0) {
                form.append('=');
                form.append(encode ? encode(values.get(i)) : values.get(i));
            }
        }
        byte[] body;
        int shape = r.nextInt(100);
        if (shape < 4) {
            body = new byte[r.nextInt(2_000)];
            r.nextBytes(body);
        } else if (shape < 6) {
            form.append("&Big").append(r.nextInt(3)).append('=').append(pick(r, TOKENS).repeat(1 + r.nextInt(200_000)));
            body = form.toString().getBytes(StandardCharsets.UTF_8);
        } else if (shape < 8) {
            byte[] text = form.toString().getBytes(StandardCharsets.UTF_8);
            body = Arrays.copyOf(text, text.length + 1 + r.nextInt(16));
            for (int i = text.length; i < body.length; i++) {
                body[i] = (byte) r.nextInt(256);
            }
        } else {
            body = form.toString().getBytes(StandardCharsets.UTF_8);
        }
        String method = "POST";
        String path = "/";
        int m = r.nextInt(100);
        if (m < 10) {
            method = "GET";
        } else if (m < 14) {
            method = pick(r, List.of("PUT", "DELETE", "PATCH", "OPTIONS", "FOO"));
        }
        if (r.nextInt(25) == 0) {
            path = pick(r, List.of("/x", "/_ec2/health", "/_ec2/", "/_ec2/nope", "/_localstack/x", "//",
                    "/%2e%2e/", "/_ec2/health/", "/?", "/_EC2/health", "/index.html"));
        }
        String contentType = FORM;
        int c = r.nextInt(100);
        if (c < 5) {
            contentType = null;
        } else if (c < 10) {
            contentType = pick(r, List.of("application/json", "text/plain", "APPLICATION/X-WWW-FORM-URLENCODED",
                    FORM + "; charset=ISO-8859-1", "multipart/form-data; boundary=x", "", "x/y; z=\"",
                    FORM + "; charset=utf-8"));
        }
        String authorization = null;
        if (r.nextInt(8) == 0) {
            authorization = pick(r, List.of(
                    "AWS4-HMAC-SHA256 Credential=AKID/20260101/eu-west-1/ec2/aws4_request, SignedHeaders=host, Signature=a",
                    "AWS4-HMAC-SHA256 Credential=123456789012/20260101/us-west-2/ec2/aws4_request, Signature=a",
                    "AWS4-HMAC-SHA256 Credential=AKID/20260101/xx-nowhere-1/ec2/aws4_request",
                    "AWS4-HMAC-SHA256 Credential=AKID/20260101//ec2/aws4_request",
                    "AWS4-HMAC-SHA256 Credential=/////",
                    "AWS4-HMAC-SHA256 Credential=AKID/20260101/../ec2/aws4_request",
                    "AWS4-HMAC-SHA256 Credential=AKID/20260101/" + "r".repeat(3_000) + "/ec2/aws4_request",
                    "AWS4-HMAC-SHA256 Credential=",
                    "Credential=Credential=Credential=",
                    "Bearer x", "", "AWS AKID:sig", randomAscii(r, 200)));
        }
        if ("GET".equals(method)) {
            String query = new String(body, StandardCharsets.ISO_8859_1);
            try {
                URI uri = URI.create(server.endpoint() + path + (path.contains("?") ? "&" : "?") + query);
                if (uri.getRawQuery() != null && uri.toASCIIString().length() < 4_000) {
                    return new Fuzz(method, uri.getRawPath() + "?" + uri.getRawQuery(), contentType, authorization,
                            new byte[0]);
                }
            } catch (IllegalArgumentException notAUri) {
                // falls back to POST
            }
            method = "POST";
        }
        return new Fuzz(method, path, contentType, authorization, body);
    }

    private static String randomAction(Random r) {
        int a = r.nextInt(100);
        if (a < 60) {
            return pick(r, IMPLEMENTED);
        }
        if (a < 70) {
            return pick(r, UNIMPLEMENTED);
        }
        if (a < 90) {
            return pick(r, FAKE);
        }
        return randomText(r, 20);
    }

    private static String randomKey(Random r) {
        int k = r.nextInt(100);
        if (k < 65) {
            StringBuilder key = new StringBuilder(withIndexes(r, pick(r, KEY_TEMPLATES), 6));
            if (k < 50) {
                return key.toString();
            }
            int at = r.nextInt(key.length() + 1);
            return switch (r.nextInt(4)) {
                case 0 -> key.insert(at, pick(r, TOKENS)).toString();
                case 1 -> at < key.length() ? key.deleteCharAt(at).toString() : key + ".";
                case 2 -> key.toString().toLowerCase(Locale.ROOT);
                default -> "." + key;
            };
        }
        return randomText(r, 12);
    }

    /** The template with each {@code #} replaced by an index, absurd once in {@code absurdOneIn}. */
    private static String withIndexes(Random r, String template, int absurdOneIn) {
        StringBuilder key = new StringBuilder();
        for (char ch : template.toCharArray()) {
            if (ch == '#') {
                key.append(r.nextInt(absurdOneIn) == 0 ? pick(r, ABSURD_INDEXES) : String.valueOf(1 + r.nextInt(3)));
            } else {
                key.append(ch);
            }
        }
        return key.toString();
    }

    private static String randomValue(Random r, String key) {
        if (r.nextInt(5) == 0) {
            return randomText(r, 16);
        }
        if (key.endsWith("Name") && key.startsWith("Filter")) {
            return pick(r, FILTER_NAMES);
        }
        if (key.startsWith("DryRun") || key.startsWith("All") || key.startsWith("Include")) {
            return pick(r, List.of("true", "false", "TRUE", "False", "maybe", "", "1", " true"));
        }
        if (key.startsWith("MaxResults")) {
            return pick(r, List.of("5", "1000", "0", "-1", "abc", "99999999999", "5.0", " 7", "", "1001", "4"));
        }
        if (key.startsWith("KeyType")) {
            return pick(r, List.of("rsa", "ed25519", "RSA", "bogus", ""));
        }
        if (key.startsWith("KeyFormat")) {
            return pick(r, List.of("pem", "ppk", "der", ""));
        }
        if (key.startsWith("PublicKeyMaterial")) {
            byte[] raw = new byte[r.nextInt(600)];
            r.nextBytes(raw);
            if (r.nextBoolean() && raw.length > 0) {
                raw[0] = 0x30;
            }
            String material = r.nextBoolean() ? "ssh-ed25519 " + Base64.getEncoder().encodeToString(raw) : "";
            return r.nextBoolean()
                    ? Base64.getEncoder().encodeToString(material.isEmpty() ? raw
                            : material.getBytes(StandardCharsets.UTF_8))
                    : pick(r, List.of("%%%", "", "====", "AAAA", "ssh-rsa AAAA"));
        }
        if (key.startsWith("ResourceId") || key.startsWith("KeyPairId")) {
            if (r.nextBoolean()) {
                return pick(r, keyPairIds);
            }
            return pick(r, List.of("key-0123456789abcdef0", "key-", "key-1", "i-0123456789abcdef0", "", "-",
                    "key-0123456789ABCDEF0", "key-" + "0".repeat(100)));
        }
        if (key.startsWith("NextToken")) {
            byte[] raw = new byte[r.nextInt(40)];
            r.nextBytes(raw);
            return pick(r, List.of(Base64.getUrlEncoder().encodeToString(raw), "", "ec2emu1:",
                    Base64.getUrlEncoder().encodeToString(("ec2emu1:" + randomText(r, 10))
                            .getBytes(StandardCharsets.UTF_8))));
        }
        if (key.startsWith("RegionName") || key.startsWith("ZoneName") || key.startsWith("ZoneId")) {
            return pick(r, List.of("us-east-1", "us-east-1a", "eu-west-1", "use1-az1", "xx-nowhere-1", ""));
        }
        if (key.startsWith("KeyName") || key.contains("Key")) {
            if (key.startsWith("KeyName") && r.nextBoolean()) {
                return pick(r, keyNames);
            }
            return pick(r, List.of("fuzz-" + r.nextInt(1_000_000), "aws:x", "", " ", "k\u00e9y", "x".repeat(256),
                    "x".repeat(128), "Name", "fuzz"));
        }
        if (key.contains("ResourceType")) {
            return pick(r, List.of("key-pair", "instance", "", "KEY-PAIR"));
        }
        return randomText(r, 8);
    }

    private static String randomText(Random r, int maxTokens) {
        StringBuilder text = new StringBuilder();
        int n = r.nextInt(maxTokens + 1);
        for (int i = 0; i < n; i++) {
            text.append(pick(r, TOKENS));
        }
        return text.toString();
    }

    private static String randomAscii(Random r, int maxLength) {
        StringBuilder text = new StringBuilder();
        int n = r.nextInt(maxLength + 1);
        for (int i = 0; i < n; i++) {
            text.append((char) (0x20 + r.nextInt(0x5F)));
        }
        return text.toString();
    }

    private static byte[] randomRawRequest(Random r, String head) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int shape = r.nextInt(4);
        if (shape == 0) {
            byte[] garbage = new byte[1 + r.nextInt(3_000)];
            r.nextBytes(garbage);
            out.writeBytes(garbage);
        } else {
            String form = new String(randomRequest(r).body(), StandardCharsets.ISO_8859_1);
            byte[] body = form.getBytes(StandardCharsets.ISO_8859_1);
            int declared = shape == 1 ? body.length : Math.max(0, body.length + r.nextInt(40) - 20);
            out.writeBytes((head + "Content-Length: " + declared + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(body);
            if (shape == 3) {
                byte[] tail = new byte[r.nextInt(200)];
                r.nextBytes(tail);
                out.writeBytes(tail);
            }
        }
        byte[] request = out.toByteArray();
        if (r.nextInt(5) == 0 && request.length > 1) {
            return Arrays.copyOf(request, 1 + r.nextInt(request.length - 1));
        }
        return request;
    }

    private static <T> T pick(Random r, List<T> from) {
        return from.get(r.nextInt(from.size()));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------------------------ exchanges

    private void exchange(Fuzz fuzz, String origin) {
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(URI.create(server.endpoint() + fuzz.path())).timeout(TIMEOUT)
                    .method(fuzz.method(), fuzz.body().length == 0 && !"POST".equals(fuzz.method())
                            ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(fuzz.body()));
            if (fuzz.contentType() != null) {
                request.header("Content-Type", fuzz.contentType());
            }
            if (fuzz.authorization() != null) {
                request.header("Authorization", fuzz.authorization());
            }
        } catch (IllegalArgumentException unsendable) {
            return;
        }
        long sent = System.nanoTime();
        HttpResponse<byte[]> response;
        try {
            response = send(request.build());
        } catch (IOException e) {
            failure(origin, fuzz.describe(), (e instanceof HttpTimeoutException ? "no answer in time: " : "failed: ") + e);
            return;
        }
        String slow = timing(sent);
        count(response.statusCode(), response.body());
        String problem = check(fuzz.path(), response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(null),
                response.headers().firstValue("x-amzn-RequestId").orElse(null), response.body(), false);
        if (problem == null) {
            problem = slow;
        }
        if (problem != null) {
            failure(origin, fuzz.describe(), problem + "\n  answer " + response.statusCode() + ": "
                    + printable(new String(response.body(), StandardCharsets.UTF_8), 600));
        }
    }

    /** Sends raw bytes on a new connection, half-closes when asked, checks every answer; returns their statuses. */
    private List<Integer> rawExchange(byte[] request, boolean halfClose) {
        List<Integer> statuses = new ArrayList<>();
        String described = "raw (" + request.length + " bytes, halfClose=" + halfClose + "): "
                + printable(new String(request, StandardCharsets.ISO_8859_1), 600);
        long sent = System.nanoTime();
        try (Socket socket = RawHttp.connect(server.endpoint())) {
            boolean head = new String(request, 0, Math.min(4, request.length), StandardCharsets.ISO_8859_1)
                    .equals("HEAD");
            try {
                RawHttp.send(socket, request);
                if (halfClose) {
                    socket.shutdownOutput();
                } else {
                    // the client gives up: closing without reading must not trouble the server
                    return statuses;
                }
            } catch (SocketException closedByServer) {
                // the server may answer and close before reading everything; read what it sent
            }
            InputStream in = socket.getInputStream();
            for (int answers = 0; answers < 50; answers++) {
                RawHttp.Response response;
                try {
                    response = RawHttp.readFinal(in, head);
                } catch (SocketTimeoutException hung) {
                    failure("raw", described, "no answer and no close within " + SOCKET_TIMEOUT_MS + " ms");
                    return statuses;
                } catch (SocketException reset) {
                    return statuses;
                }
                if (response == null) {
                    break;
                }
                count(response.status(), response.body());
                statuses.add(response.status());
                String problem = check(pathOf(response), response.status(), response.header("content-type"),
                        response.header("x-amzn-requestid"), response.body(), head);
                if (problem != null) {
                    failure("raw", described, problem + "\n  answer " + response.status() + " " + response.headers()
                            + ": " + printable(new String(response.body(), StandardCharsets.UTF_8), 600));
                    return statuses;
                }
                if (head) {
                    break; // a server may or may not send a body after HEAD: nothing after it is readable
                }
            }
        } catch (IOException e) {
            failure("raw", described, "failed: " + e);
        }
        String slow = timing(sent);
        if (slow != null) {
            failure("raw", described, slow);
        }
        return statuses;
    }

    /**
     * Raw requests do not say which path they reach (a garbage request line has none): the control
     * endpoints answer JSON, everything else XML, so the answer itself tells which rules apply.
     */
    private static String pathOf(RawHttp.Response response) {
        String type = response.header("content-type");
        return type != null && type.startsWith("application/json") ? "/_ec2/" : "/";
    }

    /** Records how long an exchange sent at {@code sent} took: says so if it was too slow, else null. */
    private String timing(long sent) {
        long took = System.nanoTime() - sent;
        slowestNanos.accumulateAndGet(took, Math::max);
        return took > SLOW_NANOS ? "took " + took / 1_000_000 + " ms" : null;
    }

    /** What is wrong with an answer, or null. */
    private static String check(String path, int status, String contentType, String requestIdHeader, byte[] body,
                                boolean head) {
        boolean control = path != null && (path.startsWith("/_ec2/") || path.startsWith("/_localstack/"));
        if (control && contentType != null && contentType.startsWith("application/json")) {
            if (status >= 500) {
                return "status " + status;
            }
            if (head) {
                return null;
            }
            try (JsonParser parser = JSON.createParser(body)) {
                while (parser.nextToken() != null) {
                    // reads it all: throws if the JSON is not well-formed
                }
            } catch (IOException e) {
                return "malformed JSON: " + e.getMessage();
            }
            return null;
        }
        if (!XML.equals(contentType)) {
            return "status " + status + " with Content-Type " + contentType + " (expected " + XML + ")";
        }
        if (head) {
            return status >= 500 ? "status " + status : null;
        }
        Document doc;
        try {
            doc = XML_PARSER.get().parse(new ByteArrayInputStream(body));
        } catch (SAXException | IOException e) {
            return "malformed XML: " + e.getMessage();
        }
        Element root = doc.getDocumentElement();
        if (status == 200) {
            if (!root.getLocalName().endsWith("Response") || !NS.equals(root.getNamespaceURI())) {
                return "success root " + root.getTagName();
            }
            String requestId = only(doc, "requestId");
            return requestId != null && requestId.equals(requestIdHeader) ? null
                    : "requestId " + requestId + " vs header " + requestIdHeader;
        }
        if (!"Response".equals(root.getTagName())) {
            return "error root " + root.getTagName();
        }
        String code = only(doc, "Code");
        String message = only(doc, "Message");
        String requestId = only(doc, "RequestID");
        if (code == null || code.isEmpty() || message == null || requestId == null) {
            return "incomplete error document";
        }
        if (!requestId.equals(requestIdHeader)) {
            return "RequestID " + requestId + " vs header " + requestIdHeader;
        }
        if (status >= 500 && !(status == 501 && "NotImplemented".equals(code))) {
            return "status " + status + " " + code;
        }
        if (status < 400) {
            return "error document with status " + status;
        }
        return null;
    }

    private static String only(Document doc, String name) {
        NodeList nodes = doc.getElementsByTagNameNS("*", name);
        return nodes.getLength() == 1 ? nodes.item(0).getTextContent() : null;
    }

    private void count(int status, byte[] body) {
        exchanges.incrementAndGet();
        Matcher code = CODE.matcher(new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8));
        String outcome = status + (code.find() ? " " + code.group(1) : "");
        outcomes.computeIfAbsent(outcome, o -> new AtomicInteger()).incrementAndGet();
    }

    private void failure(String origin, String request, String problem) {
        Matcher action = ACTION.matcher(request);
        String kind = problem.lines().findFirst().orElse(problem).replaceAll("\\d+ ms", "slow")
                + (action.find() ? " in " + action.group(1) : "");
        failureCounts.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
        if (failures.size() < MAX_REPORTED && failures.putIfAbsent(kind, "") == null) {
            String text = "[" + origin + "] " + problem + "\n  request: " + request;
            failures.put(kind, text);
            System.out.println("FUZZ FAILURE (seed " + SEED + ") " + text);
        }
    }

    private void report(String phase) {
        System.out.printf("%s: %d answers in %d ms, slowest %d ms (seed %d): %s%n", phase, exchanges.get(),
                (System.nanoTime() - started) / 1_000_000, slowestNanos.get() / 1_000_000, SEED, outcomes);
        if (!failures.isEmpty()) {
            fail(failures.size() + " kind(s) of failure with seed " + SEED + " " + failureCounts + "; the first of each:\n"
                    + String.join("\n\n", failures.values()));
        }
    }

    private static HttpResponse<byte[]> send(HttpRequest request) throws IOException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    private static DocumentBuilder newParser() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler()); // no "[Fatal Error]" lines on stderr
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
