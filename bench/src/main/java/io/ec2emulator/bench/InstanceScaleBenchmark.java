package io.ec2emulator.bench;

import io.ec2emulator.api.actions.StandardActions;
import io.ec2emulator.api.http.Ec2HttpServer;
import io.ec2emulator.api.http.ServerOptions;
import io.ec2emulator.core.Emulator;
import io.ec2emulator.core.EmulatorSettings;
import io.ec2emulator.core.images.Image;
import io.ec2emulator.core.images.PublicImageCatalog;
import io.ec2emulator.core.instances.Instance;
import io.ec2emulator.core.instances.LaunchRequest;
import io.ec2emulator.core.instances.LaunchResult;
import io.ec2emulator.core.state.RegionState;
import io.ec2emulator.core.tags.Tag;
import io.ec2emulator.core.vpc.Networking;
import io.ec2emulator.core.vpc.Subnet;
import io.ec2emulator.core.vpc.Vpc;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Proves that DescribeInstances is answered from indexes: the emulator runs in this JVM, and account
 * 123456789012 gets one region per case filled through the core API, by default us-east-1 with 1,000 instances
 * and then us-west-2 with 100,000 (every {@code --group-size} instances share one {@code Name} tag value). Heap
 * used after {@code System.gc()} before and after each population gives the memory per instance. Then two
 * queries are timed over HTTP, one keep-alive connection per case, requests back to back:
 * {@code InstanceId.1=<one id>} and {@code Filter tag:Name=<one value>}; the timed requests go in
 * {@code --rounds} blocks with the cases taking turns, so that load from elsewhere on a shared machine does not
 * favour one case. Prints a Markdown report (also written to {@code --out FILE}); exits 1 when any answer was
 * wrong, 2 on bad usage, 3 when the largest case's p50 exceeds {@code --max-ratio} times the smallest case's.
 */
public final class InstanceScaleBenchmark {

    static final String ACCOUNT = "123456789012";
    /** The region of each case, in order. */
    static final List<String> REGIONS = List.of("us-east-1", "us-west-2", "eu-west-1", "ap-southeast-2");
    private static final String VPC_CIDR = "10.0.0.0/14";
    /** A /14 has 262,144 addresses; EC2 reserves 5 in every subnet. */
    private static final int SUBNET_ADDRESSES = (1 << 18) - 5;
    private static final String INSTANCE_TYPE = "t3.micro";
    private static final String TAG_KEY = "Name";
    /** Distinct ids and tag values each query cycles through. */
    private static final int SAMPLES = 64;
    private static final int READ_TIMEOUT_MS = 30_000;
    private static final int MAX_ERRORS_LISTED = 5;

    /** What one query is, and what its answer must hold. */
    record Query(byte[] body, String mustContain, int instances) {
    }

    /** The requests of one query kind in one case, and their latencies. */
    static final class QueryRun {
        final String name;
        final List<Query> queries;
        final LatencyStats.Recorder recorder = new LatencyStats.Recorder();
        final List<String> errors = new ArrayList<>();
        long errorCount;
        long sent;

        QueryRun(String name, List<Query> queries) {
            this.name = name;
            this.queries = queries;
        }
    }

    /** One populated region and what was measured on it. */
    record Population(int instances, String region, String imageId, double populateSeconds, long heapBefore,
                      long heapAfter, QueryClient client, List<QueryRun> warmups, List<QueryRun> timed) {

        double kibPerInstance() {
            return (heapAfter - heapBefore) / 1024.0 / instances;
        }

        /** Every checked request of this case, warm-up included. */
        List<QueryRun> allRuns() {
            List<QueryRun> all = new ArrayList<>(warmups);
            all.addAll(timed);
            return all;
        }
    }

    /** The bench VPC's ids in one region. */
    record BenchNetwork(String subnetId, String groupId) {
    }

    private InstanceScaleBenchmark() {
    }

