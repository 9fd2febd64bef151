package io.ec2emulator.bench;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs one kind of login back to back on {@code threads} threads for a fixed time (closed loop: each thread
 * starts its next login when the previous one ended), recording every successful login's phases, the errors,
 * and the CPU both processes spent.
 */
public final class LoginRun {

    /** One login; throws on any failure. */
    @FunctionalInterface
    public interface Login {
        LoginTiming login() throws Exception;
    }

    private static final int MAX_ERROR_SAMPLES = 5;

    private LoginRun() {
    }

    /**
     * @param name      the scenario's name in the report
     * @param server    the emulator (its CPU time is read before and after)
     * @param login     what each thread does repeatedly
     * @param threads   concurrent clients
     * @param duration  how long threads start new logins
     */
    public static SshRunResult run(String name, ServerProcess server, Login login, int threads, Duration duration)
            throws Exception {
        List<LatencyStats.Recorder> totals = new ArrayList<>();
        List<List<LatencyStats.Recorder>> phases = new ArrayList<>();
        for (int p = 0; p < LoginTiming.PHASES.length; p++) {
            phases.add(new ArrayList<>());
        }
        AtomicLong errors = new AtomicLong();
        Queue<String> samples = new ConcurrentLinkedQueue<>();
        List<Thread> workers = new ArrayList<>();
        long serverCpuBefore = server.cpuMillis();
        long clientCpuBefore = clientCpuNanos();
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        for (int t = 0; t < threads; t++) {
            LatencyStats.Recorder total = new LatencyStats.Recorder();
            LatencyStats.Recorder[] phase = new LatencyStats.Recorder[LoginTiming.PHASES.length];
            totals.add(total);
            for (int p = 0; p < phase.length; p++) {
                phase[p] = new LatencyStats.Recorder();
                phases.get(p).add(phase[p]);
            }
            Thread worker = new Thread(() -> {
                while (System.nanoTime() < deadline) {
                    try {
                        LoginTiming timing = login.login();
                        total.record(timing.total());
                        for (int p = 0; p < phase.length; p++) {
                            if (timing.phase(p) >= 0) {
                                phase[p].record(timing.phase(p));
                            }
                        }
                    } catch (Exception e) {
                        if (errors.incrementAndGet() <= MAX_ERROR_SAMPLES) {
                            samples.add(e.toString());
                        }
                        if (e instanceof InterruptedException) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                }
            }, name + "-" + t);
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        long elapsed = System.nanoTime() - start;
        long serverCpu = server.cpuMillis() - serverCpuBefore;
        long clientCpu = (clientCpuNanos() - clientCpuBefore) / 1_000_000;
        List<LatencyStats> phaseStats = new ArrayList<>();
        for (List<LatencyStats.Recorder> recorders : phases) {
            phaseStats.add(LatencyStats.Recorder.merge(recorders));
        }
        return new SshRunResult(name, threads, elapsed / 1e9, LatencyStats.Recorder.merge(totals), phaseStats,
                errors.get(), List.copyOf(samples), serverCpu, clientCpu);
    }

    /** CPU time of this JVM (all threads), nanoseconds. */
    static long clientCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
