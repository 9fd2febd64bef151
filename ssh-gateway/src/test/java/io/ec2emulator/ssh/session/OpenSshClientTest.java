package io.ec2emulator.ssh.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OpenSSH client against the factories, when {@code ssh} and {@code ssh-keygen} are installed (skipped otherwise). */
class OpenSshClientTest {

    @TempDir
    Path dir;

    private static boolean installed(String program) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, program))) {
                return true;
            }
        }
        return false;
    }

    private static Process run(List<String> command, Path output) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(false)
                .redirectOutput(output.toFile()).redirectError(output.resolveSibling("stderr").toFile()).start();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command + " did not finish");
        }
        return process;
    }

    @Test
    void sshRunsACommand() throws IOException, InterruptedException {
        assumeTrue(installed("ssh") && installed("ssh-keygen"), "OpenSSH client not installed");
        Path key = dir.resolve("id_ed25519");
        assertEquals(0, run(List.of("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key.toString()),
                dir.resolve("keygen")).exitValue());
        try (TestServer server = new TestServer()) {
            Path out = dir.resolve("stdout");
            Process ssh = run(List.of("ssh", "-i", key.toString(), "-p", String.valueOf(server.port()),
                    "-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
                    "-o", "LogLevel=ERROR", "ec2-user@127.0.0.1", "whoami; hostname; exit 7"), out);
            assertEquals("ec2-user\nip-172-31-5-10.ec2.internal\n", Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(dir.resolve("stderr")));
            assertEquals(7, ssh.exitValue());
        }
    }
}
