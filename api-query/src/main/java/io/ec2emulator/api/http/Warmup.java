package io.ec2emulator.api.http;

import io.ec2emulator.api.dispatch.ActionRegistry;
import io.ec2emulator.api.dispatch.Dispatcher;
import io.ec2emulator.core.Emulator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Serves a few read-only calls on a background thread while the server binds, so that the class
 * loading and initialisation of the SDK model, the XML writer, the catalogs and the default
 * account's region (its default VPC) happen in parallel with start-up instead of delaying the first
 * real request. Read-only calls change nothing a client could tell apart from a fresh start.
 */
final class Warmup {

    private Warmup() {
    }

    /** Starts the warm-up thread; the result completes when it is done (also when a call failed). */
    static CompletableFuture<Void> startInBackground(Emulator emulator, ActionRegistry registry,
                                                     String defaultAccountId) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                run(emulator, registry, defaultAccountId);
            } finally {
                done.complete(null);
            }
        }, "ec2-warmup");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
        return done;
    }

    private static void run(Emulator emulator, ActionRegistry registry, String defaultAccountId) {
        Dispatcher dispatcher = new Dispatcher(emulator, registry, defaultAccountId);
        dispatcher.dispatch(Map.of("Action", "DescribeRegions", "Version", "2016-11-15"), null);
        dispatcher.dispatch(Map.of("Action", "DescribeKeyPairs", "Version", "2016-11-15", "Filter.1.Name", "key-name",
                "Filter.1.Value.1", "warm*"), null);
        dispatcher.dispatch(Map.of("Action", "NoSuchAction"), null);
    }
}
