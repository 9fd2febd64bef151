package io.ec2emulator.core.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ec2emulator.core.Ec2Error;
import io.ec2emulator.core.Emulator;
import io.ec2emulator.core.EmulatorSettings;
import io.ec2emulator.core.ManualClock;
import io.ec2emulator.core.addresses.ElasticIp;
import io.ec2emulator.core.images.Image;
import io.ec2emulator.core.images.PublicImageCatalog;
import io.ec2emulator.core.instances.Instance;
import io.ec2emulator.core.instances.LaunchRequest;
import io.ec2emulator.core.interfaces.InterfaceRequest;
import io.ec2emulator.core.interfaces.NetworkInterface;
import io.ec2emulator.core.keypairs.KeyFormat;
import io.ec2emulator.core.keypairs.KeyPair;
import io.ec2emulator.core.keypairs.KeyType;
import io.ec2emulator.core.tags.Tag;
import io.ec2emulator.core.vpc.Vpc;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What a region hands to its {@link ChangeSink}, and how a region comes back from its records. */
class ChangeCaptureTest {

    private static final String ACCOUNT = "123456789012";
    private static final String REGION = "us-east-1";

    /** Remembers every commit. */
    private static final class Recorder implements ChangeSink {
        final List<List<Change>> commits = new ArrayList<>();
        RuntimeException failNext;

        @Override
        public void commit(AccountRegion where, List<Change> changes) {
            if (failNext != null) {
                RuntimeException failure = failNext;
                failNext = null;
                throw failure;
            }
            commits.add(changes);
        }

        @Override
        public void replaceAll(Map<AccountRegion, List<Change>> state) {
            commits.add(List.of(new Change("replaceAll", String.valueOf(state.size()), null)));
        }

        Set<String> stores(int commit) {
            return commits.get(commit).stream().map(Change::store).collect(Collectors.toSet());
        }
    }

    private final ManualClock clock = new ManualClock(Instant.parse("2026-01-15T10:00:00Z"));
    private final Recorder sink = new Recorder();
    private final Emulator emulator = new Emulator(clock, EmulatorSettings.defaults(), sink);

    private RegionState region() {
        return emulator.state(ACCOUNT, REGION);
    }

    private KeyPair createKey(String name) {
        return region().transact(false, () -> region().keyPairs()
                .create(name, KeyType.ED25519, KeyFormat.PEM, List.of()).keyPair());
    }

    @Test
    void theDefaultVpcIsKeptWithTheFirstCommittedAction() {
        region();
        assertTrue(sink.commits.isEmpty(), "creating a region writes nothing by itself");
        region().transact(false, () -> null);
        assertEquals(1, sink.commits.size());
        assertTrue(sink.stores(0).containsAll(Set.of("vpc", "subnet", "internet-gateway", "route-table",
                "network-acl", "dhcp-options", "security-group")), sink.stores(0).toString());
        region().transact(false, () -> null);
        assertEquals(1, sink.commits.size(), "an action that changes nothing writes nothing");
    }

    @Test
    void aCommittedActionHandsOverEveryRecordItChanged() {
        region().transact(false, () -> null);
        KeyPair key = createKey("one");
        List<Change> changes = sink.commits.get(1);
        assertEquals(List.of(new Change("key-pair", key.keyPairId(), key)), changes);
        region().transact(false, () -> {
            region().tags().addTags(key.keyPairId(), "key-pair", List.of(new Tag("Name", "x")));
            return null;
        });
        assertEquals("tag", sink.commits.get(2).get(0).store());
        region().transact(false, () -> region().keyPairs().delete("one", null));
        Set<Change> deleted = Set.copyOf(sink.commits.get(3));
        assertEquals(Set.of(new Change("key-pair", key.keyPairId(), null), new Change("tag", key.keyPairId(), null)),
                deleted);
    }

    @Test
    void dryRunsAndFailedActionsHandOverNothing() {
        region().transact(false, () -> null);
        assertThrows(Ec2Error.class, () -> region().transact(true, () -> region().keyPairs()
                .create("dry", KeyType.ED25519, KeyFormat.PEM, List.of())));
        assertThrows(Ec2Error.class, () -> region().transact(false, () -> {
            region().keyPairs().create("failed", KeyType.ED25519, KeyFormat.PEM, List.of());
            throw Ec2Error.client("Boom", "fails after a change");
        }));
        assertEquals(1, sink.commits.size());
        region().transact(false, () -> null);
        assertEquals(1, sink.commits.size(), "the rolled-back changes are not handed over later either");
    }

    @Test
    void aPartialFailureKeepsItsChanges() {
        region().transact(false, () -> null);
        assertThrows(Ec2Error.class, () -> region().transact(false, () -> {
            region().keyPairs().create("kept", KeyType.ED25519, KeyFormat.PEM, List.of());
            throw new PartialFailure(Ec2Error.client("Partly", "some of it failed"));
        }));
        assertEquals(2, sink.commits.size());
        assertEquals("key-pair", sink.commits.get(1).get(0).store());
    }

