package io.ec2emulator.ssh.shell;

import java.util.Locale;

/** Sizes as coreutils and util-linux print them for people ({@code -h}): powers of 1024, rounded up. */
public final class Sizes {

    private static final String UNITS = "KMGTPE";

    private Sizes() {
    }

    /** {@code ls -lh} and {@code df -h}: {@code 0}, {@code 512}, {@code 4.0K}, {@code 13K}, {@code 8.0G}. */
    public static String human(long bytes) {
        if (bytes < 1024) {
            return String.valueOf(bytes);
        }
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < UNITS.length() - 1) {
            value /= 1024;
            unit++;
        }
        if (value < 10) {
            double tenths = Math.ceil(value * 10) / 10;
            if (tenths < 10) {
                return String.format(Locale.ROOT, "%.1f%c", tenths, UNITS.charAt(unit));
            }
            value = tenths;
        }
        long whole = (long) Math.ceil(value);
        if (whole >= 1024 && unit < UNITS.length() - 1) {
            return "1.0" + UNITS.charAt(unit + 1);
        }
        return whole + String.valueOf(UNITS.charAt(unit));
    }

    /** {@code lsblk}'s sizes: {@code 8G}, {@code 1M}, {@code 7.5G} (one decimal only when needed). */
    public static String lsblk(long bytes) {
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < UNITS.length() - 1) {
            value /= 1024;
            unit++;
        }
        String suffix = unit < 0 ? "B" : String.valueOf(UNITS.charAt(unit));
        double rounded = Math.round(value * 10) / 10.0;
        return rounded == Math.rint(rounded)
                ? (long) rounded + suffix
                : String.format(Locale.ROOT, "%.1f%s", rounded, suffix);
    }
}
