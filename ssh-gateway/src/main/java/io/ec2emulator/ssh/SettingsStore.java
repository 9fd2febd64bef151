package io.ec2emulator.ssh;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Where the gateway keeps what it generates once (its host key seed): the data directory's key/value
 * table when state is persistent, memory otherwise.
 */
public interface SettingsStore {

    Optional<String> get(String key);

    void put(String key, String value);

    /** A store that lives as long as the process. */
    static SettingsStore inMemory() {
        ConcurrentMap<String, String> values = new ConcurrentHashMap<>();
        return new SettingsStore() {
            @Override
            public Optional<String> get(String key) {
                return Optional.ofNullable(values.get(key));
            }

            @Override
            public void put(String key, String value) {
                values.put(key, value);
            }
        };
    }
}
