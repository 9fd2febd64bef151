package io.ec2emulator.api.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ec2emulator.api.TestServer;
import io.ec2emulator.core.EmulatorSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The walkthrough of the seed notes, step by step with the AWS CLI and its waiters: key pair, security
 * group with SSH and HTTP open, a t2.micro from Amazon Linux with user data, stop and start (the public
 * IP changes, the private IP stays), an image of the instance, a second instance from that image, and
 * termination. Transitions are instant here so that each waiter succeeds at its first poll.
 */
class SeedWalkthroughCliTest {

    @RegisterExtension
    static final CliServer SERVER = new CliServer(() -> new TestServer(EmulatorSettings.instant()));

    @TempDir
    Path dir;

    private String aws(String... args) {
        return new AwsCli(SERVER.server().endpoint(), dir, "123456789012").ok(args);
    }

    @Test
    void walkthrough() throws Exception {
        String material = aws("create-key-pair", "--key-name", "my-key", "--query", "KeyMaterial", "--output", "text");
        Path pem = dir.resolve("my-key.pem");
        Files.writeString(pem, material + "\n");
        Files.setPosixFilePermissions(pem, PosixFilePermissions.fromString("rw-------"));

        String group = aws("create-security-group", "--group-name", "web", "--description", "SSH and HTTP",
                "--query", "GroupId", "--output", "text");
        aws("authorize-security-group-ingress", "--group-id", group, "--protocol", "tcp", "--port", "22",
                "--cidr", "0.0.0.0/0");
        aws("authorize-security-group-ingress", "--group-id", group, "--protocol", "tcp", "--port", "80",
                "--cidr", "0.0.0.0/0");
        assertEquals("22\t80", aws("describe-security-groups", "--group-ids", group,
                "--query", "sort(SecurityGroups[0].IpPermissions[].FromPort)", "--output", "text"));

        String ami = aws("describe-images", "--owners", "amazon", "--filters",
                "Name=name,Values=al2023-ami-2023.*-x86_64", "Name=state,Values=available",
                "--query", "sort_by(Images, &CreationDate)[-1].ImageId", "--output", "text");
        assertTrue(ami.matches("ami-[0-9a-f]{17}"), ami);

        Path userData = dir.resolve("user-data.sh");
        Files.writeString(userData, "#!/bin/bash\ndnf install -y nginx\nsystemctl enable --now nginx\n");
        String instance = aws("run-instances", "--image-id", ami, "--instance-type", "t2.micro", "--key-name", "my-key",
                "--security-group-ids", group, "--user-data", "file://" + userData,
                "--tag-specifications", "ResourceType=instance,Tags=[{Key=Name,Value=my-web-server}]",
                "--query", "Instances[0].InstanceId", "--output", "text");
        aws("wait", "instance-running", "--instance-ids", instance);
        aws("wait", "instance-status-ok", "--instance-ids", instance);
        String[] first = aws("describe-instances", "--instance-ids", instance, "--query",
                "Reservations[0].Instances[0].[State.Name,PublicIpAddress,PrivateIpAddress,KeyName,InstanceType]",
                "--output", "text").split("\t");
        assertEquals(List.of("running", "my-key", "t2.micro"), List.of(first[0], first[3], first[4]));
        String userDataBack = aws("describe-instance-attribute", "--instance-id", instance, "--attribute", "userData",
                "--query", "UserData.Value", "--output", "text");
        assertTrue(new String(Base64.getDecoder().decode(userDataBack), StandardCharsets.UTF_8).contains("nginx"));
        String console = aws("get-console-output", "--instance-id", instance, "--query", "Output", "--output", "text");
        assertTrue(console.contains("running user data script"), console);

        aws("stop-instances", "--instance-ids", instance);
        aws("wait", "instance-stopped", "--instance-ids", instance);
        assertEquals("None", aws("describe-instances", "--instance-ids", instance, "--query",
                "Reservations[0].Instances[0].PublicIpAddress", "--output", "text"));
        aws("start-instances", "--instance-ids", instance);
        aws("wait", "instance-running", "--instance-ids", instance);
        String[] second = aws("describe-instances", "--instance-ids", instance, "--query",
                "Reservations[0].Instances[0].[PublicIpAddress,PrivateIpAddress]", "--output", "text").split("\t");
        assertNotEquals(first[1], second[0], "a new public IP after stop and start");
        assertEquals(first[2], second[1], "the private IP stays");
        assertTrue(aws("get-console-output", "--instance-id", instance, "--query", "Output", "--output", "text")
                .contains("user data already ran at first boot"));

        String image = aws("create-image", "--instance-id", instance, "--name", "my-web-server-image",
                "--query", "ImageId", "--output", "text");
        aws("wait", "image-available", "--image-ids", image);
        String fromImage = aws("run-instances", "--image-id", image, "--instance-type", "t2.micro", "--key-name", "my-key",
                "--security-group-ids", group, "--query", "Instances[0].InstanceId", "--output", "text");
        aws("wait", "instance-running", "--instance-ids", fromImage);
        assertEquals(image, aws("describe-instances", "--instance-ids", fromImage, "--query",
                "Reservations[0].Instances[0].ImageId", "--output", "text"));

        aws("terminate-instances", "--instance-ids", instance, fromImage);
        aws("wait", "instance-terminated", "--instance-ids", instance, fromImage);
        assertEquals("terminated\tterminated", aws("describe-instances", "--instance-ids", instance, fromImage,
                "--query", "Reservations[].Instances[].State.Name", "--output", "text"));
    }
}
