package io.ec2emulator.ssh.shell.commands;

import io.ec2emulator.ssh.shell.BlockDevice;
import io.ec2emulator.ssh.shell.DeviceNames;
import io.ec2emulator.ssh.shell.Invocation;
import io.ec2emulator.ssh.shell.Options;
import io.ec2emulator.ssh.shell.ShellCommand;
import io.ec2emulator.ssh.shell.Sizes;
import io.ec2emulator.ssh.shell.TextTable;
import java.util.Comparator;
import java.util.List;

/**
 * {@code lsblk}: the instance's EBS and instance store volumes with their sizes, under Xen's names
 * ({@link DeviceNames}); the root volume's partition is mounted on {@code /}, the others are not
 * formatted or mounted.
 */
public final class Lsblk implements ShellCommand {

    private static final long GIB = 1L << 30;
    private static final List<TextTable.Column> COLUMNS = List.of(
            new TextTable.Column("NAME", false, 0),
            new TextTable.Column("MAJ:MIN", false, 0),
            new TextTable.Column("RM", true, 0),
            new TextTable.Column("SIZE", true, 0),
            new TextTable.Column("RO", true, 0),
            new TextTable.Column("TYPE", false, 0),
            new TextTable.Column("MOUNTPOINTS", false, 0));

    @Override
    public int run(Invocation call) {
        Options options = Options.parse(call, "");
        if (options == null) {
            return 1;
        }
        TextTable table = new TextTable(COLUMNS);
        List<BlockDevice> devices = call.context().blockDevices().stream()
                .sorted(Comparator.comparing(d -> DeviceNames.disk(d.deviceName()))).toList();
        for (BlockDevice device : devices) {
            String disk = DeviceNames.disk(device.deviceName());
            String size = Sizes.lsblk(device.sizeGib() * GIB);
            table.row(List.of(disk, DeviceNames.majorMinor(disk), "0", size, "0", "disk", ""));
            if (device.root()) {
                String partition = DeviceNames.rootPartition(device.deviceName());
                table.row(List.of("└─" + partition, DeviceNames.majorMinor(partition), "0", size, "0", "part", "/"));
            }
        }
        call.out().append(table.render());
        return 0;
    }
}