    /** Runs the benchmark; see {@link ScaleOptions#USAGE}. */
    public static void main(String[] args) throws Exception {
        ScaleOptions options;
        try {
            options = ScaleOptions.parse(args);
        } catch (IllegalArgumentException e) {
            if (!e.getMessage().isEmpty()) {
                System.err.println("bench: " + e.getMessage());
            }
            System.err.println(ScaleOptions.USAGE);
            System.exit(e.getMessage().isEmpty() ? 0 : 2);
            return;
        }
        MachineFacts facts = MachineFacts.collect();
        progress("max heap %d MiB", Runtime.getRuntime().maxMemory() >> 20);

        Emulator emulator = new Emulator(Clock.systemUTC(), EmulatorSettings.instant());
        List<Population> cases = new ArrayList<>();
        try (Ec2HttpServer server = new Ec2HttpServer(emulator, StandardActions.registry(),
                ServerOptions.defaults().withBindAddress("127.0.0.1").withPort(0))) {
            InetSocketAddress address = server.start();
            progress("emulator listening on %s (in-process)", address);
            try {
                for (int i = 0; i < options.sizes().size(); i++) {
                    cases.add(populate(emulator, address, REGIONS.get(i), options.sizes().get(i), options));
                }
                for (Population p : cases) {
                    p.client().open();
                    for (QueryRun run : p.warmups()) {
                        send(p.client(), run, options.warmup());
                    }
                }
                progress("warm-up done: %,d requests per query and case", options.warmup());
                for (int round = 0; round < options.rounds(); round++) {
                    int requests = options.requests() / options.rounds()
                            + (round < options.requests() % options.rounds() ? 1 : 0);
                    for (Population p : cases) {
                        for (QueryRun run : p.timed()) {
                            send(p.client(), run, requests);
                        }
                    }
                }
            } finally {
                cases.forEach(p -> p.client().close());
            }
        }
        for (Population p : cases) {
            for (QueryRun run : p.timed()) {
                LatencyStats stats = stats(run);
                progress("%,d instances, %s: p50 %.3f ms, p99 %.3f ms, %d errors", p.instances(), run.name,
                        stats.percentileMillis(50), stats.percentileMillis(99), run.errorCount);
            }
        }

        String report = render(options, facts, cases);
        System.out.print(report);
        System.out.flush();
        if (options.out() != null) {
            Files.writeString(options.out(), report, StandardCharsets.UTF_8);
            progress("report written to %s", options.out().toAbsolutePath());
        }
        long errors = errorCount(cases);
        if (errors > 0) {
            System.err.println();
            System.err.println("!!!!!!!! " + errors + " REQUEST(S) FAILED: the numbers above are not valid !!!!!!!!");
            System.exit(1);
        }
        if (options.maxRatio() > 0 && worstRatio(cases) > options.maxRatio()) {
            System.err.printf(Locale.ROOT, "%nbench: the largest case is %.2fx slower than the smallest (limit %.2fx)%n",
                    worstRatio(cases), options.maxRatio());
            System.exit(3);
        }
    }

