package io.ec2emulator.ssh.shell;

import io.ec2emulator.core.filesystems.FileEntry;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * An instance's files at its first session: the directories of {@code base-tree}, {@code /etc/os-release}
 * of the image, {@code /etc/hostname}, and the default user's home with the distribution's dot files and
 * the launch key in {@code ~/.ssh/authorized_keys}.
 */
public final class BaseContent {

    private BaseContent() {
    }

    public static Map<String, FileEntry> create(InstanceContext context) {
        OsProfile profile = OsProfiles.of(context.osRelease());
        Instant now = context.clock().instant();
        Map<String, FileEntry> entries = new TreeMap<>();
        for (String line : ShellData.text("base-tree").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.trim().split("\\s+");
            entries.put(fields[0], FileEntry.directory(fields[2], Integer.parseInt(fields[1], 8), now));
        }
        entries.put("/etc/os-release", FileEntry.file("root", 0644,
                TemplateValues.fill(ShellData.text("os-release/" + profile.osReleaseFile()), context), now));
        entries.put("/etc/hostname", FileEntry.file("root", 0644,
                KernelNames.hostname(profile, context) + "\n", now));

        String user = context.osUser();
        String home = context.homeOf(user);
        entries.put(home, FileEntry.directory(user, 0700, now));
        String skeleton = "skel/" + profile.skeleton() + "/";
        for (String name : ShellData.text(skeleton + "files").split("\n")) {
            if (!name.isBlank()) {
                entries.put(home + "/" + name, FileEntry.file(user, 0644, ShellData.text(skeleton + name), now));
            }
        }
        entries.put(home + "/.ssh", FileEntry.directory(user, 0700, now));
        String key = context.authorizedKey() == null ? "" : context.authorizedKey().strip() + "\n";
        entries.put(home + "/.ssh/authorized_keys", FileEntry.file(user, 0600, key, now));
        return entries;
    }
}
