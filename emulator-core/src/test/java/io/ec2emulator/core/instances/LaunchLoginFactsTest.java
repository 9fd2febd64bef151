package io.ec2emulator.core.instances;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.ec2emulator.core.Emulator;
import io.ec2emulator.core.EmulatorSettings;
import io.ec2emulator.core.ManualClock;
import io.ec2emulator.core.images.Image;
import io.ec2emulator.core.images.PublicImageCatalog;
import io.ec2emulator.core.keypairs.KeyFormat;
import io.ec2emulator.core.keypairs.KeyPairs;
import io.ec2emulator.core.keypairs.KeyType;
import io.ec2emulator.core.state.RegionState;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What an instance remembers from its launch for logging in: the key pair's public key and the image's user. */
class LaunchLoginFactsTest {

    private final RegionState region = new Emulator(new ManualClock(Instant.parse("2026-01-01T00:00:00Z")),
            EmulatorSettings.instant()).state("111122223333", "us-east-1");

    private static String image(String namePrefix) {
        return PublicImageCatalog.standard().inRegion("us-east-1").all().values().stream()
                .filter(i -> i.name().startsWith(namePrefix) && "x86_64".equals(i.architecture()))
                .map(Image::imageId).findFirst().orElseThrow();
    }

    private Instance launch(String imageId, String keyName) {
        LaunchRequest request = new LaunchRequest(imageId, "t3.micro", 1, 1, keyName, List.of(), List.of(),
                null, null, null, null, null, null, List.of(), null, null, null, null, null, null, null,
                List.of(), null, null, null);
        return region.transact(false, () -> region.instances().run(request).instances().get(0));
    }

    @Test
    void theLaunchKeyStaysWithTheInstanceAfterTheKeyPairIsDeleted() {
        KeyPairs.Created key = region.transact(false,
                () -> region.keyPairs().create("deploy", KeyType.ED25519, KeyFormat.PEM, List.of()));
        Instance instance = launch(image("ubuntu/images/hvm-ssd/ubuntu-jammy"), "deploy");
        region.transact(false, () -> region.keyPairs().delete("deploy", null));

        Instance later = region.transact(false, () -> region.instances().resources().require(instance.instanceId()));
        assertEquals(key.keyPair().publicKey(), later.launchPublicKey());
        assertEquals("ubuntu", later.osUser());
    }

    @Test
    void withoutAKeyPairNoKeyIsAuthorized() {
        Instance instance = launch(image("debian-12"), null);
        assertNull(instance.launchPublicKey());
        assertEquals("admin", instance.osUser());
    }
}
