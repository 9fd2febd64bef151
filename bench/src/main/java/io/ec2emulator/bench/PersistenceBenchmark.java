package io.ec2emulator.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The cost of {@code --data-dir}: mutating requests per second of two emulators started side by side,
 * one in memory and one with a data directory, measured in alternating rounds (the machine is shared,
 * so each mode gets the same noise and the report gives every round), then start-up time with an
 * empty and with a filled data directory.
 *
 * <pre>bench/run.sh --persistence [--seconds N] [--connections N] [--rounds N] [--records N]</pre>
 */
public final class PersistenceBenchmark {

    private static final int READY_TIMEOUT_SECONDS = 60;

    private PersistenceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = null;
        int seconds = 5;
        int connections = 4;
        int rounds = 3;
        int records = 5000;
        for (int i = 0; i < args.length; i += 2) {
            String value = args[i + 1];
            switch (args[i]) {
                case "--jar" -> jar = Path.of(value);
                case "--seconds" -> seconds = Integer.parseInt(value);
                case "--connections" -> connections = Integer.parseInt(value);
                case "--rounds" -> rounds = Integer.parseInt(value);
                case "--records" -> records = Integer.parseInt(value);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path dataDir = Files.createTempDirectory("ec2-emulator-bench-data-");
        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "%d connections, %d s per round, %d rounds per mode%n%n",
                connections, seconds, rounds));
        report.append("| scenario | in memory (ops/s per round) | with --data-dir (ops/s per round) |\n|---|---|---|\n");
        try (ServerProcess memory = ServerProcess.launch(jar);
             ServerProcess durable = ServerProcess.launch(jar, List.of("--data-dir", dataDir.toString()))) {
            memory.awaitReady(READY_TIMEOUT_SECONDS);
            durable.awaitReady(READY_TIMEOUT_SECONDS);
            String memoryGroup = defaultGroup(memory);
            String durableGroup = defaultGroup(durable);
            for (boolean tags : List.of(true, false)) {
                List<Double> inMemory = new ArrayList<>();
                List<Double> withData = new ArrayList<>();
                String name = null;
                for (int round = 0; round < rounds; round++) {
                    Scenario a = tags ? Scenarios.createTags(memoryGroup) : Scenarios.createDeleteEd25519();
                    Scenario b = tags ? Scenarios.createTags(durableGroup) : Scenarios.createDeleteEd25519();
                    name = a.name();
                    inMemory.add(run(memory, a, connections, seconds));
                    withData.add(run(durable, b, connections, seconds));
                    progress("%s round %d: memory %.0f ops/s, data dir %.0f ops/s", name, round + 1,
                            inMemory.get(round), withData.get(round));
                }
                report.append("| ").append(name).append(" | ").append(list(inMemory)).append(" | ")
                        .append(list(withData)).append(" |\n");
            }
        }
        report.append('\n').append(startup(jar, records)).append('\n');
        deleteTree(dataDir);
        System.out.print(report);
    }

    private static double run(ServerProcess server, Scenario scenario, int connections, int seconds)
            throws InterruptedException {
        LoadResult result = new LoadRun(server.address(), connections).run(scenario, Duration.ofSeconds(seconds));
        if (result.errors() > 0) {
            throw new IllegalStateException(result.errors() + " requests failed in " + scenario.name());
        }
        return result.operationsPerSecond();
    }

    private static String defaultGroup(ServerProcess server) throws IOException, UnexpectedResponseException {
        try (QueryClient client = new QueryClient(server.address(), 10_000)) {
            QueryResponse groups = Scenarios.expect(client, QueryForm.of("DescribeSecurityGroups"),
                    "DescribeSecurityGroupsResponse");
            String body = new String(groups.body(), java.nio.charset.StandardCharsets.UTF_8);
            int at = body.indexOf("<groupId>");
            return body.substring(at + 9, body.indexOf("</groupId>", at));
        }
    }

    /** Start-up time (to the first answer) in memory, with an empty data directory, with {@code records} tags in it. */
    private static String startup(Path jar, int records) throws Exception {
        Path empty = Files.createTempDirectory("ec2-emulator-bench-empty-");
        Path filled = Files.createTempDirectory("ec2-emulator-bench-filled-");
        try (ServerProcess filling = ServerProcess.launch(jar, List.of("--data-dir", filled.toString()))) {
            filling.awaitReady(READY_TIMEOUT_SECONDS);
            String group = defaultGroup(filling);
            try (QueryClient client = new QueryClient(filling.address(), 10_000)) {
                for (int i = 0; i < records; i++) {
                    Scenarios.expect(client, QueryForm.of("CreateKeyPair", "KeyName", "start-" + i, "KeyType", "ed25519"),
                            "CreateKeyPairResponse");
                }
            }
            progress("filled a data directory with %d key pairs (default security group %s)", records, group);
        }
        StringBuilder out = new StringBuilder("| start-up (ms to the first answer, 3 runs) | |\n|---|---|\n");
        out.append("| in memory | ").append(list(startups(jar, List.of()))).append(" |\n");
        deleteTree(empty);
        Files.createDirectories(empty);
        List<Double> emptyRuns = new ArrayList<>();
        for (int run = 0; run < 3; run++) {
            deleteTree(empty);
            emptyRuns.add(startups(jar, List.of("--data-dir", empty.toString()), 1).get(0));
        }
        out.append("| empty data directory | ").append(list(emptyRuns)).append(" |\n");
        out.append("| data directory with ").append(records).append(" key pairs | ")
                .append(list(startups(jar, List.of("--data-dir", filled.toString())))).append(" |\n");
        deleteTree(empty);
        deleteTree(filled);
        return out.toString();
    }

    private static List<Double> startups(Path jar, List<String> options) throws Exception {
        return startups(jar, options, 3);
    }

    private static List<Double> startups(Path jar, List<String> options, int runs) throws Exception {
        List<Double> millis = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            try (ServerProcess server = ServerProcess.launch(jar, options)) {
                millis.add(server.awaitReady(READY_TIMEOUT_SECONDS) / 1e6);
            }
        }
        return millis;
    }

    private static String list(List<Double> values) {
        return String.join(", ", values.stream().map(v -> String.format(Locale.ROOT, "%.0f", v)).toList());
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void progress(String format, Object... args) {
        System.err.println("[bench] " + String.format(Locale.ROOT, format, args));
    }
}
