package io.ec2emulator.core.state;

import java.security.SecureRandom;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/** Makes EC2 resource ids: a prefix such as {@code key} or {@code i}, a dash and 17 lowercase hex digits. */
public final class IdGenerator {

    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final Pattern LONG_ID = Pattern.compile("[a-z]+(-[a-z]+)*-[0-9a-f]{17}");
    private static final Pattern SHORT_ID = Pattern.compile("[a-z]+(-[a-z]+)*-[0-9a-f]{8}");

    private final SplittableRandom random;

    public IdGenerator() {
        this(new SecureRandom().nextLong());
    }

    public IdGenerator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    public synchronized String next(String prefix) {
        StringBuilder id = new StringBuilder(prefix.length() + 18).append(prefix).append('-');
        long bits = random.nextLong();
        id.append(HEX[random.nextInt(16)]);
        for (int i = 0; i < 16; i++) {
            id.append(HEX[(int) (bits >>> (60 - 4 * i)) & 0xF]);
        }
        return id.toString();
    }

    /** Whether {@code id} has the shape of an id with this prefix (17 or legacy 8 hex digits). */
    public static boolean isWellFormed(String id, String prefix) {
        return id != null
                && id.startsWith(prefix + "-")
                && (LONG_ID.matcher(id).matches() || SHORT_ID.matcher(id).matches())
                && id.lastIndexOf('-') == prefix.length();
    }
}
