package io.ec2emulator.core.keypairs;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.generators.RSAKeyPairGenerator;
import org.bouncycastle.crypto.params.RSAKeyGenerationParameters;

/**
 * RSA-2048 key pairs for CreateKeyPair. Generating one takes 100–200 ms of CPU, and CreateKeyPair
 * runs while holding its region's lock, so a few keys are generated ahead on a background thread
 * once the first one has been asked for; a request takes a ready key when there is one and
 * generates its own only when the supply has run dry.
 */
final class RsaKeySupply {

    private static final int RSA_BITS = 2048;
    private static final BigInteger RSA_PUBLIC_EXPONENT = BigInteger.valueOf(65537);
    /** Bouncy Castle's default prime certainty for 2048-bit RSA keys. */
    private static final int RSA_PRIME_CERTAINTY = 112;
    private static final int READY_KEYS = 4;

    private static final BlockingQueue<AsymmetricCipherKeyPair> READY = new ArrayBlockingQueue<>(READY_KEYS);
    private static final AtomicBoolean REFILLING = new AtomicBoolean();

    private RsaKeySupply() {
    }

    static AsymmetricCipherKeyPair take(SecureRandom random) {
        AsymmetricCipherKeyPair ready = READY.poll();
        refillInBackground(random);
        return ready != null ? ready : generate(random);
    }

    static AsymmetricCipherKeyPair generate(SecureRandom random) {
        RSAKeyPairGenerator generator = new RSAKeyPairGenerator();
        generator.init(new RSAKeyGenerationParameters(RSA_PUBLIC_EXPONENT, random, RSA_BITS, RSA_PRIME_CERTAINTY));
        return generator.generateKeyPair();
    }

    private static void refillInBackground(SecureRandom random) {
        if (READY.remainingCapacity() == 0 || !REFILLING.compareAndSet(false, true)) {
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                while (READY.remainingCapacity() > 0) {
                    if (!READY.offer(generate(random))) {
                        break;
                    }
                }
            } finally {
                REFILLING.set(false);
            }
        }, "rsa-key-supply");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }
}
