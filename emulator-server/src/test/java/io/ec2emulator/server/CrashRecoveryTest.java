package io.ec2emulator.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceStateName;
import software.amazon.awssdk.services.ec2.model.KeyPairInfo;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;
import software.amazon.awssdk.services.ec2.model.Subnet;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagDescription;
import software.amazon.awssdk.services.ec2.model.TagSpecification;
import software.amazon.awssdk.services.ec2.model.Volume;

/**
 * Several clients send mutating requests to an emulator with a data directory; the process is killed
 * with SIGKILL in the middle; after a restart on the same directory every acknowledged change is
 * there, nothing is half-applied or duplicated, and instances keep booting.
 */
class CrashRecoveryTest {

    private static final List<String> ACCOUNTS = List.of("100000000001", "100000000002", "100000000003", "100000000004");
    private static final int CLIENTS = 4;
    /**
     * The kill comes after this many acknowledged requests (about 3 s on an idle two-core machine), or
     * after {@link #MAX_LOAD_SECONDS} on a very busy one.
     */
    private static final int KILL_AFTER_ACKNOWLEDGED = 1500;
    private static final int MAX_LOAD_SECONDS = 40;
    /** Fewer than this many acknowledged requests before the kill would not test much. */
    private static final int AT_LEAST_ACKNOWLEDGED = 500;

    /** What the emulator acknowledged, per account. */
    private static final class Acknowledged {
        final Map<String, String> keyPairs = new ConcurrentHashMap<>();        // name -> id
        final Map<String, String> groups = new ConcurrentHashMap<>();          // name -> id
        final Map<String, String> groupTags = new ConcurrentHashMap<>();       // group id -> value of tag "Step"
        final Set<String> instances = ConcurrentHashMap.newKeySet();
    }

    @TempDir
    Path dataDir;

    @Test
    void everyAcknowledgedChangeSurvivesAKillMinusNine() throws Exception {
        Map<String, Acknowledged> acknowledged = new HashMap<>();
        ACCOUNTS.forEach(a -> acknowledged.put(a, new Acknowledged()));
        AtomicInteger total = new AtomicInteger();
        String bootingInstance;
        Instant bootingLaunch;
        int exitStatus;
        try (EmulatorProcess emulator = new EmulatorProcess("--data-dir", dataDir.toString(), "--boot-delay", "4s")) {
            String image = imageId(emulator.client(ACCOUNTS.get(0)));
            CountDownLatch enough = new CountDownLatch(1);
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                String account = ACCOUNTS.get(c % ACCOUNTS.size());
                int client = c;
                Thread thread = new Thread(() -> drive(emulator.client(account), client, image,
                        acknowledged.get(account), total, enough), "client-" + c);
                thread.start();
                clients.add(thread);
            }
            long started = System.nanoTime();
            enough.await(MAX_LOAD_SECONDS, TimeUnit.SECONDS);
            System.out.printf("%d acknowledged in %d ms%n", total.get(), (System.nanoTime() - started) / 1_000_000);
            Ec2Client last = emulator.client(ACCOUNTS.get(0));
            Instance booting = last.runInstances(r -> r.imageId(image).instanceType("t3.micro").minCount(1).maxCount(1))
                    .instances().get(0);
            bootingInstance = booting.instanceId();
            bootingLaunch = booting.launchTime();
            exitStatus = emulator.kill();
            for (Thread thread : clients) {
                thread.join(30_000);
            }
        }
        assertEquals(137, exitStatus, "destroyForcibly() must be SIGKILL (128 + 9)");
        assertTrue(total.get() >= AT_LEAST_ACKNOWLEDGED, "only " + total.get() + " acknowledged");

