package io.ec2emulator.core.images;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Image times as EC2 writes them in {@code DescribeImages} ({@code creationDate}, {@code deprecationTime}):
 * ISO 8601 in UTC with milliseconds, {@code 2021-09-29T11:04:43.305Z}. Filters match this text.
 */
public final class ImageTimes {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private ImageTimes() {
    }

    /** The wire text of {@code time}, or null for null. */
    public static String format(Instant time) {
        return time == null ? null : FORMAT.format(time);
    }
}
