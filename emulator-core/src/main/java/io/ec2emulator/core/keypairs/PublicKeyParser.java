package io.ec2emulator.core.keypairs;

import io.ec2emulator.core.Ec2Error;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/**
 * Parses the public key material of ImportKeyPair: an OpenSSH public key line, an RFC 4716 SSH2 public key,
 * or the DER of an RSA public key (SubjectPublicKeyInfo or PKCS#1), either base64 text or raw bytes.
 * Everything it does not accept is answered with {@code InvalidKey.Format}.
 */
final class PublicKeyParser {

    /** Far above any accepted key in any accepted form; larger input is rejected before parsing. */
    static final int MAX_MATERIAL_BYTES = 16 * 1024;
    private static final int MAX_DER_BYTES = 2048;
    private static final int MIN_RSA_BITS = 1024;
    private static final int MAX_RSA_BITS = 4096;
    private static final int ED25519_KEY_BYTES = 32;
    private static final int ED25519_BITS = 256;
    private static final String RFC4716_BEGIN = "---- BEGIN SSH2 PUBLIC KEY ----";
    private static final String RFC4716_END = "---- END SSH2 PUBLIC KEY ----";
    private static final int DER_SEQUENCE = 0x30;
    /** Some Windows editors start UTF-8 text files with one. */
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private PublicKeyParser() {}

    static KeyMaterial.ImportedKey parse(byte[] material) {
        if (material == null || material.length == 0 || material.length > MAX_MATERIAL_BYTES) {
            throw KeyErrors.invalidFormat();
        }
        if ((material[0] & 0xff) == DER_SEQUENCE) {
            return fromDer(material);
        }
        String text = decodeUtf8(material).strip();
        if (text.startsWith(BYTE_ORDER_MARK)) {
            text = text.substring(BYTE_ORDER_MARK.length()).strip();
        }
        if (text.isEmpty()) {
            throw KeyErrors.invalidFormat();
        }
        if (text.startsWith(RFC4716_BEGIN)) {
            return fromRfc4716(text);
        }
        if (text.indexOf(' ') >= 0 || text.indexOf('\t') >= 0) {
            return fromOpenSshLine(text);
        }
        return fromDer(decodeBase64(text.replaceAll("\\s+", "")));
    }

