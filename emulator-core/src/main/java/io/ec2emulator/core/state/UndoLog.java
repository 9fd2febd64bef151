package io.ec2emulator.core.state;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Records how to undo each change made during one action, so that an action which fails half-way,
 * or runs with {@code DryRun=true}, leaves the state exactly as it found it.
 */
public final class UndoLog {

    private final Deque<Runnable> entries = new ArrayDeque<>();
    private final Deque<Runnable> afterCommit = new ArrayDeque<>();
    private final StoreCatalog catalog = new StoreCatalog();
    private boolean replaying;

    /** The captured stores of this region, and what the current action changed in them. */
    public StoreCatalog catalog() {
        return catalog;
    }

    /** Called by a captured store after it changed the record {@code id} (not while undoing). */
    public void changed(CapturedStore store, String id) {
        if (!replaying) {
            catalog.changed(store, id);
        }
    }

    /** Called by the stores after each change, with the change that reverts it. */
    public void record(Runnable undo) {
        if (!replaying) {
            entries.push(undo);
        }
    }

    /**
     * Runs {@code action} only if the current action commits: for effects that cannot be taken back
     * once others may see them, such as returning a public address to the shared pool.
     */
    public void onCommit(Runnable action) {
        afterCommit.add(action);
    }

    /** Reverts every recorded change, newest first, and forgets them. */
    public void rollback() {
        afterCommit.clear();
        catalog.forgetChanges();
        replaying = true;
        try {
            while (!entries.isEmpty()) {
                entries.pop().run();
            }
        } finally {
            replaying = false;
        }
    }

    /** Keeps every recorded change and forgets how to undo them. */
    public void commit() {
        entries.clear();
        catalog.forgetChanges();
        while (!afterCommit.isEmpty()) {
            afterCommit.poll().run();
        }
    }
}
