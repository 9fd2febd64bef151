package io.ec2emulator.server;

import io.ec2emulator.api.http.StateFiles;
import io.ec2emulator.core.Emulator;
import io.ec2emulator.persistence.StateFile;

/** The JSON state files, created on first use so that a start without them never loads the JSON mapper. */
final class LazyStateFiles implements StateFiles {

    private final Emulator emulator;
    private StateFile stateFile;

    LazyStateFiles(Emulator emulator) {
        this.emulator = emulator;
    }

    private synchronized StateFile stateFile() {
        if (stateFile == null) {
            stateFile = new StateFile();
        }
        return stateFile;
    }

    @Override
    public byte[] save() {
        return stateFile().save(emulator);
    }

    @Override
    public void load(byte[] document) {
        stateFile().load(emulator, document);
    }
}
