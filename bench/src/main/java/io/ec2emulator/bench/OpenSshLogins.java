package io.ec2emulator.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Logins with the stock OpenSSH client ({@code /usr/bin/ssh}), one process per login, timed from just before
 * the process is started to its exit: what a user or a script feels. A config file passed with {@code -F}
 * (also handed to the jump host's {@code ssh -W} by OpenSSH) turns off host key checks and prompts.
 */
public final class OpenSshLogins {

    /** Where the client is expected. */
    public static final Path SSH = Path.of("/usr/bin/ssh");
    private static final int TIMEOUT_SECONDS = 30;

    private final SshTarget target;
    private final Path config;

    /** Writes the client config into {@code dir}. */
    public OpenSshLogins(SshTarget target, Path dir) throws IOException {
        this.target = target;
        this.config = dir.resolve("ssh_config");
        Files.writeString(config, String.join("\n",
                "Host *",
                "  BatchMode yes",
                "  StrictHostKeyChecking no",
                "  UserKnownHostsFile /dev/null",
                "  GlobalKnownHostsFile /dev/null",
                "  IdentitiesOnly yes",
                "  IdentityFile " + target.keyFile(),
                "  ControlMaster no",
                "  ControlPath none",
                "  LogLevel ERROR",
                "  ConnectTimeout 20",
                ""), StandardCharsets.UTF_8);
    }

    /** True when {@code /usr/bin/ssh} exists. */
    public static boolean available() {
        return Files.isExecutable(SSH);
    }

    /** The arguments of {@code ssh -p PORT ec2-user+i-...@127.0.0.1 true}. */
    public List<String> direct() {
        return List.of(SSH.toString(), "-F", config.toString(), "-p", String.valueOf(target.gatewayPort()),
                target.directUser() + "@127.0.0.1", "true");
    }

    /** The direct login with {@code -o KexAlgorithms=ALGORITHM}. */
    public List<String> direct(String kex) {
        List<String> command = new ArrayList<>(direct());
        command.addAll(1, List.of("-o", "KexAlgorithms=" + kex));
        return command;
    }

    /** The arguments of {@code ssh -J jump@127.0.0.1:PORT ec2-user@PUBLIC_IP true}. */
    public List<String> jump() {
        return List.of(SSH.toString(), "-F", config.toString(), "-J", "jump@127.0.0.1:" + target.gatewayPort(),
                target.osUser() + "@" + target.publicIp(), "true");
    }

    /**
     * Runs {@code command} {@code runs} times, one after the other.
     *
     * @param errors receives a description of every failed run
     */
    public LatencyStats time(List<String> command, int runs, List<String> errors) throws InterruptedException {
        LatencyStats.Recorder recorder = new LatencyStats.Recorder();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            try {
                Result result = run(command);
                long elapsed = System.nanoTime() - start;
                if (result.status() == 0) {
                    recorder.record(elapsed);
                } else {
                    errors.add("exit status " + result.status() + ": " + result.stderr().strip());
                }
            } catch (IOException e) {
                errors.add(e.toString());
            }
        }
        return LatencyStats.Recorder.merge(List.of(recorder));
    }

    /**
     * Interactive logins, {@code ssh -tt -p PORT ec2-user+ID@127.0.0.1} (a PTY, the shell's prompt), each
     * timed from just before the process starts to the moment {@code ]$ } ends its output; the client is then
     * killed.
     *
     * @param errors receives a description of every failed run
     */
    public LatencyStats timeToPrompt(int runs, List<String> errors) throws InterruptedException {
        List<String> command = new ArrayList<>(direct());
        command.remove(command.size() - 1);
        command.add(1, "-tt");
        LatencyStats.Recorder recorder = new LatencyStats.Recorder();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            Process process = null;
            try {
                process = new ProcessBuilder(command).redirectErrorStream(true).start();
                PromptWatcher watcher = new PromptWatcher();
                Process running = process;
                Thread reader = new Thread(() -> {
                    try {
                        running.getInputStream().transferTo(watcher);
                    } catch (IOException e) {
                        // the process was killed: the output ends here
                    }
                }, "ssh-output");
                reader.setDaemon(true);
                reader.start();
                long prompt = watcher.await(TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS));
                if (prompt < 0) {
                    errors.add("no prompt within " + TIMEOUT_SECONDS + " s; output: " + watcher.text().strip());
                } else {
                    recorder.record(prompt - start);
                }
            } catch (IOException e) {
                errors.add(e.toString());
            } finally {
                if (process != null) {
                    process.destroyForcibly();
                    process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                }
            }
        }
        return LatencyStats.Recorder.merge(List.of(recorder));
    }

    /** The {@code kex: algorithm:} and {@code kex: host key algorithm:} lines of one verbose login. */
    public String negotiated(List<String> command) throws IOException, InterruptedException {
        List<String> verbose = new ArrayList<>(command);
        verbose.add(1, "-v");
        Result result = run(verbose);
        List<String> found = new ArrayList<>();
        for (String line : result.stderr().lines().toList()) {
            int at = line.indexOf("kex: algorithm: ");
            if (at >= 0 && found.isEmpty()) {
                found.add("kex " + line.substring(at + "kex: algorithm: ".length()).strip());
            }
            at = line.indexOf("kex: host key algorithm: ");
            if (at >= 0 && found.size() == 1) {
                found.add("host key " + line.substring(at + "kex: host key algorithm: ".length()).strip());
            }
            at = line.indexOf("kex: client->server cipher: ");
            if (at >= 0 && found.size() == 2) {
                found.add("cipher " + line.substring(at + "kex: client->server cipher: ".length()).strip());
            }
        }
        return found.isEmpty() ? "unknown (exit status " + result.status() + ")" : String.join(", ", found);
    }

    private record Result(int status, String stderr) {
    }

    private static Result run(List<String> command) throws IOException, InterruptedException {
        Path err = Files.createTempFile("bench-ssh-", ".err");
        try {
            Process process = new ProcessBuilder(command)
                    .redirectInput(new File("/dev/null"))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(err.toFile())
                    .start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("ssh did not finish within " + TIMEOUT_SECONDS + " s: " + command);
            }
            return new Result(process.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(err);
        }
    }
}
