package io.ec2emulator.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.ec2emulator.api.TestServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The EC2 Query protocol's edges over raw HTTP: every malformed or unsupported request is answered
 * with EC2's error document, the right code and status, and a request id that matches its header.
 */
class ProtocolErrorsTest {

    private static final String XML = "text/xml;charset=UTF-8";
    private static final String FORM = "application/x-www-form-urlencoded; charset=utf-8";
    private static final String VERSION = "&Version=2016-11-15";
    private static final String NS = "http://ec2.amazonaws.com/doc/2016-11-15/";
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private static TestServer server;
    private static HttpClient http;

    @BeforeAll
    static void start() {
        server = new TestServer();
        http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(TIMEOUT)
                .build();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    // ---------------------------------------------------------------- actions

    @Test
    void missingActionIsMissingAction() {
        assertError(post("Version=2016-11-15"), 400, "MissingAction", "parameter Action");
    }

    @Test
    void unknownActionIsInvalidAction() {
        assertError(post("Action=NoSuchAction" + VERSION), 400, "InvalidAction", "NoSuchAction is not valid");
    }

    @Test
    void actionNamesAreCaseSensitive() {
        assertError(post("Action=describeRegions" + VERSION), 400, "InvalidAction", "describeRegions");
    }

    @Test
    void modelActionNotImplementedIs501NamingTheAction() {
        assertError(post("Action=EnableVolumeIO" + VERSION), 501, "NotImplemented", "EnableVolumeIO");
    }

    @Test
    void modelShapeThatIsNotAnActionIsInvalidAction() {
        assertError(post("Action=InstanceRequirements" + VERSION), 400, "InvalidAction", "InstanceRequirements");
    }

    // ---------------------------------------------------------------- unknown parameters

    @Test
    void unknownParameterIsRejected() {
        assertError(post("Action=DescribeRegions" + VERSION + "&Bogus=1"), 400, "UnknownParameter",
                "The parameter Bogus is not recognized");
    }

    @Test
    void misspeltNestedKeyIsNamed() {
        assertError(post("Action=DescribeKeyPairs" + VERSION + "&Filter.1.Name=key-name&Filter.1.Valu.1=x"),
                400, "UnknownParameter", "The parameter Filter.1.Valu.1 is not recognized");
    }

    @Test
    void listWithoutIndexIsUnknown() {
        assertError(post("Action=DescribeKeyPairs" + VERSION + "&KeyName=a"), 400, "UnknownParameter",
                "The parameter KeyName is not recognized");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Filter.0.Name", "Filter.x.Name", "Filter.01.Name", "Filter.-1.Name"})
    void listIndexThatIsNotAPositiveIntegerIsUnknown(String key) {
        assertError(post("Action=DescribeKeyPairs" + VERSION + "&" + key + "=key-name"), 400, "UnknownParameter",
                "The parameter " + key + " is not recognized");
    }

    // ---------------------------------------------------------------- values

    @ParameterizedTest
    @ValueSource(strings = {"DescribeRegions", "DescribeAvailabilityZones", "DescribeTags", "DescribeKeyPairs"})
    void filterWithoutNameIsInvalidParameterValue(String action) {
        assertError(post("Action=" + action + VERSION + "&Filter.1.Value.1=x"), 400, "InvalidParameterValue",
                "filter");
    }

    @Test
    void nonIntegerMaxResultsIsInvalidParameterValue() {
        assertError(post("Action=DescribeTags" + VERSION + "&MaxResults=abc"), 400, "InvalidParameterValue",
                "MaxResults");
    }

    @Test
    void nonBooleanDryRunIsInvalidParameterValue() {
        assertError(post("Action=DescribeRegions" + VERSION + "&DryRun=maybe"), 400, "InvalidParameterValue",
                "maybe");
    }

    @ParameterizedTest
    @ValueSource(strings = {"%%%", "not-base64", "abc", "ab=c"})
    void publicKeyMaterialThatIsNotBase64IsInvalidParameterValue(String material) {
        assertError(post("Action=ImportKeyPair" + VERSION + "&KeyName=imported&PublicKeyMaterial=" + enc(material)),
                400, "InvalidParameterValue", "PublicKeyMaterial");
    }

    @Test
    void maxResultsOutOfRangeIsInvalidParameterValue() {
        assertError(post("Action=DescribeTags" + VERSION + "&MaxResults=3"), 400, "InvalidParameterValue",
                "between 5 and 1000");
    }

    @Test
    void missingRequiredParameterIsMissingParameter() {
        assertError(post("Action=CreateKeyPair" + VERSION), 400, "MissingParameter",
                "The request must contain the parameter KeyName");
    }

    // ---------------------------------------------------------------- form encoding

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "%zz    | Invalid percent escape '%zz'",
        "a%g1   | Invalid percent escape '%g1'",
        "%4     | Incomplete percent escape",
        "%      | Incomplete percent escape",
        "%C3%28 | not valid UTF-8",
        "%FF    | not valid UTF-8",
    })
    void badPercentEncodingIsMalformedQueryString(String keyName, String message) {
        assertError(post("Action=CreateKeyPair" + VERSION + "&KeyName=" + keyName), 400, "MalformedQueryString",
                message);
    }

