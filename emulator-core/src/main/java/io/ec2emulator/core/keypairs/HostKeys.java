package io.ec2emulator.core.keypairs;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.Security;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * An instance's SSH host keys (what {@code /etc/ssh/ssh_host_*_key} holds on a real instance): an
 * Ed25519 and an ECDSA P-256 key, derived from a 32-byte seed the instance gets at launch. Keeping the
 * seed rather than the keys makes the keys cheap to store and the same after a restart, so the
 * fingerprints {@code GetConsoleOutput} prints keep matching what the SSH gateway presents.
 */
public final class HostKeys {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte[] ED25519_PKCS8_PREFIX = HexFormat.of().parseHex("302e020100300506032b657004220420");
    private static final byte[] ED25519_SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");
    private static final X9ECParameters P256 = CustomNamedCurves.getByName("secp256r1");

    /**
     * One host key.
     *
     * @param type        the SSH key type, e.g. {@code ssh-ed25519}
     * @param label       how ssh-keygen names the type in a fingerprint line, e.g. {@code ED25519}
     * @param bits        the key size ssh-keygen reports
     * @param keyPair     the key pair, as JCA keys
     * @param publicBlob  the SSH wire encoding of the public key
     */
    public record HostKey(String type, String label, int bits, KeyPair keyPair, byte[] publicBlob) {

        /** {@code SHA256:} and the unpadded base64 SHA-256 of the public key blob, as {@code ssh-keygen -l} prints it. */
        public String fingerprint() {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(publicBlob);
                return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        /** The public key as a {@code known_hosts}/{@code authorized_keys} line without comment. */
        public String publicKeyLine() {
            return type + " " + Base64.getEncoder().encodeToString(publicBlob);
        }
    }

    private final List<HostKey> keys;

    private HostKeys(List<HostKey> keys) {
        this.keys = keys;
    }

    /** A new random seed, base64. */
    public static String newSeed() {
        byte[] seed = new byte[32];
        RANDOM.nextBytes(seed);
        return Base64.getEncoder().encodeToString(seed);
    }

    /** The host keys derived from {@code seed} (from {@link #newSeed()}). */
    public static HostKeys fromSeed(String seed) {
        byte[] secret = Base64.getDecoder().decode(seed);
        try {
            return new HostKeys(List.of(ecdsa(derive(secret, "ecdsa-sha2-nistp256")),
                    ed25519(derive(secret, "ssh-ed25519"))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot derive host keys", e);
        }
    }

    /** The keys in the order cloud-init lists them: ECDSA, then Ed25519. */
    public List<HostKey> keys() {
        return keys;
    }

    private static byte[] derive(byte[] secret, String purpose) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret, "HmacSHA256"));
        return mac.doFinal(purpose.getBytes(StandardCharsets.US_ASCII));
    }

    private static HostKey ed25519(byte[] seed) throws GeneralSecurityException {
        byte[] publicKey = new Ed25519PrivateKeyParameters(seed, 0).generatePublicKey().getEncoded();
        KeyFactory factory = KeyFactory.getInstance("Ed25519", Bc.PROVIDER);
        KeyPair pair = new KeyPair(
                factory.generatePublic(new X509EncodedKeySpec(concat(ED25519_SPKI_PREFIX, publicKey))),
                factory.generatePrivate(new PKCS8EncodedKeySpec(concat(ED25519_PKCS8_PREFIX, seed))));
        byte[] blob = new SshWire.Writer().string("ssh-ed25519").string(publicKey).toByteArray();
        return new HostKey("ssh-ed25519", "ED25519", 256, pair, blob);
    }

    private static HostKey ecdsa(byte[] material) throws GeneralSecurityException {
        BigInteger order = P256.getN();
        BigInteger d = new BigInteger(1, material).mod(order.subtract(BigInteger.ONE)).add(BigInteger.ONE);
        org.bouncycastle.math.ec.ECPoint q = P256.getG().multiply(d).normalize();
        AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
        parameters.init(new ECGenParameterSpec("secp256r1"));
        ECParameterSpec spec = parameters.getParameterSpec(ECParameterSpec.class);
        KeyFactory factory = KeyFactory.getInstance("EC");
        ECPoint w = new ECPoint(q.getAffineXCoord().toBigInteger(), q.getAffineYCoord().toBigInteger());
        KeyPair pair = new KeyPair(factory.generatePublic(new ECPublicKeySpec(w, spec)),
                factory.generatePrivate(new ECPrivateKeySpec(d, spec)));
        byte[] blob = new SshWire.Writer().string("ecdsa-sha2-nistp256").string("nistp256")
                .string(q.getEncoded(false)).toByteArray();
        return new HostKey("ecdsa-sha2-nistp256", "ECDSA", 256, pair, blob);
    }

    /** Bouncy Castle's JCA provider (the JDK 17 one cannot build an Ed25519 key from its seed alone): the registered one if any. */
    private static final class Bc {
        static final Provider PROVIDER = Security.getProvider(BouncyCastleProvider.PROVIDER_NAME) != null
                ? Security.getProvider(BouncyCastleProvider.PROVIDER_NAME) : new BouncyCastleProvider();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
