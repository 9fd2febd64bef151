package io.ec2emulator.core.state;

import java.util.List;
import java.util.Map;

/**
 * Where committed changes go to outlive the process (the persistence module writes them to disk):
 * each region's commits, and the replacement of the whole state.
 */
public interface ChangeSink extends CommitSink {

    /** Keeps nothing: the emulator's state lives in memory only. */
    ChangeSink NONE = new ChangeSink() {
        @Override
        public void commit(AccountRegion where, List<Change> changes) {
        }

        @Override
        public void replaceAll(Map<AccountRegion, List<Change>> state) {
        }
    };

    /** Replaces everything kept with {@code state} (a load of a state file, a reset), durably and at once. */
    void replaceAll(Map<AccountRegion, List<Change>> state);
}
