package io.ec2emulator.junit5.samples;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** What the sample classes saw, for the tests that run them to check. */
public final class Seen {

    public static final List<Object> VALUES = new CopyOnWriteArrayList<>();

    private Seen() {
    }

    public static void clear() {
        VALUES.clear();
    }

    public static void add(Object value) {
        VALUES.add(value);
    }
}
