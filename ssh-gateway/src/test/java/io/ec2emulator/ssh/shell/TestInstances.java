package io.ec2emulator.ssh.shell;

import io.ec2emulator.core.ManualClock;
import io.ec2emulator.core.images.OsRelease;
import java.time.Instant;
import java.util.List;

/** Instances for shell tests: files in memory, a fixed clock, one 8 GiB root volume and one 20 GiB data volume. */
final class TestInstances {

    static final Instant NOW = Instant.parse("2026-01-15T10:00:00Z");
    static final OsRelease AMAZON_LINUX = new OsRelease("amzn", "2023", "Amazon Linux 2023.9.20251208");
    static final OsRelease UBUNTU = new OsRelease("ubuntu", "24.04", "Ubuntu 24.04.3 LTS");
    static final OsRelease DEBIAN = new OsRelease("debian", "12", "Debian GNU/Linux 12 (bookworm)");
    static final String KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGzWkqtc0tGGBXi7RWJo3ZSuBVUe1r+g5ydqwGZyWOMn my-key";

    private TestInstances() {
    }

    static InstanceContext amazonLinux() {
        return context(AMAZON_LINUX, "ec2-user", "ec2-user", "us-east-1", "x86_64", new MemoryFileSystemStore());
    }

    static InstanceContext ubuntu() {
        return context(UBUNTU, "ubuntu", "ubuntu", "eu-west-1", "arm64", new MemoryFileSystemStore());
    }

    static InstanceContext debian() {
        return context(DEBIAN, "admin", "admin", "us-west-2", "x86_64", new MemoryFileSystemStore());
    }

    static InstanceContext context(OsRelease os, String loginUser, String osUser, String region, String architecture,
                                   FileSystemStore files) {
        String root = os.id().equals("ubuntu") ? "/dev/sda1" : "/dev/xvda";
        return new InstanceContext("123456789012", region, "i-0123456789abcdef0", loginUser, osUser, os, "172.31.5.10",
                architecture, 1024,
                List.of(new BlockDevice(root, 8, BlockDevice.Kind.EBS, true),
                        new BlockDevice("/dev/sdf", 20, BlockDevice.Kind.EBS, false)),
                KEY, files, new ManualClock(NOW));
    }
}
