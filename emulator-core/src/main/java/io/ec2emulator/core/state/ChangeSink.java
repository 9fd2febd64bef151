package io.ec2emulator.core.state;

import java.util.List;
import java.util.Map;

/**
 * Where committed changes go to outlive the process (the persistence module writes them to disk).
 * A region calls it under its lock, after an action succeeded and before its answer is sent; if it
 * throws, the action is rolled back and fails with an internal error.
 */
public interface ChangeSink {

    /** Keeps nothing: the emulator's state lives in memory only. */
    ChangeSink NONE = new ChangeSink() {
        @Override
        public void commit(AccountRegion where, List<Change> changes) {
        }

        @Override
        public void replaceAll(Map<AccountRegion, List<Change>> state) {
        }
    };

    /** Makes the changes of one action durable; returns only when they survive a crash of the process. */
    void commit(AccountRegion where, List<Change> changes);

    /** Replaces everything kept with {@code state} (a load of a state file, a reset), durably and at once. */
    void replaceAll(Map<AccountRegion, List<Change>> state);
}