    /** Fills {@code region} with {@code size} instances through the core API and prepares its queries. */
    private static Population populate(Emulator emulator, InetSocketAddress address, String region, int size,
                                       ScaleOptions options) throws InterruptedException {
        String imageId = amazonLinuxImage(region);
        RegionState state = emulator.state(ACCOUNT, region);
        BenchNetwork network = state.transact(false, () -> createNetwork(state));
        long heapBefore = heapUsedAfterGc();

        long started = System.nanoTime();
        List<String> sampleIds = new ArrayList<>();
        int sampleEvery = Math.max(1, size / SAMPLES);
        int launched = 0;
        while (launched < size) {
            int count = Math.min(options.batch(), size - launched);
            int first = launched;
            List<String> ids = state.transact(false, () -> launch(state, imageId, network, count, first,
                    options.groupSize()));
            for (int i = 0; i < ids.size(); i++) {
                if ((first + i) % sampleEvery == 0 && sampleIds.size() < SAMPLES) {
                    sampleIds.add(ids.get(i));
                }
            }
            launched += ids.size();
        }
        // the next action moves the last batch from pending to running (instant settings)
        int stored = state.transact(false, () -> state.instances().resources().store().size());
        double populateSeconds = (System.nanoTime() - started) / 1e9;
        if (stored != size) {
            throw new IllegalStateException("the region holds " + stored + " instances, expected " + size);
        }
        long heapAfter = heapUsedAfterGc();
        progress("%s: %,d instances populated in %.1f s, %.2f KiB each", region, size, populateSeconds,
                (heapAfter - heapBefore) / 1024.0 / size);

        List<Query> byId = new ArrayList<>();
        for (String id : sampleIds) {
            byId.add(new Query(QueryForm.of("DescribeInstances", "InstanceId.1", id), id, 1));
        }
        List<Query> byTag = new ArrayList<>();
        int groups = size / options.groupSize();
        int tagSamples = Math.min(SAMPLES, groups);
        for (int i = 0; i < tagSamples; i++) {
            String value = tagValue((int) ((long) i * groups / tagSamples));
            byTag.add(new Query(QueryForm.of("DescribeInstances", "Filter.1.Name", "tag:" + TAG_KEY,
                    "Filter.1.Value.1", value), value, options.groupSize()));
        }
        String authorization = "Authorization: AWS4-HMAC-SHA256 Credential=" + ACCOUNT + "/20260101/" + region
                + "/ec2/aws4_request, SignedHeaders=host, Signature=0\r\n";
        String tagName = "Filter tag:" + TAG_KEY + " (" + options.groupSize() + " match)";
        return new Population(size, region, imageId, populateSeconds, heapBefore, heapAfter,
                new QueryClient(address, READ_TIMEOUT_MS, authorization),
                List.of(new QueryRun("warm-up by id", byId), new QueryRun("warm-up by tag", byTag)),
                List.of(new QueryRun("InstanceId.1 (one id)", byId), new QueryRun(tagName, byTag)));
    }

    /** A VPC and one /14 subnet that holds every instance, and a security group in it. */
    private static BenchNetwork createNetwork(RegionState state) {
        Networking net = state.networking();
        Vpc defaultVpc = net.defaultVpc().orElseThrow();
        Subnet zone = net.subnets().all().stream().filter(Subnet::defaultForAz).findFirst().orElseThrow();
        Vpc vpc = new Vpc(net.vpcs().newId(), VPC_CIDR, state.ids().next("vpc-cidr-assoc"),
                defaultVpc.dhcpOptionsId(), false, state.accountId(), true, false);
        net.vpcs().put(vpc);
        Subnet subnet = new Subnet(net.subnets().newId(), vpc.vpcId(), VPC_CIDR, zone.availabilityZone(),
                zone.availabilityZoneId(), false, false, SUBNET_ADDRESSES, state.accountId(), state.region());
        net.subnets().put(subnet);
        String groupId = state.securityGroups().createDefaultGroup(vpc.vpcId(), "bench").groupId();
        return new BenchNetwork(subnet.subnetId(), groupId);
    }

