package io.ec2emulator.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs one scenario for a fixed time: C threads, each with its own keep-alive connection, send operations
 * back to back and record each operation's latency with {@link System#nanoTime()}.
 */
public final class LoadRun {

    private static final int MAX_ERROR_SAMPLES = 5;
    private static final int READ_TIMEOUT_MS = 30_000;
    private static final long ERROR_BACKOFF_MS = 10;

    private final InetSocketAddress address;
    private final int connections;

    /**
     * @param address      the emulator under test
     * @param connections  how many concurrent connections (and threads) send load
     */
    public LoadRun(InetSocketAddress address, int connections) {
        if (connections < 1) {
            throw new IllegalArgumentException("connections must be at least 1");
        }
        this.address = address;
        this.connections = connections;
    }

    /** Runs {@code scenario} for {@code duration} and returns what was measured. */
    public LoadResult run(Scenario scenario, Duration duration) throws InterruptedException {
        List<QueryClient> clients = new ArrayList<>();
        List<LatencyStats.Recorder> recorders = new ArrayList<>();
        List<String> errorSamples = Collections.synchronizedList(new ArrayList<>());
        AtomicLong errors = new AtomicLong();
        CountDownLatch ready = new CountDownLatch(connections);
        CountDownLatch go = new CountDownLatch(1);
        long[] startAndDeadline = new long[2];
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            QueryClient client = new QueryClient(address, READ_TIMEOUT_MS);
            LatencyStats.Recorder recorder = new LatencyStats.Recorder();
            clients.add(client);
            recorders.add(recorder);
            int connection = i;
            Thread thread = new Thread(() -> {
                try {
                    client.open();
                } catch (IOException e) {
                    noteError(errors, errorSamples, "connect: " + e);
                }
                ready.countDown();
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                drive(scenario.operation(), client, connection, startAndDeadline[1], recorder, errors, errorSamples);
            }, "load-" + i);
            threads.add(thread);
            thread.start();
        }
        ready.await();
        startAndDeadline[0] = System.nanoTime();
        startAndDeadline[1] = startAndDeadline[0] + duration.toNanos();
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - startAndDeadline[0]) / 1e9;
        long opened = 0;
        for (QueryClient client : clients) {
            opened += client.connectionsOpened();
            client.close();
        }
        LatencyStats stats = LatencyStats.Recorder.merge(recorders);
        return new LoadResult(scenario.name(), connections, stats.count(), errors.get(), elapsed, stats, opened,
                List.copyOf(errorSamples));
    }

    private static void drive(Operation operation, QueryClient client, int connection, long deadline,
                              LatencyStats.Recorder recorder, AtomicLong errors, List<String> errorSamples) {
        long sequence = 0;
        while (System.nanoTime() < deadline) {
            long start = System.nanoTime();
            try {
                operation.run(client, connection, sequence);
                recorder.record(System.nanoTime() - start);
            } catch (UnexpectedResponseException e) {
                noteError(errors, errorSamples, e.getMessage());
            } catch (IOException | RuntimeException e) {
                noteError(errors, errorSamples, e.toString());
                try {
                    Thread.sleep(ERROR_BACKOFF_MS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            sequence++;
        }
    }

    private static void noteError(AtomicLong errors, List<String> samples, String description) {
        errors.incrementAndGet();
        synchronized (samples) {
            if (samples.size() < MAX_ERROR_SAMPLES) {
                samples.add(description);
            }
        }
    }
}
