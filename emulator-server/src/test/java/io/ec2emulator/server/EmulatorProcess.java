package io.ec2emulator.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;

/** The emulator's {@link Main} in a child JVM, as a user starts it, on a free port. */
final class EmulatorProcess implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("listening on http://([^:]+):(\\d+)");

    private final Process process;
    private final URI endpoint;
    private final List<String> log = new ArrayList<>();

    EmulatorProcess(String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "--port", "0", "--ssh-port", "0"));
        command.addAll(List.of(args));
        process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String port = null;
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            log.add(line);
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                port = m.group(2);
                break;
            }
        }
        if (port == null) {
            process.destroyForcibly();
            throw new IllegalStateException("the emulator did not start: " + String.join("\n", log));
        }
        endpoint = URI.create("http://127.0.0.1:" + port);
        Thread drain = new Thread(() -> {
            try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    synchronized (log) {
                        log.add(line);
                    }
                }
            } catch (IOException ignored) {
                // the process is gone
            }
        }, "emulator-log");
        drain.setDaemon(true);
        drain.start();
    }

    URI endpoint() {
        return endpoint;
    }

    List<String> log() {
        synchronized (log) {
            return List.copyOf(log);
        }
    }

    /** A client for {@code account} (a 12-digit access key is the account) that never retries. */
    Ec2Client client(String account) {
        return Ec2Client.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(account, "secret")))
                .httpClient(UrlConnectionHttpClient.builder().socketTimeout(Duration.ofSeconds(20)).build())
                .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
    }

    /** {@code kill -9}: returns the exit status (137 when the process died of SIGKILL). */
    int kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the emulator did not die");
        }
        return process.exitValue();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
