package io.ec2emulator.core.state;

import java.util.List;

/**
 * What a region hands the changes of each committed action to, under its lock and before the answer
 * is sent; if it throws, the action is rolled back and fails with an internal error.
 */
@FunctionalInterface
public interface CommitSink {

    /** Keeps nothing: the region's state lives in memory only. */
    CommitSink NONE = (where, changes) -> { };

    /** Makes the changes of one action durable; returns only when they survive a crash of the process. */
    void commit(AccountRegion where, List<Change> changes);
}
