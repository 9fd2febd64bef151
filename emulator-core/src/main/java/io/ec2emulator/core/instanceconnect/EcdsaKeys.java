package io.ec2emulator.core.instanceconnect;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ECParameters;

/**
 * An OpenSSH ECDSA public key line ({@code ecdsa-sha2-nistp256 base64 [comment]}): the blob names the
 * same curve twice (RFC 5656 section 3.1) and holds an uncompressed point that lies on that curve.
 */
final class EcdsaKeys {

    static final String PREFIX = "ecdsa-sha2-";
    /** SSH curve identifier to the curve's standard name. */
    private static final Map<String, String> CURVES = Map.of(
            "nistp256", "secp256r1",
            "nistp384", "secp384r1",
            "nistp521", "secp521r1");
    private static final int UNCOMPRESSED = 0x04;

    private EcdsaKeys() {
    }

    static String canonical(String line) {
        if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
            throw ConnectKeyParser.notAKey();
        }
        String[] parts = line.split("[ \t]+", 3);
        if (parts.length < 2) {
            throw ConnectKeyParser.notAKey();
        }
        String curve = parts[0].substring(PREFIX.length());
        String standardName = CURVES.get(curve);
        if (standardName == null) {
            throw ConnectKeyParser.notAKey();
        }
        byte[] blob;
        try {
            blob = Base64.getDecoder().decode(parts[1]);
        } catch (IllegalArgumentException e) {
            throw ConnectKeyParser.notAKey();
        }
        ByteBuffer reader = ByteBuffer.wrap(blob);
        if (!parts[0].equals(ascii(string(reader))) || !curve.equals(ascii(string(reader)))) {
            throw ConnectKeyParser.notAKey();
        }
        byte[] point = string(reader);
        if (reader.hasRemaining() || point.length == 0 || (point[0] & 0xff) != UNCOMPRESSED) {
            throw ConnectKeyParser.notAKey();
        }
        X9ECParameters parameters = ECNamedCurveTable.getByName(standardName);
        try {
            parameters.getCurve().decodePoint(point);
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw ConnectKeyParser.notAKey();
        }
        return parts[0] + " " + Base64.getEncoder().encodeToString(blob);
    }

    /** An SSH {@code string}: a 4-byte big-endian length, then that many bytes. */
    private static byte[] string(ByteBuffer reader) {
        if (reader.remaining() < 4) {
            throw ConnectKeyParser.notAKey();
        }
        int length = reader.getInt();
        if (length < 0 || length > reader.remaining()) {
            throw ConnectKeyParser.notAKey();
        }
        byte[] bytes = new byte[length];
        reader.get(bytes);
        return bytes;
    }

    private static String ascii(byte[] bytes) {
        return new String(bytes, StandardCharsets.US_ASCII);
    }
}
