package io.ec2emulator.core.instances;

import io.ec2emulator.core.keypairs.KeyMaterial;
import io.ec2emulator.core.state.RegionState;
import io.ec2emulator.core.state.ResourceStore;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * GetPasswordData: a Windows instance launched with a key pair sets a random Administrator password at
 * its first boot; EC2 keeps it encrypted under the key pair's RSA public key and hands it out once the
 * configured delay after that boot has passed. Linux instances, instances launched without a key pair
 * and Windows instances before that moment answer an empty password.
 */
final class WindowsPasswords {

    static final String STORE = "windows-password";

    private final RegionState region;
    private final ResourceStore<WindowsPassword> store;

    WindowsPasswords(RegionState region) {
        this.region = region;
        this.store = new ResourceStore<>(STORE, WindowsPassword::instanceId, region.undoLog());
    }

    /**
     * The instance booted for the first time at {@code runningAt}: a Windows instance with an RSA launch
     * key gets its password, available {@code --windows-password-delay} later. Later boots keep it.
     */
    void firstBoot(Instance instance, Instant runningAt) {
        if (!"windows".equals(instance.platform()) || instance.launchPublicKey() == null
                || store.contains(instance.instanceId())) {
            return;
        }
        byte[] password = AdministratorPasswords.generate().getBytes(StandardCharsets.UTF_8);
        KeyMaterial.encryptForPublicKey(instance.launchPublicKey(), password).ifPresent(data ->
                store.put(new WindowsPassword(instance.instanceId(), data,
                        runningAt.plus(region.settings().windowsPasswordDelay()))));
    }

    /** The instance is gone for good: so is its password. */
    void forget(String instanceId) {
        store.remove(instanceId);
    }

    PasswordData of(Instance instance) {
        Instant now = region.clock().instant();
        return store.get(instance.instanceId())
                .filter(p -> !p.availableAt().isAfter(now))
                .map(p -> new PasswordData(instance.instanceId(), p.availableAt(), p.passwordData()))
                .orElseGet(() -> new PasswordData(instance.instanceId(), now, ""));
    }
}
