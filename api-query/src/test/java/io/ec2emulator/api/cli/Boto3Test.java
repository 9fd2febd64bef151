package io.ec2emulator.api.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ec2emulator.api.TestServer;
import io.ec2emulator.core.EmulatorSettings;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.logging.Logger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives the emulator with boto3 (a third real client beside the Java SDK and the AWS CLI): key
 * pair, an exact architecture error, three instances with the instance_running waiter, the
 * describe_instances paginator with a tag filter, and termination. Skipped, with the reason logged,
 * where Python or boto3 is missing.
 */
class Boto3Test {

    private static final Logger LOG = Logger.getLogger(Boto3Test.class.getName());

    @TempDir
    Path dir;

    @Test
    void boto3Walkthrough() throws Exception {
        boolean python = Commands.onPath("python3")
                && Commands.run(Map.of(), dir, "python3", "-c", "import boto3").exitCode() == 0;
        if (!python) {
            LOG.warning("Boto3Test skipped: python3 with boto3 is not available");
        }
        Assumptions.assumeTrue(python, "python3 with boto3 is not available");
        Path script = dir.resolve("walkthrough.py");
        try (InputStream in = Boto3Test.class.getResourceAsStream("/boto3/walkthrough.py")) {
            Files.copy(in, script);
        }
        try (TestServer server = new TestServer(EmulatorSettings.instant())) {
            Commands.Result result = Commands.run(Map.of("AWS_CONFIG_FILE", dir.resolve("none").toString(),
                    "AWS_SHARED_CREDENTIALS_FILE", dir.resolve("none").toString()), dir,
                    "python3", script.toString(), server.endpoint().toString());
            assertEquals(0, result.exitCode(), result.stdout() + result.stderr());
            assertTrue(result.out().endsWith("OK"), result.stdout());
        }
    }
}
