package io.ec2emulator.api.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ec2emulator.api.PasswordDecryption;
import io.ec2emulator.api.TestServer;
import io.ec2emulator.core.EmulatorSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code aws ec2 get-password-data --priv-launch-key key.pem} decrypts the Administrator password of a
 * Windows instance with the key file create-key-pair wrote, and finds the same password Java decrypts.
 */
class WindowsPasswordCliTest {

    private static final Duration PASSWORD_DELAY = Duration.ofMinutes(4);

    @RegisterExtension
    static final CliServer SERVER = new CliServer(() -> new TestServer(
            EmulatorSettings.instant().withWindowsPasswordDelay(PASSWORD_DELAY)));

    @TempDir
    Path dir;

    private String aws(String... args) {
        return new AwsCli(SERVER.server().endpoint(), dir, "123456789014").ok(args);
    }

    @Test
    void getPasswordDataDecryptsWithThePrivateLaunchKey() throws Exception {
        String pem = aws("create-key-pair", "--key-name", "windows", "--query", "KeyMaterial", "--output", "text");
        Path keyFile = Files.writeString(dir.resolve("windows.pem"), pem + "\n");
        String image = aws("describe-images", "--owners", "amazon", "--filters",
                "Name=name,Values=Windows_Server-2022-English-Full-Base-*", "--query", "Images[0].ImageId",
                "--output", "text");
        String instance = aws("run-instances", "--image-id", image, "--instance-type", "t3.medium",
                "--key-name", "windows", "--query", "Instances[0].InstanceId", "--output", "text");
        aws("wait", "instance-running", "--instance-ids", instance);

        assertEquals("", aws("get-password-data", "--instance-id", instance, "--priv-launch-key",
                keyFile.toString(), "--query", "PasswordData", "--output", "text"), "not available yet");

        SERVER.server().clock().advance(PASSWORD_DELAY);
        aws("wait", "password-data-available", "--instance-id", instance);
        String password = aws("get-password-data", "--instance-id", instance, "--priv-launch-key",
                keyFile.toString(), "--query", "PasswordData", "--output", "text");
        assertEquals(32, password.length(), password);
        assertTrue(password.matches("[A-Za-z0-9!$%&()*\\-.;=?@]+"), password);

        String encrypted = aws("get-password-data", "--instance-id", instance, "--query", "PasswordData",
                "--output", "text");
        assertEquals(password, PasswordDecryption.decrypt(encrypted, pem));
    }
}
