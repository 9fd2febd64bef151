package io.ec2emulator.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;

/**
 * {@link Main} in its own JVM with the given options on port 0, its output read line by line on a
 * background thread, and real SDK clients pointed at it.
 */
final class RunningServer implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("listening on http://([^:]+):(\\d+)");

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final URI endpoint;
    private final String readyLine;

    RunningServer(String... options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "--port", "0", "--ssh-port", "0"));
        command.addAll(List.of(options));
        process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "server-output");
        reader.setDaemon(true);
        reader.start();
        readyLine = next(line -> LISTENING.matcher(line).find(), Duration.ofSeconds(30));
        Matcher m = LISTENING.matcher(readyLine);
        if (!m.find()) {
            throw new IllegalStateException(readyLine);
        }
        endpoint = URI.create("http://127.0.0.1:" + m.group(2));
    }

    /** The {@code listening on http://...} line, as written. */
    String readyLine() {
        return readyLine;
    }

    URI endpoint() {
        return endpoint;
    }

    Ec2Client client(String accessKeyId, String region) {
        return Ec2Client.builder()
                .endpointOverride(endpoint)
                .region(Region.of(region))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, "secret")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    /** The next output line that matches, skipping others; fails after {@code timeout}. */
    String next(Predicate<String> wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> skipped = new ArrayList<>();
        while (true) {
            String line = lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null) {
                throw new AssertionError("no such output line within " + timeout + "; saw " + skipped);
            }
            if (wanted.test(line)) {
                return line;
            }
            skipped.add(line);
        }
    }

    /** Every line written so far that has not been taken by {@link #next}. */
    List<String> drain() {
        List<String> rest = new ArrayList<>();
        lines.drainTo(rest);
        return rest;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
