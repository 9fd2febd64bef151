package io.ec2emulator.core.state;

import java.util.function.BiConsumer;

/**
 * A part of a region's state whose records are kept across restarts and in state files: a
 * {@link ResourceStore}, or a holder with its own indexes such as the tag store. Each has a name
 * that is unique within its region; the store registers itself in the region's {@link StoreCatalog}
 * when it is created and reports every changed id to it.
 */
public interface CapturedStore {

    /** The name the records are kept under, e.g. {@code vpc} or {@code tag}; unique in a region. */
    String name();

    /** The record with this id now, or null if there is none. */
    Object current(String id);

    /** Every record, by id. */
    void forEach(BiConsumer<String, Object> action);

    /**
     * Adds a record read back from storage, outside any transaction: no undo, no change reported.
     *
     * @throws IllegalArgumentException if the record is not of this store's type, its id is not
     *                                  {@code id}, or the id is already present
     */
    void restore(String id, Object value);
}
