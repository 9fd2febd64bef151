package io.ec2emulator.core.keypairs;

import java.io.IOException;
import java.security.SecureRandom;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.RSAPrivateKey;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.generators.Ed25519KeyPairGenerator;
import org.bouncycastle.crypto.params.Ed25519KeyGenerationParameters;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.params.RSAPrivateCrtKeyParameters;
import org.bouncycastle.crypto.util.OpenSSHPrivateKeyUtil;
import org.bouncycastle.crypto.util.OpenSSHPublicKeyUtil;

/** Generates key pairs with Bouncy Castle and encodes them as CreateKeyPair returns them. */
final class KeyCreator {

    private static final int PKCS1_PEM_WIDTH = 64;
    private static final int OPENSSH_PEM_WIDTH = 70;

    private KeyCreator() {}

    /** One shared generator, created on first use; SecureRandom is thread-safe. */
    private static final class Random {
        static final SecureRandom INSTANCE = new SecureRandom();
    }

    static KeyMaterial.CreatedKey create(KeyType type, KeyFormat format, String keyName) {
        return switch (type) {
            case RSA -> rsa(format, keyName);
            case ED25519 -> ed25519(format, keyName);
        };
    }

    private static KeyMaterial.CreatedKey rsa(KeyFormat format, String keyName) {
        AsymmetricCipherKeyPair pair = RsaKeySupply.take(Random.INSTANCE);
        RSAPrivateCrtKeyParameters key = (RSAPrivateCrtKeyParameters) pair.getPrivate();
        RSAKeyParameters publicKey = (RSAKeyParameters) pair.getPublic();

        RSAPrivateKey pkcs1 = new RSAPrivateKey(key.getModulus(), key.getPublicExponent(), key.getExponent(),
                key.getP(), key.getQ(), key.getDP(), key.getDQ(), key.getQInv());
        byte[] publicBlob;
        byte[] pkcs1Der;
        byte[] pkcs8Der;
        try {
            publicBlob = OpenSSHPublicKeyUtil.encodePublicKey(publicKey);
            pkcs1Der = pkcs1.getEncoded(ASN1Encoding.DER);
            pkcs8Der = new PrivateKeyInfo(new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE),
                    pkcs1).getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new IllegalStateException("in-memory encoding cannot fail", e);
        }
        String material = switch (format) {
            case PEM -> KeyText.pem("RSA PRIVATE KEY", pkcs1Der, PKCS1_PEM_WIDTH);
            case PPK -> PuttyKeyWriter.write(KeyType.RSA, publicBlob, PuttyKeyWriter.rsaPrivateBlob(key), keyName);
        };
        return new KeyMaterial.CreatedKey(KeyType.RSA, material, Fingerprints.createdRsa(pkcs8Der),
                KeyText.publicKeyLine(KeyType.RSA, publicBlob, keyName));
    }

    private static KeyMaterial.CreatedKey ed25519(KeyFormat format, String keyName) {
        Ed25519KeyPairGenerator generator = new Ed25519KeyPairGenerator();
        generator.init(new Ed25519KeyGenerationParameters(Random.INSTANCE));
        AsymmetricCipherKeyPair pair = generator.generateKeyPair();
        Ed25519PrivateKeyParameters key = (Ed25519PrivateKeyParameters) pair.getPrivate();
        Ed25519PublicKeyParameters publicKey = (Ed25519PublicKeyParameters) pair.getPublic();

        byte[] publicBlob;
        String material;
        try {
            publicBlob = OpenSSHPublicKeyUtil.encodePublicKey(publicKey);
            material = switch (format) {
                case PEM -> KeyText.pem("OPENSSH PRIVATE KEY", OpenSSHPrivateKeyUtil.encodePrivateKey(key),
                        OPENSSH_PEM_WIDTH);
                case PPK -> PuttyKeyWriter.write(KeyType.ED25519, publicBlob,
                        PuttyKeyWriter.ed25519PrivateBlob(key.getEncoded()), keyName);
            };
        } catch (IOException e) {
            throw new IllegalStateException("in-memory encoding cannot fail", e);
        }
        return new KeyMaterial.CreatedKey(KeyType.ED25519, material, Fingerprints.ed25519(publicBlob),
                KeyText.publicKeyLine(KeyType.ED25519, publicBlob, keyName));
    }
}
