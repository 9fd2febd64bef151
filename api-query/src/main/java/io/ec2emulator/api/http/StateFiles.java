package io.ec2emulator.api.http;

/**
 * Saves the emulator's whole state as one document and replaces it with one
 * ({@code POST /_ec2/state/save} and {@code POST /_ec2/state/load}); the server wires the
 * persistence module's JSON state files in.
 */
public interface StateFiles {

    /** No state files: both endpoints answer 501. */
    StateFiles NONE = new StateFiles() {
        @Override
        public byte[] save() {
            throw new UnsupportedOperationException("state files are not available in this server");
        }

        @Override
        public void load(byte[] document) {
            throw new UnsupportedOperationException("state files are not available in this server");
        }
    };

    /** The whole state, as a JSON document. */
    byte[] save();

    /**
     * Replaces the whole state with the document's.
     *
     * @throws IllegalArgumentException if the document is not a valid state file (nothing changed)
     */
    void load(byte[] document);
}
