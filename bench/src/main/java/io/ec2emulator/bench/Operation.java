package io.ec2emulator.bench;

import java.io.IOException;

/** One unit of benchmark work (one or more requests) whose latency is recorded as a single sample. */
@FunctionalInterface
public interface Operation {

    /**
     * Runs the operation once over the given connection, checking every answer.
     *
     * @param client      the load thread's keep-alive connection
     * @param connection  the index of that connection, 0-based
     * @param sequence    how many operations this connection has run before, 0-based
     */
    void run(QueryClient client, int connection, long sequence) throws IOException, UnexpectedResponseException;
}
