package io.ec2emulator.ssh;

import io.ec2emulator.core.instances.Instance;
import io.ec2emulator.core.keypairs.HostKeys;
import java.security.KeyPair;
import java.util.List;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.common.session.SessionContext;

/**
 * The host keys an instance's SSH server presents: the instance's own (the ones whose fingerprints
 * {@code GetConsoleOutput} prints), found through the session's hop.
 */
final class InstanceHostKeyProvider implements KeyPairProvider {

    private static final List<String> TYPES = List.of(ECDSA_SHA2_NISTP256, SSH_ED25519);

    private final HopTable hops;
    private final InstanceDirectory instances;

    InstanceHostKeyProvider(HopTable hops, InstanceDirectory instances) {
        this.hops = hops;
        this.instances = instances;
    }

    @Override
    public Iterable<String> getKeyTypes(SessionContext session) {
        return TYPES;
    }

    @Override
    public Iterable<KeyPair> loadKeys(SessionContext session) {
        return hops.hopOf(session)
                .flatMap(hop -> instances.instance(hop.target()))
                .map(Instance::hostKeySeed)
                .map(seed -> HostKeys.fromSeed(seed).keys().stream().map(HostKeys.HostKey::keyPair).toList())
                .orElse(List.of());
    }
}
