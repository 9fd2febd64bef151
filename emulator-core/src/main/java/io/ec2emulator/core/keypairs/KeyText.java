package io.ec2emulator.core.keypairs;

import java.util.Base64;

/** The text forms of keys: PEM armour, wrapped base64 and the OpenSSH public key line. */
final class KeyText {

    private KeyText() {}

    /** PEM armour around {@code der}, base64 wrapped at {@code width} characters, ending with a newline. */
    static String pem(String label, byte[] der, int width) {
        return "-----BEGIN " + label + "-----\n"
                + wrap(Base64.getEncoder().encodeToString(der), width)
                + "-----END " + label + "-----\n";
    }

    /** {@code base64} cut into lines of {@code width} characters, each line ending with a newline. */
    static String wrap(String base64, int width) {
        StringBuilder out = new StringBuilder(base64.length() + base64.length() / width + 1);
        for (int start = 0; start < base64.length(); start += width) {
            out.append(base64, start, Math.min(base64.length(), start + width)).append('\n');
        }
        return out.toString();
    }

    /** The number of lines {@link #wrap} makes of {@code base64}. */
    static int lineCount(String base64, int width) {
        return (base64.length() + width - 1) / width;
    }

    /** The OpenSSH one-line public key: type, base64 blob and, if not blank, the comment. */
    static String publicKeyLine(KeyType type, byte[] blob, String comment) {
        String line = type.sshName() + " " + Base64.getEncoder().encodeToString(blob);
        return comment.isEmpty() ? line : line + " " + comment;
    }
}
