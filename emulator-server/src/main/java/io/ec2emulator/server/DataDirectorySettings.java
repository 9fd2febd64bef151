package io.ec2emulator.server;

import io.ec2emulator.persistence.DataDirectory;
import io.ec2emulator.ssh.SettingsStore;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The SSH gateway's generated settings (its host key seed), kept in the data directory's global table. */
final class DataDirectorySettings implements SettingsStore {

    private final DataDirectory directory;

    DataDirectorySettings(DataDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Optional<String> get(String key) {
        return directory.global(key).map(bytes -> new String(bytes, StandardCharsets.UTF_8));
    }

    @Override
    public void put(String key, String value) {
        directory.putGlobal(key, value.getBytes(StandardCharsets.UTF_8));
    }
}