        long restarting = System.nanoTime();
        try (EmulatorProcess restarted = new EmulatorProcess("--data-dir", dataDir.toString(), "--boot-delay", "4s")) {
            System.out.printf("restarted in %d ms: %s%n", (System.nanoTime() - restarting) / 1_000_000,
                    restarted.log().stream().filter(l -> l.contains("restored")).findFirst().orElse("?"));
            for (String account : ACCOUNTS) {
                check(restarted.client(account), acknowledged.get(account));
            }
            Ec2Client client = restarted.client(ACCOUNTS.get(0));
            Instance booting = describe(client, bootingInstance);
            assertEquals(bootingLaunch, booting.launchTime());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            while (booting.state().name() == InstanceStateName.PENDING && System.nanoTime() < deadline) {
                Thread.sleep(200);
                booting = describe(client, bootingInstance);
            }
            assertEquals(InstanceStateName.RUNNING, booting.state().name(), "launched before the crash, running after");
            assertTrue(!Instant.now().isBefore(bootingLaunch.plusSeconds(4)), "boots no sooner than its boot delay");
        }
    }

    private static Instance describe(Ec2Client client, String instanceId) {
        return client.describeInstances(r -> r.instanceIds(instanceId)).reservations().get(0).instances().get(0);
    }

    private static String imageId(Ec2Client client) {
        return client.describeImages(r -> r.owners("amazon").filters(Filter.builder().name("name")
                .values("al2023-ami-2023.*-x86_64").build())).images().get(0).imageId();
    }

    /** Sends mutating requests until the emulator dies; records what it acknowledged. */
    private static void drive(Ec2Client ec2, int client, String image, Acknowledged acked, AtomicInteger total,
                              CountDownLatch enough) {
        try (ec2) {
            for (int i = 0; ; i++) {
                String name = "c" + client + "-" + i;
                switch (i % 8) {
                    case 0, 2, 4, 6 -> {
                        var key = ec2.createKeyPair(r -> r.keyName(name).keyType("ed25519").tagSpecifications(
                                TagSpecification.builder().resourceType(ResourceType.KEY_PAIR)
                                        .tags(Tag.builder().key("Client").value(name).build()).build()));
                        acked.keyPairs.put(name, key.keyPairId());
                    }
                    case 1, 5 -> {
                        String id = ec2.createSecurityGroup(r -> r.groupName(name).description("crash test")).groupId();
                        acked.groups.put(name, id);
                    }
                    case 3 -> {
                        String group = acked.groups.get("c" + client + "-" + (i - 2));
                        ec2.createTags(r -> r.resources(group).tags(Tag.builder().key("Step").value(name).build()));
                        acked.groupTags.put(group, name);
                    }
                    default -> {
                        if (i % 32 == 7) {
                            Instance instance = ec2.runInstances(r -> r.imageId(image).instanceType("t3.micro")
                                    .minCount(1).maxCount(1)).instances().get(0);
                            acked.instances.add(instance.instanceId());
                        } else {
                            String group = acked.groups.get("c" + client + "-" + (i - 2));
                            ec2.authorizeSecurityGroupIngress(r -> r.groupId(group).ipProtocol("tcp").fromPort(22)
                                    .toPort(22).cidrIp("10.0.0.0/8"));
                        }
                    }
                }
                if (total.incrementAndGet() >= KILL_AFTER_ACKNOWLEDGED) {
                    enough.countDown();
                }
            }
        } catch (RuntimeException emulatorGone) {
            // the process was killed: whatever was not acknowledged may or may not have been kept
        }
    }

    private static void check(Ec2Client ec2, Acknowledged acked) {
        List<KeyPairInfo> keys = ec2.describeKeyPairs(r -> { }).keyPairs();
        Map<String, String> keyIds = keys.stream().collect(Collectors.toMap(KeyPairInfo::keyName, KeyPairInfo::keyPairId));
        assertEquals(keys.size(), keyIds.size(), "a key name appears twice");
        assertEquals(keys.size(), keys.stream().map(KeyPairInfo::keyPairId).distinct().count(), "a key id appears twice");
        acked.keyPairs.forEach((name, id) -> assertEquals(id, keyIds.get(name), "acknowledged key pair " + name));
        Map<String, String> keyTags = ec2.describeTags(r -> r.filters(Filter.builder().name("resource-type")
                .values("key-pair").build())).tags().stream()
                .filter(t -> t.key().equals("Client"))
                .collect(Collectors.toMap(TagDescription::resourceId, TagDescription::value));
        for (KeyPairInfo key : keys) {
            assertEquals(key.keyName(), keyTags.get(key.keyPairId()), "a key pair without its tag (half-applied)");
        }
        assertEquals(keys.size(), keyTags.size(), "a tag without its key pair");

        List<SecurityGroup> groups = ec2.describeSecurityGroups(r -> { }).securityGroups();
        Map<String, SecurityGroup> byId = groups.stream().collect(Collectors.toMap(SecurityGroup::groupId, g -> g));
        Set<String> names = new HashSet<>();
        for (SecurityGroup group : groups) {
            assertTrue(names.add(group.vpcId() + "/" + group.groupName()), "group name twice: " + group.groupName());
        }
        acked.groups.forEach((name, id) -> assertEquals(name, byId.get(id).groupName(), "acknowledged group " + name));
        acked.groupTags.forEach((id, value) -> assertTrue(byId.get(id).tags().contains(Tag.builder().key("Step")
                .value(value).build()), "acknowledged tag on " + id));

        List<Instance> instances = ec2.describeInstances(r -> { }).reservations().stream()
                .flatMap(r -> r.instances().stream()).toList();
        Set<String> instanceIds = instances.stream().map(Instance::instanceId).collect(Collectors.toSet());
        assertEquals(instances.size(), instanceIds.size(), "an instance appears twice");
        assertTrue(instanceIds.containsAll(acked.instances), "an acknowledged instance is missing");
        Set<String> privateIps = new HashSet<>();
        Map<String, Integer> perSubnet = new HashMap<>();
        List<Volume> volumes = ec2.describeVolumes(r -> { }).volumes();
        for (Instance instance : instances) {
            assertTrue(privateIps.add(instance.privateIpAddress()), "a private address twice");
            perSubnet.merge(instance.subnetId(), 1, Integer::sum);
            assertTrue(volumes.stream().anyMatch(v -> v.attachments().stream()
                    .anyMatch(a -> a.instanceId().equals(instance.instanceId()))), "an instance without its root volume");
        }
        assertEquals(instances.size(), volumes.size(), "a volume without its instance");
        for (Subnet subnet : ec2.describeSubnets(r -> { }).subnets()) {
            assertEquals(4091 - perSubnet.getOrDefault(subnet.subnetId(), 0), subnet.availableIpAddressCount(),
                    "free addresses of " + subnet.subnetId());
        }
    }
}