    /** {@code type base64-blob [comment]} on one line. */
    private static KeyMaterial.ImportedKey fromOpenSshLine(String line) {
        if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
            throw KeyErrors.invalidFormat();
        }
        String[] parts = line.split("[ \t]+", 3);
        if (parts.length < 2) {
            throw KeyErrors.invalidFormat();
        }
        String comment = parts.length == 3 ? parts[2].strip() : "";
        KeyMaterial.ImportedKey key = fromBlob(decodeBase64(parts[1]), comment);
        if (!key.type().sshName().equals(parts[0])) {
            throw KeyErrors.invalidFormat();
        }
        return key;
    }

    /** RFC 4716: BEGIN line, header lines (with backslash continuation), base64 body, END line. */
    private static KeyMaterial.ImportedKey fromRfc4716(String text) {
        String[] lines = text.split("\r\n|\r|\n");
        int last = lines.length - 1;
        if (last < 1 || !lines[0].strip().equals(RFC4716_BEGIN) || !lines[last].strip().equals(RFC4716_END)) {
            throw KeyErrors.invalidFormat();
        }
        String comment = "";
        StringBuilder body = new StringBuilder();
        int i = 1;
        while (i < last && lines[i].indexOf(':') >= 0) {
            StringBuilder header = new StringBuilder(lines[i].strip());
            while (header.length() > 0 && header.charAt(header.length() - 1) == '\\') {
                header.setLength(header.length() - 1);
                i++;
                if (i >= last) {
                    throw KeyErrors.invalidFormat();
                }
                header.append(lines[i].strip());
            }
            int colon = header.indexOf(":");
            if (header.substring(0, colon).strip().equalsIgnoreCase("Comment")) {
                comment = unquote(header.substring(colon + 1).strip());
            }
            i++;
        }
        for (; i < last; i++) {
            body.append(lines[i].strip());
        }
        if (body.length() == 0) {
            throw KeyErrors.invalidFormat();
        }
        return fromBlob(decodeBase64(body.toString()), comment);
    }

    /** An SSH public key blob: {@code ssh-rsa} (e, n) or {@code ssh-ed25519} (32-byte key), nothing after. */
    private static KeyMaterial.ImportedKey fromBlob(byte[] blob, String comment) {
        SshWire.Reader reader = new SshWire.Reader(blob);
        String type = reader.asciiString();
        if (type.equals(KeyType.RSA.sshName())) {
            BigInteger exponent = reader.mpint();
            BigInteger modulus = reader.mpint();
            reader.end();
            return rsa(modulus, exponent, comment);
        }
        if (type.equals(KeyType.ED25519.sshName())) {
            byte[] key = reader.string();
            reader.end();
            if (key.length != ED25519_KEY_BYTES) {
                throw KeyErrors.invalidFormat();
            }
            byte[] canonical = new SshWire.Writer().string(type).string(key).toByteArray();
            return new KeyMaterial.ImportedKey(KeyType.ED25519, Fingerprints.ed25519(canonical),
                    KeyText.publicKeyLine(KeyType.ED25519, canonical, comment), ED25519_BITS);
        }
        throw KeyErrors.invalidFormat();
    }

    /** DER of an RSA public key: SubjectPublicKeyInfo (rsaEncryption) or PKCS#1 RSAPublicKey. */
    private static KeyMaterial.ImportedKey fromDer(byte[] der) {
        if (der.length == 0 || der.length > MAX_DER_BYTES || (der[0] & 0xff) != DER_SEQUENCE) {
            throw KeyErrors.invalidFormat();
        }
        RSAPublicKey key;
        try {
            ASN1Sequence sequence = ASN1Sequence.getInstance(ASN1Primitive.fromByteArray(der));
            if (sequence.size() != 2) {
                throw KeyErrors.invalidFormat();
            }
            if (sequence.getObjectAt(0) instanceof ASN1Integer) {
                key = RSAPublicKey.getInstance(sequence);
            } else {
                SubjectPublicKeyInfo info = SubjectPublicKeyInfo.getInstance(sequence);
                if (!PKCSObjectIdentifiers.rsaEncryption.equals(info.getAlgorithm().getAlgorithm())) {
                    throw KeyErrors.invalidFormat();
                }
                key = RSAPublicKey.getInstance(info.parsePublicKey());
            }
        } catch (Ec2Error e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // Bouncy Castle's ASN.1 parser reports malformed input with assorted runtime exceptions.
            throw KeyErrors.invalidFormat();
        }
        return rsa(key.getModulus(), key.getPublicExponent(), "");
    }

    private static KeyMaterial.ImportedKey rsa(BigInteger modulus, BigInteger exponent, String comment) {
        if (!modulus.testBit(0) || !exponent.testBit(0) || exponent.bitLength() < 2
                || exponent.compareTo(modulus) >= 0) {
            throw KeyErrors.invalidFormat();
        }
        int bits = modulus.bitLength();
        if (bits < MIN_RSA_BITS || bits > MAX_RSA_BITS) {
            throw KeyErrors.invalidRsaLength();
        }
        byte[] blob = new SshWire.Writer().string(KeyType.RSA.sshName()).mpint(exponent).mpint(modulus).toByteArray();
        return new KeyMaterial.ImportedKey(KeyType.RSA, Fingerprints.importedRsa(subjectPublicKeyInfo(modulus, exponent)),
                KeyText.publicKeyLine(KeyType.RSA, blob, comment), bits);
    }

    private static byte[] subjectPublicKeyInfo(BigInteger modulus, BigInteger exponent) {
        try {
            return new SubjectPublicKeyInfo(new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE),
                    new RSAPublicKey(modulus, exponent)).getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new IllegalStateException("in-memory encoding cannot fail", e);
        }
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1).strip();
        }
        return value;
    }

    private static byte[] decodeBase64(String text) {
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw KeyErrors.invalidFormat();
        }
    }

    private static String decodeUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw KeyErrors.invalidFormat();
        }
    }
}
