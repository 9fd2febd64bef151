package io.ec2emulator.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark's entry point: measures startup and idle memory of the emulator jar over several launches,
 * then throughput and latency of a few EC2 Query API scenarios over keep-alive connections, and prints a
 * Markdown report (also written to {@code --out FILE}). Exits 1 when any request failed, 2 on bad usage.
 */
public final class Benchmark {

    private static final int READY_TIMEOUT_SECONDS = 60;
    private static final long IDLE_MILLIS = 2_000;
    private static final int KEY_PAIRS = 100;

    private Benchmark() {
    }

    /** Runs the benchmark; see {@link BenchOptions#USAGE}. */
    public static void main(String[] args) throws Exception {
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            if (!e.getMessage().isEmpty()) {
                System.err.println("bench: " + e.getMessage());
            }
            System.err.println(BenchOptions.USAGE);
            System.exit(e.getMessage().isEmpty() ? 0 : 2);
            return;
        }
        if (!Files.isRegularFile(options.jar())) {
            System.err.println("bench: no emulator jar at " + options.jar().toAbsolutePath());
            System.exit(2);
            return;
        }
        MachineFacts facts = MachineFacts.collect();
        StartupResult startup = measureStartup(options);

        List<LoadResult> results = new ArrayList<>();
        LoadResult warmUp;
        double loadedRss;
        try (ServerProcess server = ServerProcess.launch(options.jar())) {
            server.awaitReady(READY_TIMEOUT_SECONDS);
            progress("load server pid %d on %s", server.pid(), server.address());
            importKeyPairs(server);
            LoadRun load = new LoadRun(server.address(), options.connections());
            progress("warm-up: %d s", options.warmupSeconds());
            warmUp = load.run(Scenarios.warmUpMix(), Duration.ofSeconds(options.warmupSeconds()));
            for (Scenario scenario : List.of(Scenarios.describeRegions(), Scenarios.describeKeyPairs(KEY_PAIRS),
                    Scenarios.createDeleteEd25519(), Scenarios.createRsa2048())) {
                progress("%s: %d s x %d connections", scenario.name(), options.seconds(), options.connections());
                LoadResult result = load.run(scenario, Duration.ofSeconds(options.seconds()));
                progress("  %.0f ops/s, %d errors", result.operationsPerSecond(), result.errors());
                results.add(result);
            }
            loadedRss = server.residentMiB();
        }

        String report = MarkdownReport.render(options, facts, startup, loadedRss, warmUp, results);
        System.out.print(report);
        System.out.flush();
        if (options.out() != null) {
            Files.writeString(options.out(), report, StandardCharsets.UTF_8);
            progress("report written to %s", options.out().toAbsolutePath());
        }
        long errors = warmUp.errors() + results.stream().mapToLong(LoadResult::errors).sum();
        if (errors > 0) {
            System.err.println();
            System.err.println("!!!!!!!! " + errors + " REQUEST(S) FAILED: the numbers above are not valid !!!!!!!!");
            System.exit(1);
        }
    }

    private static StartupResult measureStartup(BenchOptions options) throws IOException, InterruptedException {
        List<Double> millis = new ArrayList<>();
        List<Double> rss = new ArrayList<>();
        for (int run = 1; run <= options.startupRuns(); run++) {
            try (ServerProcess server = ServerProcess.launch(options.jar())) {
                double ms = server.awaitReady(READY_TIMEOUT_SECONDS) / 1e6;
                Thread.sleep(IDLE_MILLIS);
                double mib = server.residentMiB();
                progress("startup %d/%d: %.0f ms, idle RSS %.1f MiB", run, options.startupRuns(), ms, mib);
                millis.add(ms);
                rss.add(mib);
            }
        }
        return new StartupResult(millis, rss);
    }

    /** Imports the key pairs DescribeKeyPairs lists, and checks that it lists exactly them. */
    private static void importKeyPairs(ServerProcess server) throws IOException, GeneralSecurityException {
        String material = KeyMaterial.ed25519PublicKeyMaterial();
        try (QueryClient client = new QueryClient(server.address(), 10_000)) {
            for (int i = 0; i < KEY_PAIRS; i++) {
                Scenarios.importKeyPair(client, "bench-" + i, material);
            }
            QueryResponse listed = Scenarios.expect(client, QueryForm.of("DescribeKeyPairs"),
                    "DescribeKeyPairsResponse");
            int count = listed.count("<keyName>");
            if (count != KEY_PAIRS) {
                throw new IOException("DescribeKeyPairs lists " + count + " key pairs, expected " + KEY_PAIRS);
            }
        } catch (UnexpectedResponseException e) {
            throw new IOException("setting up key pairs failed: " + e.getMessage(), e);
        }
        progress("imported %d ed25519 key pairs", KEY_PAIRS);
    }

    private static void progress(String format, Object... args) {
        System.err.println("[bench] " + String.format(Locale.ROOT, format, args));
    }
}
