package io.ec2emulator.core.state;

import java.time.Instant;

/**
 * A resource family whose resources change state with time (an instance boots, an image becomes
 * available). Before each action the region lets every family catch up to the clock, inside the
 * action's transaction, so time-based changes happen in order and exactly once.
 */
@FunctionalInterface
public interface TimedTransitions {

    void advanceTo(Instant now);
}
