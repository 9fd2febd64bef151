package io.ec2emulator.ssh.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** lsblk and df, from the instance's block devices. */
class DiskCommandsTest {

    @Test
    void lsblkShowsEveryVolumeUnderXenNames() {
        assertEquals("""
                NAME    MAJ:MIN RM SIZE RO TYPE MOUNTPOINTS
                xvda    202:0    0   8G  0 disk
                └─xvda1 202:1    0   8G  0 part /
                xvdf    202:80   0  20G  0 disk
                """, Shell.exec(TestInstances.ubuntu()).out("lsblk"));
    }

    @Test
    void dfShowsTheRootFileSystemAndMemoryMounts() {
        Shell shell = Shell.exec(TestInstances.amazonLinux());
        assertEquals("""
                Filesystem      Size  Used Avail Use% Mounted on
                devtmpfs        4.0M     0  4.0M   0% /dev
                tmpfs           512M     0  512M   0% /dev/shm
                tmpfs           205M  452K  205M   1% /run
                /dev/xvda1      8.0G  1.6G  6.5G  20% /
                tmpfs           512M     0  512M   0% /tmp
                tmpfs           103M     0  103M   0% /run/user/1000
                """, shell.out("df -h"));
        String plain = shell.out("df");
        assertEquals("Filesystem     1K-blocks    Used Available Use% Mounted on", plain.lines().findFirst().orElseThrow());
    }

    @Test
    void humanSizesRoundUpAsCoreutils() {
        assertEquals("0", Sizes.human(0));
        assertEquals("1023", Sizes.human(1023));
        assertEquals("1.0K", Sizes.human(1024));
        assertEquals("1.1K", Sizes.human(1025));
        assertEquals("13K", Sizes.human(12345));
        assertEquals("8.0G", Sizes.human(8L << 30));
        assertEquals("8G", Sizes.lsblk(8L << 30));
        assertEquals("7.5G", Sizes.lsblk(15L << 29));
    }

    @Test
    void deviceNamesFollowXen() {
        assertEquals("xvda", DeviceNames.disk("/dev/sda1"));
        assertEquals("xvda", DeviceNames.disk("/dev/xvda"));
        assertEquals("xvdf", DeviceNames.disk("/dev/sdf"));
        assertEquals("202:81", DeviceNames.majorMinor("xvdf1"));
    }
}
