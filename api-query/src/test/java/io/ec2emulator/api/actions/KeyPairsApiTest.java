package io.ec2emulator.api.actions;

import static io.ec2emulator.api.actions.Ec2Assertions.assertEc2Error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ec2emulator.api.TestServer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.CreateKeyPairResponse;
import software.amazon.awssdk.services.ec2.model.DeleteKeyPairResponse;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.ImportKeyPairResponse;
import software.amazon.awssdk.services.ec2.model.KeyPairInfo;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;

/** CreateKeyPair, ImportKeyPair, DescribeKeyPairs and DeleteKeyPair through the real SDK v2 client. */
class KeyPairsApiTest {

    private static final Pattern KEY_ID = Pattern.compile("key-[0-9a-f]{17}");
    private static final Pattern SHA1_HEX = Pattern.compile("([0-9a-f]{2}:){19}[0-9a-f]{2}");
    private static final String ED25519_LINE =
            "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl laptop";

    private static TestServer server;
    private static Ec2Client ec2;

    @BeforeAll
    static void start() {
        server = new TestServer();
        ec2 = server.client();
    }

    @AfterAll
    static void stop() {
        ec2.close();
        server.close();
    }

    @BeforeEach
    void reset() {
        server.emulator().reset();
    }

    @ParameterizedTest
    @CsvSource({"rsa,pem,-----BEGIN RSA PRIVATE KEY-----", "ed25519,pem,-----BEGIN OPENSSH PRIVATE KEY-----",
            "rsa,ppk,PuTTY-User-Key-File-2: ssh-rsa", "ed25519,ppk,PuTTY-User-Key-File-2: ssh-ed25519"})
    void createKeyPairReturnsWorkingMaterialInEachTypeAndFormat(String type, String format, String header) {
        CreateKeyPairResponse created = ec2.createKeyPair(r -> r.keyName("k-" + type + format).keyType(type).keyFormat(format));
        assertTrue(KEY_ID.matcher(created.keyPairId()).matches(), created.keyPairId());
        assertEquals("k-" + type + format, created.keyName());
        assertTrue(created.keyMaterial().startsWith(header), created.keyMaterial());
        if (type.equals("rsa")) {
            assertTrue(SHA1_HEX.matcher(created.keyFingerprint()).matches(), created.keyFingerprint());
        } else {
            assertTrue(created.keyFingerprint().matches("[A-Za-z0-9+/]{43}="), created.keyFingerprint());
        }
        KeyPairInfo described = ec2.describeKeyPairs(r -> r.keyNames("k-" + type + format).includePublicKey(true))
                .keyPairs().get(0);
        assertEquals(created.keyPairId(), described.keyPairId());
        assertEquals(created.keyFingerprint(), described.keyFingerprint());
        assertEquals(type, described.keyTypeAsString());
        assertEquals(server.clock().instant(), described.createTime());
        assertTrue(described.publicKey().startsWith(type.equals("rsa") ? "ssh-rsa AAAA" : "ssh-ed25519 AAAA"));
    }

    @Test
    void defaultIsRsaPemAndPublicKeyOnlyWhenAsked() {
        CreateKeyPairResponse created = ec2.createKeyPair(r -> r.keyName("default"));
        assertTrue(created.keyMaterial().startsWith("-----BEGIN RSA PRIVATE KEY-----"));
        KeyPairInfo info = ec2.describeKeyPairs(r -> r.keyNames("default")).keyPairs().get(0);
        assertEquals("rsa", info.keyTypeAsString());
        assertNull(info.publicKey());
    }

    @Test
    void duplicateNameIsRefusedAndChangesNothing() {
        ec2.createKeyPair(r -> r.keyName("dup"));
        assertEc2Error("InvalidKeyPair.Duplicate", "The keypair 'dup' already exists.",
                () -> ec2.createKeyPair(r -> r.keyName("dup")));
        assertEc2Error("InvalidKeyPair.Duplicate", "dup",
                () -> ec2.importKeyPair(r -> r.keyName("dup").publicKeyMaterial(SdkBytes.fromUtf8String(ED25519_LINE))));
        assertEquals(1, ec2.describeKeyPairs().keyPairs().size());
    }

