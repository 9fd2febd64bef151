package io.ec2emulator.bench;

import java.util.List;

/**
 * What one timed run of a scenario measured.
 *
 * @param scenario           the scenario's name
 * @param connections        how many concurrent keep-alive connections sent load
 * @param operations         operations that succeeded (each one latency sample)
 * @param errors             operations that failed (I/O error, non-200, or wrong root element)
 * @param elapsedSeconds     from the common start to the last thread's finish
 * @param latency            latencies of the successful operations
 * @param connectionsOpened  TCP connections opened during the run, including the initial ones
 * @param errorSamples       descriptions of the first few errors
 */
public record LoadResult(String scenario, int connections, long operations, long errors, double elapsedSeconds,
                         LatencyStats latency, long connectionsOpened, List<String> errorSamples) {

    /** Successful operations per second. */
    public double operationsPerSecond() {
        return elapsedSeconds > 0 ? operations / elapsedSeconds : 0;
    }

    /** True when every connection was opened once and reused for all of its requests. */
    public boolean connectionsReused() {
        return connectionsOpened == connections;
    }
}
