package io.ec2emulator.ssh;

import io.ec2emulator.core.instances.Instance;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.sshd.common.config.keys.PublicKeyEntry;

/**
 * Who may log in to an instance, as on EC2's images: the image's OS default user with the public key
 * of the key pair the instance was launched with, or with a key pushed for that user through EC2
 * Instance Connect in the last 60 seconds. {@code root} with the launch key is let in only to be told
 * which user to log in as (Amazon's images put a {@code command=} before the key in root's
 * authorized_keys). Windows instances have no SSH server; an instance launched without a key pair
 * admits nobody by key.
 */
public final class LoginRules {

    /** The user every image knows. */
    public static final String ROOT = "root";

    private final InstanceDirectory instances;
    private final PushedKeys pushedKeys;

    public LoginRules(InstanceDirectory instances, PushedKeys pushedKeys) {
        this.instances = instances;
        this.pushedKeys = pushedKeys;
    }

    /** The login {@code user} gets with {@code key} on {@code target}, or empty: permission denied. */
    public Optional<Login> login(InstanceRef target, String user, PublicKey key) {
        String offered = openSshLine(key);
        return instances.read(target, region -> {
            Optional<Instance> found = region.instances().resources().get(target.instanceId());
            if (found.isEmpty() || "windows".equals(found.get().platform()) || found.get().osUser() == null) {
                return Optional.empty();
            }
            Instance instance = found.get();
            boolean asRoot = user.equals(ROOT) && !ROOT.equals(instance.osUser());
            if (!asRoot && !user.equals(instance.osUser())) {
                return Optional.empty();
            }
            List<String> authorized = new ArrayList<>();
            if (instance.launchPublicKey() != null) {
                authorized.add(instance.launchPublicKey());
            }
            if (!asRoot) {
                authorized.addAll(pushedKeys.validKeys(region, instance.instanceId(), user));
            }
            boolean match = authorized.stream().anyMatch(line -> sameKey(line, offered));
            return match ? Optional.of(new Login(target, user)) : Optional.empty();
        });
    }

    private static String openSshLine(PublicKey key) {
        try {
            return PublicKeyEntry.toString(key);
        } catch (IllegalArgumentException unsupported) {
            return "";
        }
    }

    /** Whether an authorized_keys line (type, base64, optional comment) holds the offered key. */
    private static boolean sameKey(String authorizedLine, String offered) {
        String[] authorized = authorizedLine.trim().split("\\s+");
        String[] candidate = offered.split("\\s+");
        return authorized.length >= 2 && candidate.length >= 2
                && authorized[0].equals(candidate[0]) && authorized[1].equals(candidate[1]);
    }
}
