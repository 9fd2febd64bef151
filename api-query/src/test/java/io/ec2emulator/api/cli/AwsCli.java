package io.ec2emulator.api.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs {@code aws --endpoint-url … ec2 …} (or another service's commands) against a test server with its
 * own empty configuration, as one account in us-east-1.
 */
final class AwsCli {

    private final URI endpoint;
    private final Path dir;
    private final String accessKeyId;

    AwsCli(URI endpoint, Path dir, String accessKeyId) {
        this.endpoint = endpoint;
        this.dir = dir;
        this.accessKeyId = accessKeyId;
    }

    /** Runs the EC2 command and returns what it printed and returned, whatever the exit code. */
    Commands.Result run(String... args) {
        return runService("ec2", args);
    }

    /** Runs a command of {@code service} (e.g. {@code ec2-instance-connect}), whatever its exit code. */
    Commands.Result runService(String service, String... args) {
        Map<String, String> env = new HashMap<>();
        env.put("AWS_ACCESS_KEY_ID", accessKeyId);
        env.put("AWS_SECRET_ACCESS_KEY", "test");
        env.put("AWS_DEFAULT_REGION", "us-east-1");
        env.put("AWS_PAGER", "");
        env.put("AWS_CONFIG_FILE", dir.resolve("config").toString());
        env.put("AWS_SHARED_CREDENTIALS_FILE", dir.resolve("credentials").toString());
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        List<String> command = new ArrayList<>(List.of("aws", "--endpoint-url", endpoint.toString(), service));
        command.addAll(List.of(args));
        return Commands.run(env, dir, command.toArray(String[]::new));
    }

    /** Runs the command, asserts it succeeded, and returns its trimmed standard output. */
    String ok(String... args) {
        Commands.Result result = run(args);
        assertEquals(0, result.exitCode(), () -> String.join(" ", args) + "\n" + result.stderr());
        return result.out();
    }
}
