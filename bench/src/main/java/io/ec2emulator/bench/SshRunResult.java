package io.ec2emulator.bench;

import java.util.List;

/**
 * One timed login scenario.
 *
 * @param name              the scenario
 * @param threads           concurrent clients
 * @param elapsedSeconds    from the common start until the last login ended
 * @param total             every successful login's total time
 * @param phases            per phase of {@link LoginTiming#PHASES}, the logins where it was observed
 * @param errors            failed logins
 * @param errorSamples      the first failures
 * @param serverCpuMillis   CPU the emulator process used during the run
 * @param clientCpuMillis   CPU the benchmark's JVM used during the run
 */
public record SshRunResult(String name, int threads, double elapsedSeconds, LatencyStats total,
                           List<LatencyStats> phases, long errors, List<String> errorSamples,
                           long serverCpuMillis, long clientCpuMillis) {

    /** Successful logins. */
    public int logins() {
        return total.count();
    }

    /** Successful logins per second of the run. */
    public double loginsPerSecond() {
        return logins() / elapsedSeconds;
    }

    /** The emulator's CPU milliseconds per successful login. */
    public double serverCpuPerLogin() {
        return logins() == 0 ? Double.NaN : (double) serverCpuMillis / logins();
    }

    /** The client's CPU milliseconds per successful login. */
    public double clientCpuPerLogin() {
        return logins() == 0 ? Double.NaN : (double) clientCpuMillis / logins();
    }
}