    @Test
    void unknownNamesAndIdsAreNotFound() {
        ec2.createKeyPair(r -> r.keyName("exists"));
        assertEc2Error("InvalidKeyPair.NotFound", "The key pair 'missing' does not exist",
                () -> ec2.describeKeyPairs(r -> r.keyNames("exists", "missing")));
        assertEc2Error("InvalidKeyPair.NotFound", "key-0123456789abcdef0",
                () -> ec2.describeKeyPairs(r -> r.keyPairIds("key-0123456789abcdef0")));
    }

    @Test
    void invalidTypeFormatAndNamesAreRejected() {
        assertEc2Error("InvalidParameterValue", "KeyType", () -> ec2.createKeyPair(r -> r.keyName("a").keyType("dsa")));
        assertEc2Error("InvalidParameterValue", "KeyFormat", () -> ec2.createKeyPair(r -> r.keyName("a").keyFormat("der")));
        assertEc2Error("InvalidParameterValue", "Character sets beyond ASCII are not supported",
                () -> ec2.createKeyPair(r -> r.keyName("schlüssel")));
        assertEc2Error("InvalidParameterValue", "Length exceeds maximum of 255",
                () -> ec2.createKeyPair(r -> r.keyName("k".repeat(256))));
        assertEc2Error("MissingParameter", "The request must contain the parameter KeyName",
                () -> ec2.createKeyPair(r -> r.keyType("rsa")));
        ec2.createKeyPair(r -> r.keyName("k".repeat(255)));
        assertTrue(ec2.describeKeyPairs().keyPairs().stream().allMatch(k -> k.keyName().length() == 255));
    }

    @Test
    void importAcceptsOpenSshLinesAndRejectsOtherKeys() {
        ImportKeyPairResponse imported = ec2.importKeyPair(r -> r.keyName("laptop")
                .publicKeyMaterial(SdkBytes.fromUtf8String(ED25519_LINE))
                .tagSpecifications(TagSpecification.builder().resourceType(ResourceType.KEY_PAIR)
                        .tags(Tag.builder().key("owner").value("me").build()).build()));
        assertTrue(KEY_ID.matcher(imported.keyPairId()).matches());
        assertEquals(List.of(Tag.builder().key("owner").value("me").build()), imported.tags());
        KeyPairInfo info = ec2.describeKeyPairs(r -> r.keyPairIds(imported.keyPairId()).includePublicKey(true))
                .keyPairs().get(0);
        assertEquals("ed25519", info.keyTypeAsString());
        assertEquals(ED25519_LINE, info.publicKey());
        assertEquals(imported.keyFingerprint(), info.keyFingerprint());

        assertEc2Error("InvalidKey.Format", "", () -> ec2.importKeyPair(r -> r.keyName("garbage")
                .publicKeyMaterial(SdkBytes.fromUtf8String("this is not a key"))));
        assertEc2Error("InvalidKey.Format", "", () -> ec2.importKeyPair(r -> r.keyName("dsa")
                .publicKeyMaterial(SdkBytes.fromUtf8String("ssh-dss AAAAB3NzaC1kc3MAAACBAP1"))));
        assertEc2Error("MissingParameter", "PublicKeyMaterial", () -> ec2.importKeyPair(r -> r.keyName("nothing")));
        assertEquals(1, ec2.describeKeyPairs().keyPairs().size());
    }

    @Test
    void deleteByNameOrIdIsIdempotent() {
        String id = ec2.createKeyPair(r -> r.keyName("gone")).keyPairId();
        ec2.createKeyPair(r -> r.keyName("stays"));
        DeleteKeyPairResponse byName = ec2.deleteKeyPair(r -> r.keyName("gone"));
        assertTrue(byName.returnValue());
        assertEquals(id, byName.keyPairId());
        DeleteKeyPairResponse again = ec2.deleteKeyPair(r -> r.keyName("gone"));
        assertTrue(again.returnValue());
        assertNull(again.keyPairId());
        String otherId = ec2.describeKeyPairs(r -> r.keyNames("stays")).keyPairs().get(0).keyPairId();
        ec2.deleteKeyPair(r -> r.keyPairId(otherId));
        ec2.deleteKeyPair(r -> r.keyPairId(otherId));
        assertTrue(ec2.describeKeyPairs().keyPairs().isEmpty());
        assertEc2Error("MissingParameter", "KeyName", () -> ec2.deleteKeyPair(r -> { }));
    }