    @Test
    void whenTheSinkFailsTheActionFailsAndChangesNothing() {
        region().transact(false, () -> null);
        sink.failNext = new IllegalStateException("disk full");
        Ec2Error error = assertThrows(Ec2Error.class, () -> createKey("lost"));
        assertEquals("InternalError", error.code());
        assertEquals(500, error.httpStatus());
        assertTrue(region().keyPairs().byName("lost").isEmpty());
        assertTrue(region().tags().all().isEmpty());
    }

    @Test
    void aRestoredRegionHasTheSameRecordsAndNoSecondDefaultVpc() {
        KeyPair key = createKey("kept");
        region().transact(false, () -> {
            region().volumes().setEncryptionByDefault(true);
            return null;
        });
        Vpc vpc = region().networking().defaultVpc().orElseThrow();
        Map<AccountRegion, List<Change>> saved = emulator.records();

        Emulator restored = new Emulator(clock, EmulatorSettings.defaults());
        restored.replaceState(saved, false);
        RegionState again = restored.state(ACCOUNT, REGION);
        assertEquals(key, again.keyPairs().byName("kept").orElseThrow());
        assertEquals(List.of(vpc), again.networking().vpcs().all().stream().toList());
        assertTrue(again.volumes().encryptionByDefault());
        assertEquals(saved, restored.records());
    }

    @Test
    void aRestoredRegionTakesBackItsAddressesAndInstanceIds() {
        String image = PublicImageCatalog.standard().inRegion(REGION).all().values().stream()
                .filter(i -> i.architecture().equals("x86_64") && i.platform() == null && i.rootDeviceType().equals("ebs"))
                .map(Image::imageId).findFirst().orElseThrow();
        LaunchRequest request = new LaunchRequest(image, "t3.micro", 1, 1, null, List.of(), List.of(), null, null, null,
                true, null, null, List.of(), null, null, null, null, null, null, null, List.of(), null, null, null);
        Instance instance = region().transact(false, () -> region().instances().run(request).instances().get(0));

        Emulator restored = new Emulator(clock, EmulatorSettings.defaults());
        restored.replaceState(emulator.records(), false);
        RegionState again = restored.state(ACCOUNT, REGION);
        assertTrue(again.instanceIds().contains(instance.instanceId()));
        assertFalse(again.publicIps().reserve(instance.publicIpAddress()), "the public address is taken again");
        Ec2Error inUse = assertThrows(Ec2Error.class, () -> again.transact(false, () -> again.networking().addresses()
                .allocate(instance.subnetId(), instance.privateIpAddress())));
        assertEquals("InvalidIPAddress.InUse", inUse.code());
    }

    @Test
    void aRestoredRegionTakesBackTheAddressesOfItsInterfacesAndElasticIps() {
        String subnet = region().networking().subnets().all().stream().filter(s -> s.defaultForAz())
                .findFirst().orElseThrow().subnetId();
        NetworkInterface eni = region().transact(false, () -> region().networkInterfaces().create(
                new InterfaceRequest(subnet, null, null, List.of(), 1, List.of()), List.of(), null));
        ElasticIp associated = region().transact(false, () -> region().elasticIps().allocate(List.of()));
        region().transact(false, () -> region().elasticIps().associate(associated.allocationId(), null, null,
                eni.networkInterfaceId(), null, null));
        ElasticIp idle = region().transact(false, () -> region().elasticIps().allocate(List.of()));

        Emulator restored = new Emulator(clock, EmulatorSettings.defaults());
        restored.replaceState(emulator.records(), false);
        RegionState again = restored.state(ACCOUNT, REGION);
        assertFalse(again.publicIps().reserve(associated.publicIp()), "an associated Elastic IP is taken again");
        assertFalse(again.publicIps().reserve(idle.publicIp()), "an idle Elastic IP is taken again");
        for (String address : List.of(eni.privateIpAddress(), eni.privateIps().get(1).address())) {
            Ec2Error inUse = assertThrows(Ec2Error.class, () -> again.transact(false, () -> again.networking()
                    .addresses().allocate(subnet, address)));
            assertEquals("InvalidIPAddress.InUse", inUse.code(), address);
        }
    }

    @Test
    void aRecordOfAnUnknownStoreIsRefusedAndChangesNothing() {
        KeyPair key = createKey("kept");
        Map<AccountRegion, List<Change>> bad = Map.of(new AccountRegion(ACCOUNT, REGION),
                List.of(new Change("no-such-store", "x", "y")));
        assertThrows(IllegalArgumentException.class, () -> emulator.replaceState(bad, true));
        Map<AccountRegion, List<Change>> wrongType = Map.of(new AccountRegion(ACCOUNT, REGION),
                List.of(new Change("vpc", key.keyPairId(), key)));
        assertThrows(IllegalArgumentException.class, () -> emulator.replaceState(wrongType, true));
        assertSame(key, region().keyPairs().byName("kept").orElseThrow());
        assertFalse(sink.commits.stream().flatMap(List::stream).anyMatch(c -> c.store().equals("replaceAll")));
    }

    @Test
    void twoStoresWithOneNameInARegionFailAtOnce() {
        UndoLog undo = new UndoLog();
        new ResourceStore<>("thing", String::valueOf, undo);
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> new ResourceStore<>("thing", String::valueOf, undo));
        assertTrue(error.getMessage().contains("thing"));
        assertNull(undo.catalog().get("other"));
    }
}
