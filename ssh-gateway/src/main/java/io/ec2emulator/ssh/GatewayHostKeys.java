package io.ec2emulator.ssh;

import io.ec2emulator.core.keypairs.HostKeys;
import java.security.KeyPair;
import java.util.List;
import org.apache.sshd.common.keyprovider.KeyPairProvider;

/**
 * The gateway's own host keys (Ed25519 and ECDSA P-256): generated at the first start and kept in the
 * {@link SettingsStore}, so a client's known_hosts entry for the gateway stays valid across restarts
 * when a data directory is used.
 */
final class GatewayHostKeys {

    /** The key under which the seed of the gateway's host keys is stored. */
    static final String SEED_KEY = "ssh.gateway.host-key-seed";

    private GatewayHostKeys() {
    }

    static KeyPairProvider load(SettingsStore store) {
        String seed = store.get(SEED_KEY).orElseGet(() -> {
            String fresh = HostKeys.newSeed();
            store.put(SEED_KEY, fresh);
            return fresh;
        });
        List<KeyPair> keys = HostKeys.fromSeed(seed).keys().stream().map(HostKeys.HostKey::keyPair).toList();
        return KeyPairProvider.wrap(keys);
    }
}
