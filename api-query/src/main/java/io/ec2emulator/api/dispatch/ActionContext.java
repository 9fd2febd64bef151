package io.ec2emulator.api.dispatch;

import io.ec2emulator.core.Emulator;
import io.ec2emulator.core.state.RegionState;
import java.time.Instant;

/** What a handler knows about the call it serves: where it acts and which request it is. */
public record ActionContext(Emulator emulator, RegionState state, String requestId) {

    public String accountId() {
        return state.accountId();
    }

    public String region() {
        return state.region();
    }

    public Instant now() {
        return state.clock().instant();
    }
}
