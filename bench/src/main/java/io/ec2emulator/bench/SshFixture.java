package io.ec2emulator.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prepares an instance to log in to, through the Query API only, as docs/ssh.md does with the AWS CLI: an
 * ed25519 key pair, a security group open on tcp/22, and an Amazon Linux 2023 instance launched with both.
 */
public final class SshFixture {

    private static final Pattern SSH_LISTENING =
            Pattern.compile("ssh gateway listening on 127\\.0\\.0\\.1:(\\d+) \\(started in (\\d+) ms\\)");
    private static final int TIMEOUT_SECONDS = 30;

    private SshFixture() {
    }

    /**
     * Creates the key pair, group and instance on {@code server} and waits until the instance is running with
     * a public address.
     *
     * @param dir where the private key file is written
     */
    public static SshTarget create(ServerProcess server, Path dir)
            throws IOException, InterruptedException, UnexpectedResponseException {
        Matcher listening = server.awaitLogLine(SSH_LISTENING, TIMEOUT_SECONDS);
        int port = Integer.parseInt(listening.group(1));
        try (QueryClient client = new QueryClient(server.address(), 30_000)) {
            String material = unescape(element(Scenarios.expect(client,
                    QueryForm.of("CreateKeyPair", "KeyName", "bench-ssh", "KeyType", "ed25519"),
                    "CreateKeyPairResponse"), "keyMaterial"));
            Path key = dir.resolve("bench-ssh.pem");
            Files.writeString(key, material.endsWith("\n") ? material : material + "\n", StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));

            String group = element(Scenarios.expect(client, QueryForm.of("CreateSecurityGroup",
                    "GroupName", "bench-ssh", "GroupDescription", "SSH benchmark"), "CreateSecurityGroupResponse"),
                    "groupId");
            Scenarios.expect(client, QueryForm.of("AuthorizeSecurityGroupIngress", "GroupId", group,
                    "IpPermissions.1.IpProtocol", "tcp", "IpPermissions.1.FromPort", "22",
                    "IpPermissions.1.ToPort", "22", "IpPermissions.1.IpRanges.1.CidrIp", "0.0.0.0/0"),
                    "AuthorizeSecurityGroupIngressResponse");

            String image = element(Scenarios.expect(client, QueryForm.of("DescribeImages", "Owner.1", "amazon",
                    "Filter.1.Name", "name", "Filter.1.Value.1", "al2023-ami-2023*-x86_64"),
                    "DescribeImagesResponse"), "imageId");
            String instance = element(Scenarios.expect(client, QueryForm.of("RunInstances", "ImageId", image,
                    "InstanceType", "t3.micro", "MinCount", "1", "MaxCount", "1", "KeyName", "bench-ssh",
                    "SecurityGroupId.1", group), "RunInstancesResponse"), "instanceId");
            String publicIp = awaitRunning(client, instance);
            return new SshTarget(port, key, instance, publicIp, "ec2-user");
        }
    }

    /** The {@code started in N ms} of the gateway's listening line. */
    public static long gatewayStartMillis(ServerProcess server) throws IOException, InterruptedException {
        return Long.parseLong(server.awaitLogLine(SSH_LISTENING, TIMEOUT_SECONDS).group(2));
    }

    private static String awaitRunning(QueryClient client, String instance)
            throws IOException, InterruptedException, UnexpectedResponseException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        String body = "";
        while (System.nanoTime() < deadline) {
            QueryResponse described = Scenarios.expect(client, QueryForm.of("DescribeInstances",
                    "InstanceId.1", instance), "DescribeInstancesResponse");
            body = new String(described.body(), StandardCharsets.UTF_8);
            if (body.contains("<name>running</name>") && body.contains("<ipAddress>")) {
                return element(described, "ipAddress");
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
        throw new IOException(instance + " was not running with a public address after " + TIMEOUT_SECONDS
                + " s: " + body);
    }

    private static String element(QueryResponse response, String name) throws IOException {
        String body = new String(response.body(), StandardCharsets.UTF_8);
        int start = body.indexOf("<" + name + ">");
        int end = body.indexOf("</" + name + ">", start);
        if (start < 0 || end < 0) {
            throw new IOException("no <" + name + "> in " + response.summary());
        }
        return body.substring(start + name.length() + 2, end);
    }

    private static String unescape(String xml) {
        return xml.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&#xA;", "\n").replace("&#10;", "\n").replace("&#xD;", "").replace("&#13;", "")
                .replace("&amp;", "&");
    }
}