    @Test
    void filtersCombineLikeEc2() {
        ec2.createKeyPair(r -> r.keyName("web-1").tagSpecifications(keyPairTags("env", "prod")));
        ec2.createKeyPair(r -> r.keyName("web-2").keyType("ed25519").tagSpecifications(keyPairTags("env", "dev")));
        ec2.createKeyPair(r -> r.keyName("db-1").tagSpecifications(keyPairTags("team", "data")));
        assertEquals(List.of("web-1", "web-2"), names(Filter.builder().name("key-name").values("web-*").build()));
        assertEquals(List.of("db-1", "web-1"), names(Filter.builder().name("key-name").values("?*-1").build()));
        assertEquals(List.of("db-1"), names(Filter.builder().name("key-name").values("??-1").build()));
        assertEquals(List.of("web-1"), names(Filter.builder().name("key-name").values("web-*").build(),
                Filter.builder().name("tag:env").values("prod", "staging").build()));
        assertEquals(List.of("web-1", "web-2"), names(Filter.builder().name("tag-key").values("env").build()));
        assertEquals(List.of("db-1"), names(Filter.builder().name("tag-value").values("d?ta").build()));
        assertEquals(List.of("web-2"), names(Filter.builder().name("key-type").values("ed25519").build()));
        assertEquals(List.of(), names(Filter.builder().name("key-name").values("WEB-*").build()));
        String fingerprint = ec2.describeKeyPairs(r -> r.keyNames("db-1")).keyPairs().get(0).keyFingerprint();
        assertEquals(List.of("db-1"), names(Filter.builder().name("fingerprint").values(fingerprint).build()));
        assertEc2Error("InvalidParameterValue", "The filter 'owner' is invalid",
                () -> ec2.describeKeyPairs(r -> r.filters(Filter.builder().name("owner").values("x").build())));
    }

    @Test
    void dryRunValidatesAndChangesNothing() {
        assertEc2Error("DryRunOperation", 412, "Request would have succeeded, but DryRun flag is set.",
                () -> ec2.createKeyPair(r -> r.keyName("dry").dryRun(true)));
        assertTrue(ec2.describeKeyPairs().keyPairs().isEmpty());
        ec2.createKeyPair(r -> r.keyName("real"));
        assertEc2Error("InvalidKeyPair.Duplicate", "real", () -> ec2.createKeyPair(r -> r.keyName("real").dryRun(true)));
        assertEc2Error("DryRunOperation", 412, "DryRun", () -> ec2.deleteKeyPair(r -> r.keyName("real").dryRun(true)));
        assertEquals(1, ec2.describeKeyPairs().keyPairs().size());
        assertEc2Error("DryRunOperation", 412, "DryRun", () -> ec2.describeKeyPairs(r -> r.dryRun(true)));
        assertTrue(ec2.describeTags().tags().isEmpty());
    }

    @Test
    void tagSpecificationForAnotherResourceTypeIsRefusedAndNothingIsCreated() {
        assertEc2Error("InvalidParameterValue", "'instance' is not a valid taggable resource type for this operation.",
                () -> ec2.createKeyPair(r -> r.keyName("t").tagSpecifications(TagSpecification.builder()
                        .resourceType(ResourceType.INSTANCE).tags(Tag.builder().key("a").value("b").build()).build())));
        assertEc2Error("InvalidParameterValue", "aws:", () -> ec2.createKeyPair(r -> r.keyName("t")
                .tagSpecifications(keyPairTags("aws:reserved", "x"))));
        assertTrue(ec2.describeKeyPairs().keyPairs().isEmpty());
    }

    @Test
    void keyMaterialSurvivesTheWireByteForByte() {
        CreateKeyPairResponse created = ec2.createKeyPair(r -> r.keyName("bytes").keyFormat("ppk"));
        String material = created.keyMaterial();
        assertTrue(material.contains("\nPrivate-MAC: "), material);
        assertTrue(material.endsWith("\n"));
        assertFalse(material.contains("\r"));
        assertNotNull(StandardCharsets.US_ASCII.newEncoder().canEncode(material) ? material : null);
    }

    private static TagSpecification keyPairTags(String key, String value) {
        return TagSpecification.builder().resourceType(ResourceType.KEY_PAIR)
                .tags(Tag.builder().key(key).value(value).build()).build();
    }

    private static List<String> names(Filter... filters) {
        return ec2.describeKeyPairs(r -> r.filters(filters)).keyPairs().stream().map(KeyPairInfo::keyName).sorted().toList();
    }
}
