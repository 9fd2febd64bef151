package io.ec2emulator.ssh.shell.commands;

import io.ec2emulator.core.filesystems.FileEntry;
import io.ec2emulator.ssh.shell.BlockDevice;
import io.ec2emulator.ssh.shell.DeviceNames;
import io.ec2emulator.ssh.shell.InstanceContext;
import io.ec2emulator.ssh.shell.Invocation;
import io.ec2emulator.ssh.shell.Options;
import io.ec2emulator.ssh.shell.ShellCommand;
import io.ec2emulator.ssh.shell.Sizes;
import io.ec2emulator.ssh.shell.TextTable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * {@code df [-h]}: the mounted file systems. As on an instance, that is the root volume's partition on
 * {@code /} (its size the volume's, its use the image's plus the files written) and the memory-backed
 * {@code devtmpfs}/{@code tmpfs} mounts, sized from the instance type's memory; other volumes are not
 * formatted, so only {@code lsblk} shows them. Column widths have GNU df's minimums (14 for the
 * file system, 5 for amounts).
 */
public final class Df implements ShellCommand {

    private static final long MIB = 1L << 20;

    /** One memory-backed mount: its type, where, and its size (and use) from the instance's memory. */
    private record MemoryMount(String type, String mountPoint, ToLongFunction<InstanceContext> size, long used) {
    }

    private static final List<MemoryMount> BEFORE_ROOT = List.of(
            new MemoryMount("devtmpfs", "/dev", c -> 4 * MIB, 0),
            new MemoryMount("tmpfs", "/dev/shm", c -> c.memoryMib() * MIB / 2, 0),
            new MemoryMount("tmpfs", "/run", c -> c.memoryMib() * MIB / 5, 452 * 1024));
    private static final List<MemoryMount> AFTER_ROOT = List.of(
            new MemoryMount("tmpfs", "/tmp", c -> c.memoryMib() * MIB / 2, 0),
            new MemoryMount("tmpfs", "/run/user/{uid}", c -> c.memoryMib() * MIB / 10, 0));

    /** One line of the table, in bytes. */
    private record Mount(String source, long size, long used, String mountPoint) {
    }

    @Override
    public int run(Invocation call) {
        Options options = Options.parse(call, "h");
        if (options == null) {
            return 1;
        }
        boolean human = options.has('h');
        List<Mount> mounts = new ArrayList<>();
        BEFORE_ROOT.forEach(m -> mounts.add(memoryMount(call, m)));
        call.context().blockDevices().stream().filter(BlockDevice::root).findFirst()
                .ifPresent(root -> mounts.add(rootMount(call, root)));
        AFTER_ROOT.forEach(m -> mounts.add(memoryMount(call, m)));

        TextTable table = new TextTable(List.of(
                new TextTable.Column("Filesystem", false, 14),
                new TextTable.Column(human ? "Size" : "1K-blocks", true, 5),
                new TextTable.Column("Used", true, 5),
                new TextTable.Column(human ? "Avail" : "Available", true, 5),
                new TextTable.Column("Use%", true, 4),
                new TextTable.Column("Mounted on", false, 0)));
        for (Mount m : mounts) {
            long available = m.size() - m.used();
            long percent = m.size() == 0 ? 0 : (m.used() * 100 + m.size() - 1) / m.size();
            table.row(List.of(m.source(), amount(m.size(), human), amount(m.used(), human),
                    amount(available, human), percent + "%", m.mountPoint()));
        }
        call.out().append(table.render());
        return 0;
    }

    private static Mount memoryMount(Invocation call, MemoryMount mount) {
        String where = mount.mountPoint().replace("{uid}", String.valueOf(call.profile().uid()));
        return new Mount(mount.type(), mount.size().applyAsLong(call.context()), mount.used(), where);
    }

    private static Mount rootMount(Invocation call, BlockDevice root) {
        long written = 0;
        for (FileEntry entry : call.files().tree("/").values()) {
            written += entry.content().getBytes(StandardCharsets.UTF_8).length;
        }
        long size = root.sizeGib() * 1024 * MIB;
        long used = Math.min(size, call.profile().usedMib() * MIB + written);
        return new Mount("/dev/" + DeviceNames.rootPartition(root.deviceName()), size, used, "/");
    }

    private static String amount(long bytes, boolean human) {
        if (human) {
            return bytes == 0 ? "0" : Sizes.human(bytes);
        }
        return String.valueOf((bytes + 1023) / 1024);
    }
}
