package io.ec2emulator.ssh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs Debian's OpenSSH client against the gateway, configured the way docs/ssh.md tells users to: an
 * ssh_config with a {@code gateway} host and {@code ProxyJump gateway} for the public address pool, batch
 * mode, and a known_hosts file of the test's own that learns host keys on first use.
 */
final class OpenSsh {

    /** What one {@code ssh} run printed and how it ended. */
    record Result(int exitCode, String stdout, String stderr, long millis) {
        @Override
        public String toString() {
            return "exit " + exitCode + " after " + millis + " ms, stdout [" + stdout + "], stderr [" + stderr + "]";
        }
    }

    private final Path config;
    final Path knownHosts;

    OpenSsh(Path dir, int gatewayPort) throws IOException {
        this(dir, gatewayPort, null);
    }

    /** @param identity a private key every hop offers (jump chains need it in the config), or null */
    OpenSsh(Path dir, int gatewayPort, Path identity) throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/ssh")), "the OpenSSH client is not installed");
        this.knownHosts = dir.resolve("known_hosts");
        this.config = dir.resolve("ssh_config");
        Files.writeString(config, String.join("\n",
                "Host gateway",
                "  HostName 127.0.0.1",
                "  Port " + gatewayPort,
                "  User jump",
                "Host 198.18.* 198.19.* ec2-*.amazonaws.com",
                "  ProxyJump gateway",
                "Host *",
                "  BatchMode yes",
                "  StrictHostKeyChecking accept-new",
                "  UserKnownHostsFile " + knownHosts,
                "  IdentitiesOnly yes",
                "  ConnectTimeout 20",
                "  LogLevel INFO",
                identity == null ? "" : "  IdentityFile " + identity,
                ""));
    }

    /** Runs {@code ssh -F <config> <args...>}. */
    Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("ssh", "-F", config.toString()));
        command.addAll(List.of(args));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .start();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("ssh did not finish: " + command);
        }
        return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8),
                new String(err, StandardCharsets.UTF_8), (System.nanoTime() - start) / 1_000_000);
    }
}