    /** One RunInstances of {@code count}; instance number n gets Name = {@link #tagValue}(n / groupSize). */
    private static List<String> launch(RegionState state, String imageId, BenchNetwork network, int count,
                                       int first, int groupSize) {
        LaunchRequest request = new LaunchRequest(imageId, INSTANCE_TYPE, count, count, null,
                List.of(network.groupId()), null, network.subnetId(), null, null, false, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null);
        LaunchResult result = state.instances().run(request);
        List<String> ids = result.instances().stream().map(Instance::instanceId).toList();
        if (ids.size() != count) {
            throw new IllegalStateException("RunInstances launched " + ids.size() + " instances, not " + count);
        }
        Map<Integer, List<String>> byGroup = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            byGroup.computeIfAbsent((first + i) / groupSize, g -> new ArrayList<>()).add(ids.get(i));
        }
        byGroup.forEach((group, members) ->
                state.tagging().createTags(members, List.of(new Tag(TAG_KEY, tagValue(group)))));
        return ids;
    }

    private static String tagValue(int group) {
        return String.format(Locale.ROOT, "bench-%06d", group);
    }

    /** Sends {@code requests} more requests of {@code run}, one at a time, checking every answer. */
    private static void send(QueryClient client, QueryRun run, int requests) {
        for (int i = 0; i < requests; i++) {
            Query query = run.queries.get((int) (run.sent++ % run.queries.size()));
            long start = System.nanoTime();
            String problem;
            try {
                QueryResponse response = client.send(query.body());
                long nanos = System.nanoTime() - start;
                problem = check(query, response);
                if (problem == null) {
                    run.recorder.record(nanos);
                }
            } catch (IOException e) {
                problem = "I/O error: " + e;
            }
            if (problem != null) {
                run.errorCount++;
                if (run.errors.size() < MAX_ERRORS_LISTED) {
                    run.errors.add(run.name + ": " + problem);
                }
            }
        }
    }

    private static LatencyStats stats(QueryRun run) {
        return LatencyStats.Recorder.merge(List.of(run.recorder));
    }

    private static long errorCount(List<Population> cases) {
        return cases.stream().flatMap(p -> p.allRuns().stream()).mapToLong(r -> r.errorCount).sum();
    }

    /** Null when the answer is right: HTTP 200, DescribeInstancesResponse, exactly the expected instances. */
    private static String check(Query query, QueryResponse response) {
        if (!response.isOk("DescribeInstancesResponse")) {
            return response.summary();
        }
        int found = response.count("<instanceId>");
        if (found != query.instances()) {
            return query.instances() + " instance(s) expected, " + found + " in " + response.summary();
        }
        if (response.count(query.mustContain()) == 0) {
            return "'" + query.mustContain() + "' missing from " + response.summary();
        }
        return null;
    }

    /** The newest x86_64 Amazon Linux 2023 image (not the minimal one) of the region. */
    private static String amazonLinuxImage(String region) {
        return PublicImageCatalog.standard().inRegion(region).all().values().stream()
                .filter(i -> "x86_64".equals(i.architecture()))
                .filter(i -> i.name() != null && i.name().startsWith("al2023-ami-2023") && !i.name().contains("minimal"))
                .max(Comparator.comparing(Image::name))
                .map(Image::imageId)
                .orElseThrow(() -> new IllegalStateException("no x86_64 Amazon Linux 2023 image in " + region));
    }

    private static long heapUsedAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    private static Population smallest(List<Population> cases) {
        return cases.stream().min(Comparator.comparingInt(Population::instances)).orElseThrow();
    }

    private static Population largest(List<Population> cases) {
        return cases.stream().max(Comparator.comparingInt(Population::instances)).orElseThrow();
    }

    /** The largest case's p50 over the smallest case's, the worse of the two queries; NaN with one case. */
    static double worstRatio(List<Population> cases) {
        if (cases.size() < 2) {
            return Double.NaN;
        }
        Population small = smallest(cases);
        Population large = largest(cases);
        double worst = 0;
        for (int q = 0; q < small.timed().size(); q++) {
            worst = Math.max(worst, stats(large.timed().get(q)).percentileMillis(50)
                    / stats(small.timed().get(q)).percentileMillis(50));
        }
        return worst;
    }

    static String render(ScaleOptions options, MachineFacts facts, List<Population> cases) {
        StringBuilder md = new StringBuilder();
        long errors = errorCount(cases);
        if (errors > 0) {
            md.append("> **WARNING: ").append(errors).append(" request(s) failed; the numbers are not valid.**\n\n");
        }
        md.append("# DescribeInstances at scale\n\n");
        md.append("- Date: ").append(facts.date()).append('\n');
        md.append("- Machine: nproc ").append(facts.nproc()).append(", ").append(facts.cpuModel()).append(", ")
                .append(facts.os()).append('\n');
        md.append("- Java: ").append(facts.javaVersion()).append(", max heap ")
                .append(Runtime.getRuntime().maxMemory() >> 20).append(" MiB\n");
        md.append("- Load average before the run: ").append(facts.loadAverage()).append('\n');
        md.append(String.format(Locale.ROOT, "- Emulator in-process; per case one region of account %s, %s "
                        + "instances (x86_64 Amazon Linux 2023) in one /14 subnet, every %d sharing one %s tag "
                        + "value; one keep-alive connection per case on 127.0.0.1; %,d warm-up requests per query "
                        + "and case, then %,d timed sequential requests per row, sent in %d round(s) with the cases "
                        + "taking turns%n%n",
                ACCOUNT, INSTANCE_TYPE, options.groupSize(), TAG_KEY, options.warmup(), options.requests(),
                options.rounds()));
        md.append("| instances in region | DescribeInstances | p50 ms | p99 ms | max ms | errors |\n");
        md.append("|---:|---|---:|---:|---:|---:|\n");
        for (Population p : cases) {
            for (QueryRun run : p.timed()) {
                LatencyStats stats = stats(run);
                md.append(String.format(Locale.ROOT, "| %,d | %s | %.3f | %.3f | %.2f | %d |%n", p.instances(),
                        run.name, stats.percentileMillis(50), stats.percentileMillis(99), stats.maxMillis(),
                        run.errorCount));
            }
        }
        md.append("\n| instances | region | populate s | heap before MiB | heap after MiB | KiB per instance |\n");
        md.append("|---:|---|---:|---:|---:|---:|\n");
        for (Population p : cases) {
            md.append(String.format(Locale.ROOT, "| %,d | %s | %.1f | %.1f | %.1f | %.2f |%n", p.instances(),
                    p.region(), p.populateSeconds(), p.heapBefore() / 1048576.0, p.heapAfter() / 1048576.0,
                    p.kibPerInstance()));
        }
        md.append('\n');
        if (cases.size() >= 2) {
            Population small = smallest(cases);
            Population large = largest(cases);
            for (int q = 0; q < small.timed().size(); q++) {
                LatencyStats a = stats(small.timed().get(q));
                LatencyStats b = stats(large.timed().get(q));
                md.append(String.format(Locale.ROOT, "- %s, %,d vs %,d instances: p50 %.2fx, p99 %.2fx%n",
                        small.timed().get(q).name, large.instances(), small.instances(),
                        b.percentileMillis(50) / a.percentileMillis(50),
                        b.percentileMillis(99) / a.percentileMillis(99)));
            }
            if (options.maxRatio() > 0) {
                double worst = worstRatio(cases);
                md.append(String.format(Locale.ROOT, "- Requirement: largest case p50 at most %.1fx the smallest: "
                        + "**%s** (worst %.2fx)%n", options.maxRatio(),
                        worst <= options.maxRatio() ? "met" : "NOT MET", worst));
            }
        }
        for (Population p : cases) {
            md.append(String.format(Locale.ROOT, "- %,d instances: %d TCP connection(s) for all requests%n",
                    p.instances(), p.client().connectionsOpened()));
        }
        List<String> listed = cases.stream().flatMap(p -> p.allRuns().stream())
                .flatMap(r -> r.errors.stream()).limit(MAX_ERRORS_LISTED).toList();
        if (!listed.isEmpty()) {
            md.append("\nFirst errors:\n\n");
            listed.forEach(e -> md.append("- ").append(e).append('\n'));
        }
        return md.toString();
    }

    private static void progress(String format, Object... args) {
        System.err.println("[bench] " + String.format(Locale.ROOT, format, args));
    }
}
