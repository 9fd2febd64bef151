package io.ec2emulator.core.instanceconnect;

import io.ec2emulator.core.instances.Instance;
import io.ec2emulator.core.instances.InstanceState;
import io.ec2emulator.core.state.RegionState;
import io.ec2emulator.core.state.ResourceStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * EC2 Instance Connect in one account and region: SendSSHPublicKey keeps a public key for one OS user
 * on one running instance for {@link #LIFETIME}; the SSH gateway asks {@link #validKeys} which keys let
 * a login in. SendSerialConsoleSSHPublicKey validates its input and is refused, as for an account
 * whose serial console access is disabled (the AWS default; the emulator has no setting to enable it).
 *
 * <p>The keys are kept in a store of the region, so they survive a restart (until they expire), and
 * expired keys are removed lazily, by the next push or lookup. Call every method inside a transaction
 * of the region ({@link RegionState#transact}).
 */
public final class InstanceConnectKeys {

    /** How long a pushed key lets a login in. */
    public static final Duration LIFETIME = Duration.ofSeconds(60);

    static final Pattern INSTANCE_ID = Pattern.compile("^i-[a-f0-9]+$");
    static final Pattern OS_USER = Pattern.compile(
            "(^[A-Za-z_][A-Za-z0-9\\@\\._-]{0,30}[A-Za-z0-9\\$_-]?$)"
                    + "|(^(?=.{2,32}$)[0-9]{1,32}[A-Za-z\\@\\._-][A-Za-z0-9\\@\\._-]*[A-Za-z0-9\\$_-]?$)");
    static final Pattern AVAILABILITY_ZONE = Pattern.compile("^(\\w+-){2,3}\\d+\\w+$");
    private static final int MIN_KEY_CHARS = 80;
    private static final int MAX_KEY_CHARS = 4096;

    private final RegionState region;
    private final ResourceStore<PushedKey> keys;

    public InstanceConnectKeys(RegionState region) {
        this.region = region;
        this.keys = new ResourceStore<>("instance-connect-key", PushedKey::id, region.undoLog());
    }

    /**
     * SendSSHPublicKey: the key lets {@code osUser} log in to the instance for {@link #LIFETIME} from now
     * (pushing the same key again starts its 60 seconds again).
     *
     * @param availabilityZone optional; when given it must be the instance's zone
     * @throws io.ec2emulator.core.Ec2Error {@code InvalidArgsException} for a missing or malformed
     *     parameter or a key that is not accepted, {@code EC2InstanceNotFoundException},
     *     {@code EC2InstanceUnavailableException} (pending), {@code EC2InstanceStateInvalidException}
     *     (stopping, stopped, shutting down, terminated)
     */
    public PushedKey push(String instanceId, String osUser, String sshPublicKey, String availabilityZone) {
        checkInstanceId(instanceId);
        require("InstanceOSUser", osUser);
        if (osUser.length() > 32 || !OS_USER.matcher(osUser).matches()) {
            throw InstanceConnectErrors.invalidArgs("Invalid value for InstanceOSUser: it must be 1 to 32"
                    + " characters and a valid Linux user name");
        }
        String key = checkKey(sshPublicKey);
        if (availabilityZone != null && (availabilityZone.length() < 6 || availabilityZone.length() > 32
                || !AVAILABILITY_ZONE.matcher(availabilityZone).matches())) {
            throw InstanceConnectErrors.invalidArgs("Invalid value for AvailabilityZone");
        }
        Instance instance = runningInstance(instanceId);
        if (availabilityZone != null && !availabilityZone.equals(instance.availabilityZone())) {
            throw InstanceConnectErrors.invalidArgs("Instance " + instanceId + " is not in the Availability Zone "
                    + availabilityZone);
        }
        Instant now = region.clock().instant();
        pruneExpired(now);
        PushedKey pushed = new PushedKey(instanceId, osUser, key, now.plus(LIFETIME));
        keys.put(pushed);
        return pushed;
    }

    /**
     * SendSerialConsoleSSHPublicKey: checks the parameters and the instance as AWS does, then answers
     * {@code SerialConsoleAccessDisabledException}, since serial console access is never enabled here.
     *
     * @param serialPort null (port 0) or 0
     */
    public void pushSerialConsole(String instanceId, Integer serialPort, String sshPublicKey) {
        checkInstanceId(instanceId);
        if (serialPort != null && serialPort != 0) {
            throw InstanceConnectErrors.invalidArgs("Invalid value for SerialPort: only port 0 is supported");
        }
        checkKey(sshPublicKey);
        throw InstanceConnectErrors.serialConsoleDisabled();
    }

    /**
     * The keys (OpenSSH lines, {@code type base64-blob}) that let {@code osUser} log in to the instance
     * at {@code now}, oldest expiry first; empty if none. Removes that user's expired keys.
     */
    public List<String> validKeys(String instanceId, String osUser, Instant now) {
        Objects.requireNonNull(now, "now");
        if (instanceId == null || osUser == null) {
            return List.of();
        }
        String prefix = PushedKey.prefix(instanceId, osUser);
        List<PushedKey> valid = new ArrayList<>();
        List<String> expired = new ArrayList<>();
        for (PushedKey key : keys.all().subMap(prefix, true, prefix + Character.MAX_VALUE, false).values()) {
            if (key.validAt(now)) {
                valid.add(key);
            } else {
                expired.add(key.id());
            }
        }
        expired.forEach(keys::remove);
        return valid.stream().sorted(Comparator.comparing(PushedKey::expiresAt))
                .map(PushedKey::publicKey).toList();
    }

    /** How many keys the region holds, expired ones not yet removed included (for tests). */
    int size() {
        return keys.size();
    }

    private void pruneExpired(Instant now) {
        List<String> expired = keys.all().values().stream().filter(k -> !k.validAt(now)).map(PushedKey::id).toList();
        expired.forEach(keys::remove);
    }

    private Instance runningInstance(String instanceId) {
        Instance instance = region.instances().resources().get(instanceId)
                .orElseThrow(() -> InstanceConnectErrors.instanceNotFound(instanceId));
        InstanceState state = instance.state();
        if (state == InstanceState.PENDING) {
            throw InstanceConnectErrors.unavailable(instanceId);
        }
        if (state != InstanceState.RUNNING) {
            throw InstanceConnectErrors.stateInvalid(instanceId, state.wireName());
        }
        return instance;
    }

    private static void checkInstanceId(String instanceId) {
        require("InstanceId", instanceId);
        if (instanceId.length() < 10 || instanceId.length() > 32 || !INSTANCE_ID.matcher(instanceId).matches()) {
            throw InstanceConnectErrors.invalidArgs("Invalid value for InstanceId: it must match ^i-[a-f0-9]+$"
                    + " and be 10 to 32 characters");
        }
    }

    private static String checkKey(String sshPublicKey) {
        require("SSHPublicKey", sshPublicKey);
        if (sshPublicKey.length() < MIN_KEY_CHARS || sshPublicKey.length() > MAX_KEY_CHARS) {
            throw InstanceConnectErrors.invalidArgs("Invalid value for SSHPublicKey: it must be " + MIN_KEY_CHARS
                    + " to " + MAX_KEY_CHARS + " characters");
        }
        return ConnectKeyParser.canonical(sshPublicKey);
    }

    private static void require(String parameter, String value) {
        if (value == null || value.isEmpty()) {
            throw InstanceConnectErrors.invalidArgs("Missing required parameter " + parameter);
        }
    }
}
