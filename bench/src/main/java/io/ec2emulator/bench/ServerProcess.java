package io.ec2emulator.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The emulator jar running as a child process on 127.0.0.1. The benchmark picks a free port itself and
 * passes it with {@code --port}, so readiness is detected purely by polling (a fresh TCP connection every
 * few milliseconds that sends DescribeRegions), never by reading the log. The child's output goes to a
 * temporary file that is shown when something goes wrong.
 */
public final class ServerProcess implements AutoCloseable {

    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();
    private static final long POLL_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(5);
    private static final int PROBE_TIMEOUT_MS = 5_000;
    /** {@code getconf CLK_TCK}: 100 on every Linux the benchmark runs on. */
    private static final long CLOCK_TICKS_PER_SECOND = 100;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(Process::destroyForcibly),
                "kill-emulators"));
    }

    private final Process process;
    private final InetSocketAddress address;
    private final Path log;
    private final long launchedNanos;

    private ServerProcess(Process process, InetSocketAddress address, Path log, long launchedNanos) {
        this.process = process;
        this.address = address;
        this.log = log;
        this.launchedNanos = launchedNanos;
    }

    /**
     * The JVM options the README's run command uses: the class-data-sharing archive the build records
     * beside the jar, when it exists (set {@code EC2_BENCH_NO_CDS=1} to measure without it), then the
     * space-separated options of {@code EC2_BENCH_SERVER_JAVA_OPTS}, if set (for experiments such as
     * {@code -Dorg.apache.sshd.config.tcp-nodelay=true}; the report lists them).
     */
    public static List<String> jvmOptions(Path jar) {
        List<String> options = new java.util.ArrayList<>();
        Path archive = jar.resolveSibling("ec2-emulator.jsa");
        if (Files.isRegularFile(archive) && !"1".equals(System.getenv("EC2_BENCH_NO_CDS"))) {
            options.add("-XX:SharedArchiveFile=" + archive);
        }
        String extra = System.getenv("EC2_BENCH_SERVER_JAVA_OPTS");
        if (extra != null && !extra.isBlank()) {
            options.addAll(List.of(extra.trim().split("\\s+")));
        }
        return List.copyOf(options);
    }

    /**
     * Starts {@code java [jvmOptions] -jar jar --port P --bind 127.0.0.1} with the JVM that runs the
     * benchmark. The start time is taken just before the process is created.
     */
    public static ServerProcess launch(Path jar) throws IOException {
        return launch(jar, List.of());
    }

    /** As {@link #launch(Path)}, with more emulator options such as {@code --data-dir DIR}. */
    public static ServerProcess launch(Path jar, List<String> emulatorOptions) throws IOException {
        int port = freePort();
        Path log = Files.createTempFile("ec2-emulator-bench-", ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>();
        command.add(java);
        command.addAll(jvmOptions(jar));
        command.addAll(List.of("-jar", jar.toString(), "--port", String.valueOf(port), "--bind", "127.0.0.1",
                "--ssh-port", "0"));
        command.addAll(emulatorOptions);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        long launched = System.nanoTime();
        Process process = builder.start();
        RUNNING.add(process);
        return new ServerProcess(process, new InetSocketAddress(InetAddress.getLoopbackAddress(), port), log,
                launched);
    }

    /** Where the emulator listens. */
    public InetSocketAddress address() {
        return address;
    }

    /** The child's process id. */
    public long pid() {
        return process.pid();
    }

    /**
     * Polls until a DescribeRegions request is answered with HTTP 200 and {@code DescribeRegionsResponse},
     * opening a fresh connection for every attempt about every 5 ms.
     *
     * @return nanoseconds from just before the process was started to that first answer
     * @throws IOException if the process exits or does not answer within {@code timeoutSeconds}
     */
    public long awaitReady(int timeoutSeconds) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        String lastProblem = "no attempt yet";
        while (System.nanoTime() < deadline) {
            long attempt = System.nanoTime();
            if (!process.isAlive()) {
                throw new IOException("the emulator exited with status " + process.exitValue()
                        + " before answering; its output:\n" + logText());
            }
            try (QueryClient probe = new QueryClient(address, PROBE_TIMEOUT_MS)) {
                QueryResponse response = probe.send(Scenarios.DESCRIBE_REGIONS);
                if (response.isOk("DescribeRegionsResponse")) {
                    return System.nanoTime() - launchedNanos;
                }
                lastProblem = response.summary();
            } catch (IOException e) {
                lastProblem = e.toString();
            }
            long sleepNanos = POLL_INTERVAL_NANOS - (System.nanoTime() - attempt);
            if (sleepNanos > 0) {
                TimeUnit.NANOSECONDS.sleep(sleepNanos);
            }
        }
        throw new IOException("the emulator did not answer DescribeRegions within " + timeoutSeconds
                + " s (last problem: " + lastProblem + "); its output:\n" + logText());
    }

    /**
     * Waits until a line of the child's output matches {@code pattern} (the log is re-read every 20 ms).
     *
     * @return the first matching line's matcher, after {@code find()}
     * @throws IOException if the process exits or no line matches within {@code timeoutSeconds}
     */
    public Matcher awaitLogLine(Pattern pattern, int timeoutSeconds) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (System.nanoTime() < deadline) {
            for (String line : logLines()) {
                Matcher m = pattern.matcher(line);
                if (m.find()) {
                    return m;
                }
            }
            if (!process.isAlive()) {
                throw new IOException("the emulator exited with status " + process.exitValue()
                        + " before logging /" + pattern + "/; its output:\n" + logText());
            }
            TimeUnit.MILLISECONDS.sleep(20);
        }
        throw new IOException("the emulator did not log /" + pattern + "/ within " + timeoutSeconds
                + " s; its output:\n" + logText());
    }

    /** Every line the child has written so far (standard output and error). */
    public List<String> logLines() throws IOException {
        return Files.readAllLines(log, StandardCharsets.UTF_8);
    }

    /** The child's CPU time so far (user + system) in milliseconds, from {@code /proc/<pid>/stat}. */
    public long cpuMillis() throws IOException {
        String stat = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "stat"), StandardCharsets.UTF_8);
        // Fields after the parenthesised command name: state is field 3, utime 14 and stime 15 (1-based).
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks * 1000 / CLOCK_TICKS_PER_SECOND;
    }

    /**
     * Live instances per class in the child's heap, from {@code jcmd PID GC.class_histogram} (which runs a full
     * collection first), for the classes whose names start with {@code prefix}; empty if jcmd is not available.
     */
    public java.util.Map<String, Long> liveInstances(String prefix) throws InterruptedException {
        java.util.Map<String, Long> counts = new java.util.TreeMap<>();
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        if (!Files.isExecutable(jcmd)) {
            return counts;
        }
        try {
            Process histogram = new ProcessBuilder(jcmd.toString(), String.valueOf(process.pid()), "GC.class_histogram")
                    .redirectErrorStream(true).start();
            String text = new String(histogram.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            histogram.waitFor(30, TimeUnit.SECONDS);
            for (String line : text.lines().toList()) {
                // "   12:          345         6789  org.apache.sshd.server.session.ServerSessionImpl (module)"
                String[] fields = line.trim().split("\\s+");
                if (fields.length >= 4 && fields[0].endsWith(":") && fields[3].startsWith(prefix)) {
                    counts.put(fields[3], Long.parseLong(fields[1]));
                }
            }
        } catch (IOException e) {
            counts.clear();
        }
        return counts;
    }

    /** The child's resident set size in MiB, from {@code VmRSS} in {@code /proc/<pid>/status}. */
    public double residentMiB() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"),
                StandardCharsets.UTF_8)) {
            if (line.startsWith("VmRSS:")) {
                String[] fields = line.substring("VmRSS:".length()).trim().split("\\s+");
                if (fields.length != 2 || !fields[1].equals("kB")) {
                    throw new IOException("unexpected VmRSS line: " + line);
                }
                return Long.parseLong(fields[0]) / 1024.0;
            }
        }
        throw new IOException("no VmRSS line for pid " + process.pid());
    }

    /** Stops the child (SIGTERM, then SIGKILL after 5 s) and removes its log. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        RUNNING.remove(process);
        try {
            Files.deleteIfExists(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String logText() {
        try {
            String text = Files.readString(log, StandardCharsets.UTF_8);
            return text.length() > 4000 ? "..." + text.substring(text.length() - 4000) : text;
        } catch (IOException e) {
            return "(could not read " + log + ": " + e + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
