package io.ec2emulator.ssh.shell;

import io.ec2emulator.core.filesystems.FileEntry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The lines of {@code ls -l}: mode (with SELinux's dot where the image labels files), links, owner,
 * group, size, time and name, with the columns aligned as GNU ls aligns them. Directories count as
 * 4096 bytes (one ext4 block); times are UTC, the images' time zone.
 */
public final class LongListing {

    private static final int BLOCK = 4096;
    private static final DateTimeFormatter RECENT = DateTimeFormatter.ofPattern("MMM ppd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter OLD = DateTimeFormatter.ofPattern("MMM ppd  yyyy", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final Duration SIX_MONTHS = Duration.ofDays(365 / 2);

    /** One entry to list, under the name to show. */
    public record Row(String name, FileEntry entry, int links) {
    }

    private final OsProfile profile;
    private final String defaultUser;
    private final Instant now;
    private final boolean human;

    public LongListing(OsProfile profile, String defaultUser, Instant now, boolean human) {
        this.profile = profile;
        this.defaultUser = defaultUser;
        this.now = now;
        this.human = human;
    }

    /** The {@code total} line of a directory listing: the rows' size in 1 KiB blocks. */
    public String total(List<Row> rows) {
        long kib = 0;
        for (Row row : rows) {
            kib += (size(row.entry()) + BLOCK - 1) / BLOCK * (BLOCK / 1024);
        }
        return "total " + (human ? Sizes.human(kib * 1024) : String.valueOf(kib));
    }

    /** The rows' lines, aligned. */
    public List<String> lines(List<Row> rows) {
        List<String[]> fields = new ArrayList<>();
        int[] widths = new int[4];
        for (Row row : rows) {
            FileEntry e = row.entry();
            long size = size(e);
            String[] f = {String.valueOf(row.links()), e.owner(), group(e.owner()),
                    human ? Sizes.human(size) : String.valueOf(size)};
            for (int i = 0; i < f.length; i++) {
                widths[i] = Math.max(widths[i], f[i].length());
            }
            fields.add(f);
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            String[] f = fields.get(i);
            lines.add(mode(row.entry()) + (profile.selinux() ? "." : "") + " "
                    + pad(f[0], widths[0], true) + " " + pad(f[1], widths[1], false) + " "
                    + pad(f[2], widths[2], false) + " " + pad(f[3], widths[3], true) + " "
                    + time(row.entry().modified()) + " " + row.name());
        }
        return lines;
    }

    /** {@code drwxr-xr-x}, {@code -rw-rw-r--}, {@code drwxrwxrwt}. */
    public static String mode(FileEntry entry) {
        StringBuilder text = new StringBuilder(entry.directory() ? "d" : "-");
        String letters = "rwxrwxrwx";
        for (int bit = 0; bit < 9; bit++) {
            boolean set = (entry.mode() & (0400 >> bit)) != 0;
            text.append(set ? letters.charAt(bit) : '-');
        }
        if ((entry.mode() & 01000) != 0) {
            text.setCharAt(9, text.charAt(9) == 'x' ? 't' : 'T');
        }
        return text.toString();
    }

    private String group(String owner) {
        return owner.equals(defaultUser) ? profile.groupName(owner) : owner;
    }

    private static long size(FileEntry entry) {
        return entry.directory() ? BLOCK : entry.content().getBytes(StandardCharsets.UTF_8).length;
    }

    private String time(Instant modified) {
        boolean recent = !modified.isAfter(now.plusSeconds(60)) && modified.isAfter(now.minus(SIX_MONTHS));
        return (recent ? RECENT : OLD).format(modified);
    }

    private static String pad(String text, int width, boolean right) {
        String spaces = " ".repeat(width - text.length());
        return right ? spaces + text : text + spaces;
    }
}
