package io.ec2emulator.api.http;

import io.ec2emulator.api.dispatch.ActionRegistry;
import io.ec2emulator.api.dispatch.Dispatcher;
import io.ec2emulator.core.Emulator;
import java.time.Clock;
import java.util.Map;

/**
 * Serves a few typical calls against a throw-away emulator on a background thread while the server
 * binds, so that the class loading and initialisation of the SDK model, the XML writer and the
 * catalogs happen in parallel with start-up instead of delaying the first real request.
 */
final class Warmup {

    private Warmup() {
    }

    static void startInBackground(ActionRegistry registry) {
        Thread thread = new Thread(() -> run(registry), "ec2-warmup");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private static void run(ActionRegistry registry) {
        Dispatcher dispatcher = new Dispatcher(new Emulator(Clock.systemUTC()), registry, "000000000000");
        dispatcher.dispatch(Map.of("Action", "DescribeRegions", "Version", "2016-11-15"), null);
        dispatcher.dispatch(Map.of("Action", "DescribeKeyPairs", "Version", "2016-11-15", "Filter.1.Name", "key-name",
                "Filter.1.Value.1", "warm*"), null);
        dispatcher.dispatch(Map.of("Action", "NoSuchAction"), null);
    }
}
