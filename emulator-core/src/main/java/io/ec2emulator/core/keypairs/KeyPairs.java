package io.ec2emulator.core.keypairs;

import io.ec2emulator.core.Ec2Error;
import io.ec2emulator.core.filter.FilterCriterion;
import io.ec2emulator.core.filter.FilterSpec;
import io.ec2emulator.core.filter.ResourceQuery;
import io.ec2emulator.core.state.IdGenerator;
import io.ec2emulator.core.state.RegionState;
import io.ec2emulator.core.state.ResourceStore;
import io.ec2emulator.core.tags.TagSpecification;
import io.ec2emulator.core.tags.TaggableType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The key pairs of one account and region: CreateKeyPair, ImportKeyPair, DescribeKeyPairs, DeleteKeyPair. */
public final class KeyPairs {

    public static final String RESOURCE_TYPE = "key-pair";
    public static final String ID_PREFIX = "key";
    private static final int MAX_NAME_LENGTH = 255;
    /** EC2's quota of key pairs per account and region (not adjustable). */
    public static final int MAX_KEY_PAIRS = 5000;

    private static final FilterSpec<KeyPair> FILTERS = FilterSpec.<KeyPair>builder()
            .indexed("key-name", "name", KeyPair::keyName)
            .single("key-pair-id", KeyPair::keyPairId)
            .indexed("fingerprint", "fingerprint", KeyPair::fingerprint)
            .single("key-type", k -> k.keyType().wireValue())
            .tags()
            .build();

    /** What CreateKeyPair answers: the stored key pair plus the private key, shown only this once. */
    public record Created(KeyPair keyPair, String keyMaterial) {
    }

    private final RegionState region;
    private final ResourceStore<KeyPair> store;

    public KeyPairs(RegionState region) {
        this.region = region;
        this.store = new ResourceStore<>(RESOURCE_TYPE, KeyPair::keyPairId, region.undoLog())
                .index("name", k -> List.of(k.keyName()))
                .index("fingerprint", k -> List.of(k.fingerprint()));
        region.tagging().register(new TaggableType(ID_PREFIX, RESOURCE_TYPE, store::contains,
                id -> notFound(id)));
    }

    public Created create(String keyName, KeyType type, KeyFormat format, List<TagSpecification> tags) {
        validateNewName(keyName);
        region.tagging().matching(tags, Set.of(RESOURCE_TYPE));
        KeyMaterial.CreatedKey key = KeyMaterial.create(type, format, keyName);
        KeyPair keyPair = store(keyName, type, key.fingerprint(), key.publicKey(), tags);
        return new Created(keyPair, key.privateKeyMaterial());
    }

    public KeyPair importKey(String keyName, byte[] publicKeyMaterial, List<TagSpecification> tags) {
        validateNewName(keyName);
        region.tagging().matching(tags, Set.of(RESOURCE_TYPE));
        KeyMaterial.ImportedKey key = KeyMaterial.importPublicKey(publicKeyMaterial);
        return store(keyName, key.type(), key.fingerprint(), key.publicKey(), tags);
    }

    /**
     * DescribeKeyPairs: every named key pair and id must exist ({@code InvalidKeyPair.NotFound}
     * otherwise); filters narrow the answer.
     */
    public List<KeyPair> describe(List<String> names, List<String> ids, List<FilterCriterion> filters) {
        List<String> wanted = new ArrayList<>();
        for (String name : names) {
            wanted.add(byName(name).orElseThrow(() -> notFound(name)).keyPairId());
        }
        for (String id : ids) {
            if (!store.contains(id)) {
                throw notFound(id);
            }
            wanted.add(id);
        }
        ResourceQuery<KeyPair> query = ResourceQuery.over(store, region.tags(), FILTERS).filters(filters);
        if (!names.isEmpty() || !ids.isEmpty()) {
            query.onlyIds(wanted);
        }
        return query.list();
    }

    /** DeleteKeyPair by name or id; deleting a key pair that does not exist succeeds. */
    public Optional<KeyPair> delete(String keyName, String keyPairId) {
        if (keyName == null && keyPairId == null) {
            throw Ec2Error.missingParameter("KeyName or KeyPairId");
        }
        Optional<KeyPair> target = keyPairId != null ? store.get(keyPairId) : byName(keyName);
        if (target.isPresent() && keyName != null && !target.get().keyName().equals(keyName)) {
            throw Ec2Error.invalidParameterCombination("The key pair '" + keyPairId
                    + "' does not have the name '" + keyName + "'");
        }
        target.ifPresent(k -> {
            store.remove(k.keyPairId());
            region.tags().removeResource(k.keyPairId());
        });
        return target;
    }

    public Optional<KeyPair> byName(String keyName) {
        return store.lookup("name", keyName).stream().findFirst().flatMap(store::get);
    }

    public Optional<KeyPair> byId(String keyPairId) {
        return store.get(keyPairId);
    }

    private KeyPair store(String keyName, KeyType type, String fingerprint, String publicKey,
                          List<TagSpecification> tags) {
        String id = region.ids().next(ID_PREFIX);
        KeyPair keyPair = new KeyPair(id, keyName, type, fingerprint, publicKey, region.clock().instant());
        store.put(keyPair);
        region.tagging().applySpecifications(tags, id, RESOURCE_TYPE);
        return keyPair;
    }

    private void validateNewName(String keyName) {
        if (keyName == null || keyName.isEmpty()) {
            throw Ec2Error.missingParameter("KeyName");
        }
        if (!StandardCharsets.US_ASCII.newEncoder().canEncode(keyName)) {
            throw Ec2Error.invalidParameterValue("Value (" + Ec2Error.shorten(keyName)
                    + ") for parameter keyName is invalid. Character sets beyond ASCII are not supported.");
        }
        if (keyName.length() > MAX_NAME_LENGTH) {
            throw Ec2Error.invalidParameterValue("Value (" + Ec2Error.shorten(keyName)
                    + ") for parameter keyName is invalid. Length exceeds maximum of " + MAX_NAME_LENGTH + ".");
        }
        if (byName(keyName).isPresent()) {
            throw Ec2Error.client("InvalidKeyPair.Duplicate", "The keypair '" + keyName + "' already exists.");
        }
        if (store.size() >= MAX_KEY_PAIRS) {
            throw Ec2Error.client("ResourceLimitExceeded", "You have reached the maximum number of key pairs ("
                    + MAX_KEY_PAIRS + ") in this Region.");
        }
    }

    private static Ec2Error notFound(String nameOrId) {
        return Ec2Error.client("InvalidKeyPair.NotFound", "The key pair '" + Ec2Error.shorten(nameOrId) + "' does not exist");
    }

    /** Whether a string looks like a key pair id (for callers deciding between name and id). */
    public static boolean looksLikeId(String value) {
        return IdGenerator.isWellFormed(value, ID_PREFIX);
    }
}
