package io.ec2emulator.core.state;

/**
 * One record changed by a committed action, or one record of a saved state.
 *
 * @param store the name of the {@link CapturedStore}
 * @param id    the record's id within the store
 * @param value the record now (an immutable record), or null when it was deleted
 */
public record Change(String store, String id, Object value) {
}