    @Test
    void rawNonUtf8BodyIsMalformedQueryString() {
        byte[] body = concat("Action=CreateKeyPair&Version=2016-11-15&KeyName=".getBytes(StandardCharsets.US_ASCII),
                new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
        assertError(send(HttpRequest.newBuilder(root()).header("Content-Type", FORM)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))), 400, "MalformedQueryString", "UTF-8");
    }

    @Test
    void sameKeyTwiceIsInvalidQueryParameter() {
        assertError(post("Action=CreateKeyPair" + VERSION + "&KeyName=a&KeyName=b"), 400, "InvalidQueryParameter",
                "KeyName");
    }

    @Test
    void sameKeyInQueryAndBodyIsInvalidQueryParameter() {
        assertError(send(HttpRequest.newBuilder(URI.create(server.endpoint() + "/?Action=DescribeRegions"))
                .header("Content-Type", FORM)
                .POST(HttpRequest.BodyPublishers.ofString("Action=DescribeRegions" + VERSION))),
                400, "InvalidQueryParameter", "Action");
    }

    // ---------------------------------------------------------------- HTTP

    @Test
    void oversizedBodyIs413AndTheServerStillAnswers() throws Exception {
        int size = 5 * 1024 * 1024;
        RawHttp.Response response;
        Socket socket = RawHttp.connect(server.endpoint());
        try {
            OutputStream out = socket.getOutputStream();
            RawHttp.send(socket, (RawHttp.postHead(FORM) + "Content-Length: " + size + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            // The body goes out on another thread: the server may answer and close before it has read it.
            Thread writer = new Thread(() -> {
                byte[] chunk = new byte[64 * 1024];
                Arrays.fill(chunk, (byte) 'a');
                byte[] head = ("Action=DescribeRegions" + VERSION + "&Pad=").getBytes(StandardCharsets.US_ASCII);
                System.arraycopy(head, 0, chunk, 0, head.length);
                try {
                    for (int sent = 0; sent < size; sent += chunk.length) {
                        out.write(chunk, 0, Math.min(chunk.length, size - sent));
                        Arrays.fill(chunk, 0, head.length, (byte) 'a');
                    }
                    out.flush();
                } catch (IOException closedByServer) {
                    // expected: the server closes the connection after its 413
                }
            }, "oversized-body-writer");
            writer.setDaemon(true);
            writer.start();
            response = RawHttp.read(socket.getInputStream());
            socket.close(); // unblocks the writer if the server stopped reading without closing
            writer.join(RawHttp.TIMEOUT_MS);
            assertFalse(writer.isAlive(), "the body writer is still blocked");
        } finally {
            socket.close();
        }
        assertEquals(413, response.status());
        assertEquals(XML, response.header("content-type"));
        Document doc = parse(response.body());
        assertEquals("RequestEntityTooLarge", text(doc, "Code"));
        assertTrue(text(doc, "Message").contains(String.valueOf(ServerOptions.DEFAULT_MAX_BODY_BYTES)),
                text(doc, "Message"));
        assertEquals(response.header("x-amzn-requestid"), text(doc, "RequestID"));

        HttpResponse<byte[]> after = post("Action=DescribeRegions" + VERSION);
        assertEquals(200, after.statusCode());
    }

    @Test
    void unsupportedExpectationIsAnsweredWithEc2ErrorXml() throws IOException {
        String body = "Action=DescribeRegions" + VERSION;
        try (Socket socket = RawHttp.connect(server.endpoint())) {
            RawHttp.send(socket, (RawHttp.postHead(FORM) + "Expect: something-else\r\nContent-Length: " + body.length()
                    + "\r\n\r\n" + body).getBytes(StandardCharsets.US_ASCII));
            socket.shutdownOutput();
            RawHttp.Response response = RawHttp.read(socket.getInputStream());
            assertEquals(417, response.status());
            assertEquals(XML, response.header("content-type"), "headers " + response.headers());
            Document doc = parse(response.body());
            assertFalse(text(doc, "Code").isEmpty());
            assertEquals(response.header("x-amzn-requestid"), text(doc, "RequestID"));
        }
    }

    @Test
    void getWithQueryStringWorks() {
        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(
                URI.create(server.endpoint() + "/?Action=DescribeRegions&Version=2016-11-15")).GET());
        assertEquals(200, response.statusCode());
        assertEquals(XML, response.headers().firstValue("Content-Type").orElse(null));
        String body = new String(response.body(), StandardCharsets.UTF_8);
        assertTrue(body.contains("<DescribeRegionsResponse xmlns=\"" + NS + "\">"), body);
        Document doc = parse(response.body());
        Element root = doc.getDocumentElement();
        assertEquals("DescribeRegionsResponse", root.getLocalName());
        assertEquals(NS, root.getNamespaceURI());
        String requestId = text(doc, "requestId");
        assertFalse(requestId.isEmpty());
        assertEquals(requestId, response.headers().firstValue("x-amzn-RequestId").orElse(null));
        assertTrue(doc.getElementsByTagNameNS(NS, "regionName").getLength() >= 30, body);
    }

    @Test
    void jsonContentTypeIsRejected() {
        assertError(send(HttpRequest.newBuilder(root()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"Action\":\"DescribeRegions\"}"))),
                400, "MalformedQueryString", "Content-Type");
    }

    @Test
    void putIsMethodNotAllowed() {
        assertError(send(HttpRequest.newBuilder(root()).header("Content-Type", FORM)
                .PUT(HttpRequest.BodyPublishers.ofString("Action=DescribeRegions" + VERSION))),
                405, "MethodNotAllowed", "PUT");
    }

    // ---------------------------------------------------------------- DryRun

    @Test
    void dryRunOfAReadIs412() {
        assertError(post("Action=DescribeRegions" + VERSION + "&DryRun=true"), 412, "DryRunOperation",
                "Request would have succeeded, but DryRun flag is set.");
    }

    @Test
    void dryRunOfACreateIs412AndChangesNothing() {
        assertError(post("Action=CreateKeyPair" + VERSION + "&KeyName=k&KeyType=ed25519&DryRun=true"), 412,
                "DryRunOperation", "DryRun flag is set");
        HttpResponse<byte[]> described = post("Action=DescribeKeyPairs" + VERSION);
        assertEquals(200, described.statusCode());
        assertFalse(texts(parse(described.body()), "keyName").contains("k"));
        assertError(post("Action=DescribeKeyPairs" + VERSION + "&KeyName.1=k"), 400, "InvalidKeyPair.NotFound", "k");
    }

    @Test
    void dryRunWithAValidationErrorIsTheValidationError() {
        assertError(post("Action=CreateKeyPair" + VERSION + "&KeyName=dry&KeyType=bogus&DryRun=true"), 400,
                "InvalidParameterValue", "bogus");
    }

    // ---------------------------------------------------------------- region from SigV4

    @Test
    void regionComesFromTheAuthorizationHeader() {
        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(root())
                .header("Content-Type", FORM)
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/eu-west-1/ec2/aws4_request,"
                        + " SignedHeaders=host, Signature=abc")
                .POST(HttpRequest.BodyPublishers.ofString("Action=DescribeAvailabilityZones" + VERSION)));
        assertZonesOf("eu-west-1", response);
    }

    @Test
    void regionComesFromThePresignedQuery() {
        String query = "Action=DescribeAvailabilityZones" + VERSION
                + "&X-Amz-Algorithm=AWS4-HMAC-SHA256"
                + "&X-Amz-Credential=AKID%2F20260101%2Fap-south-1%2Fec2%2Faws4_request"
                + "&X-Amz-Date=20260101T000000Z&X-Amz-Expires=300&X-Amz-SignedHeaders=host"
                + "&X-Amz-Signature=0123456789abcdef";
        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(URI.create(server.endpoint() + "/?" + query)).GET());
        assertZonesOf("ap-south-1", response);
    }

    @Test
    void unknownCredentialScopeRegionIsAuthFailure() {
        assertError(send(HttpRequest.newBuilder(root())
                .header("Content-Type", FORM)
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/xx-nowhere-1/ec2/"
                        + "aws4_request, SignedHeaders=host, Signature=abc")
                .POST(HttpRequest.BodyPublishers.ofString("Action=DescribeAvailabilityZones" + VERSION))),
                400, "AuthFailure", "xx-nowhere-1");
    }

    private static void assertZonesOf(String region, HttpResponse<byte[]> response) {
        assertEquals(200, response.statusCode(), () -> new String(response.body(), StandardCharsets.UTF_8));
        Document doc = parse(response.body());
        List<String> zones = texts(doc, "zoneName");
        assertTrue(zones.contains(region + "a"), zones::toString);
        for (String zone : zones) {
            assertTrue(zone.startsWith(region), zones::toString);
        }
        for (String name : texts(doc, "regionName")) {
            assertEquals(region, name);
        }
    }

    // ---------------------------------------------------------------- XML output

    @Test
    void controlCharactersInTagValuesAreStrippedFromXml() {
        String keyPairId = createKeyPair("ctl-key");
        HttpResponse<byte[]> created = post("Action=CreateTags" + VERSION + "&ResourceId.1=" + keyPairId
                + "&Tag.1.Key=note&Tag.1.Value=a%01b%07c");
        assertEquals(200, created.statusCode(), () -> new String(created.body(), StandardCharsets.UTF_8));

        HttpResponse<byte[]> described = post("Action=DescribeTags" + VERSION
                + "&Filter.1.Name=resource-id&Filter.1.Value.1=" + keyPairId);
        assertEquals(200, described.statusCode());
        Document doc = parse(described.body());
        assertEquals(List.of("note"), texts(doc, "key"));
        assertEquals(List.of("abc"), texts(doc, "value"));
    }

    // ---------------------------------------------------------------- control endpoints

    @Test
    void healthIsJson() {
        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(URI.create(server.endpoint() + "/_ec2/health"))
                .GET());
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        String json = new String(response.body(), StandardCharsets.UTF_8);
        assertTrue(json.startsWith("{") && json.endsWith("}"), json);
        for (String field : List.of("\"status\"", "\"version\"", "\"uptimeSeconds\"", "\"implementedActions\"")) {
            assertTrue(json.contains(field), json);
        }
        assertTrue(json.contains("\"CreateKeyPair\""), json);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/_ec2/reset", "/_localstack/state/reset"})
    void resetDropsState(String path) {
        createKeyPair("before-reset");
        HttpResponse<byte[]> reset = send(HttpRequest.newBuilder(URI.create(server.endpoint() + path))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, reset.statusCode());
        assertTrue(reset.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        HttpResponse<byte[]> described = post("Action=DescribeKeyPairs" + VERSION);
        assertEquals(200, described.statusCode());
        assertFalse(texts(parse(described.body()), "keyName").contains("before-reset"));
    }

    @Test
    void resetWithGetIs405() {
        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(URI.create(server.endpoint() + "/_ec2/reset"))
                .GET());
        assertEquals(405, response.statusCode());
    }

    @Test
    void unknownControlPathIs404() {
        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(URI.create(server.endpoint() + "/_ec2/nope"))
                .GET());
        assertEquals(404, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    }

    // ---------------------------------------------------------------- keep-alive

    @Test
    void fiftySequentialRequestsOnOneClientSucceed() {
        for (int i = 0; i < 50; i++) {
            HttpResponse<byte[]> response = post("Action=DescribeRegions" + VERSION);
            assertEquals(200, response.statusCode(), "request " + i);
            assertFalse(response.headers().firstValue("Connection").orElse("").equalsIgnoreCase("close"));
        }
    }

    @Test
    void fiftySequentialRequestsShareOneConnection() throws IOException {
        byte[] request = RawHttp.post(FORM, ("Action=DescribeRegions" + VERSION).getBytes(StandardCharsets.US_ASCII));
        try (Socket socket = RawHttp.connect(server.endpoint())) {
            for (int i = 0; i < 50; i++) {
                RawHttp.Response response = RawHttp.exchange(socket, request);
                assertEquals(200, response.status(), "request " + i);
                assertFalse("close".equalsIgnoreCase(response.header("connection")), "request " + i);
                assertEquals(response.header("x-amzn-requestid"), text(parse(response.body()), "requestId"));
            }
        }
    }

    @Test
    void pipelinedRequestsAreAnsweredInOrder() throws IOException {
        // A slow answer (CreateKeyPair makes an RSA key) first, fast ones after: HTTP/1.1 needs them in order.
        ByteArrayOutputStream requests = new ByteArrayOutputStream();
        List<String> forms = new ArrayList<>();
        forms.add("Action=CreateKeyPair" + VERSION + "&KeyName=pipelined-rsa");
        for (int i = 1; i < 8; i++) {
            forms.add("Action=Pipelined" + i + VERSION);
        }
        for (String form : forms) {
            requests.writeBytes(RawHttp.post(FORM, form.getBytes(StandardCharsets.US_ASCII)));
        }
        try (Socket socket = RawHttp.connect(server.endpoint())) {
            RawHttp.send(socket, requests.toByteArray());
            InputStream in = socket.getInputStream();
            RawHttp.Response first = RawHttp.read(in);
            assertEquals(200, first.status(), () -> new String(first.body(), StandardCharsets.UTF_8));
            assertEquals("pipelined-rsa", text(parse(first.body()), "keyName"));
            for (int i = 1; i < forms.size(); i++) {
                RawHttp.Response response = RawHttp.read(in);
                Document doc = parse(response.body());
                assertEquals(400, response.status(), "answer " + i);
                assertTrue(text(doc, "Message").contains("Pipelined" + i + " "), "answer " + i + " is "
                        + text(doc, "Message"));
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    private static URI root() {
        return URI.create(server.endpoint() + "/");
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static HttpResponse<byte[]> post(String form) {
        return send(HttpRequest.newBuilder(root()).header("Content-Type", FORM)
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private static HttpResponse<byte[]> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new AssertionError("request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String createKeyPair(String name) {
        HttpResponse<byte[]> response = post("Action=CreateKeyPair" + VERSION + "&KeyType=ed25519&KeyName=" + name);
        assertEquals(200, response.statusCode(), () -> new String(response.body(), StandardCharsets.UTF_8));
        String id = text(parse(response.body()), "keyPairId");
        assertTrue(id.startsWith("key-"), id);
        return id;
    }

    /** Checks EC2's error document, its status, content type and request id. */
    private static Document assertError(HttpResponse<byte[]> response, int status, String code, String message) {
        String body = new String(response.body(), StandardCharsets.UTF_8);
        assertEquals(status, response.statusCode(), body);
        assertEquals(XML, response.headers().firstValue("Content-Type").orElse(null), body);
        Document doc = parse(response.body());
        Element root = doc.getDocumentElement();
        assertEquals("Response", root.getNodeName(), body);
        assertEquals(1, doc.getElementsByTagName("Errors").getLength(), body);
        assertEquals(code, text(doc, "Code"), body);
        assertTrue(text(doc, "Message").contains(message), body);
        String requestId = text(doc, "RequestID");
        assertFalse(requestId.isEmpty(), body);
        assertEquals(requestId, response.headers().firstValue("x-amzn-RequestId").orElse(null), body);
        return doc;
    }

    static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new AssertionError("not well-formed XML: " + e + "\n" + new String(xml, StandardCharsets.UTF_8), e);
        }
    }

    /** The text of the only element with this local name (in any namespace). */
    private static String text(Document doc, String localName) {
        List<String> all = texts(doc, localName);
        if (all.size() != 1) {
            fail("expected one <" + localName + ">, found " + all.size());
        }
        return all.get(0);
    }

    private static List<String> texts(Document doc, String localName) {
        NodeList nodes = doc.getElementsByTagNameNS("*", localName);
        List<String> out = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            out.add(node.getTextContent());
        }
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
