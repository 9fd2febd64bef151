package io.ec2emulator.ssh.shell;

import io.ec2emulator.core.images.OsRelease;
import io.ec2emulator.core.network.DnsNames;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * What the shell knows about the instance a session belongs to; the SSH gateway builds one per session.
 *
 * @param loginUser        the user the client logged in as; {@code root} (while {@code osUser} is
 *                         another user) gets the images' "Please login as the user …" notice
 * @param osUser           the image's default user, for example {@code ec2-user}, {@code ubuntu}, {@code admin}
 * @param osRelease        the image's operating system; decides the prompt, {@code /etc/os-release}, {@code uname}, …
 * @param privateIpAddress the primary private address; the host name is derived from it
 * @param architecture     EC2's architecture name: {@code x86_64} or {@code arm64}
 * @param memoryMib        the instance type's memory (the size of the {@code tmpfs} file systems {@code df} shows)
 * @param blockDevices     the attached EBS volumes and instance store volumes, the root device among them
 * @param authorizedKey    the launch key's public key line for {@code ~/.ssh/authorized_keys}, or null
 * @param files            where the instance's file system is kept
 * @param clock            the time of file changes (the emulator's clock)
 */
public record InstanceContext(String accountId, String region, String instanceId, String loginUser, String osUser,
                              OsRelease osRelease, String privateIpAddress, String architecture, int memoryMib,
                              List<BlockDevice> blockDevices, String authorizedKey, FileSystemStore files,
                              Clock clock) {

    public InstanceContext {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(instanceId, "instanceId");
        Objects.requireNonNull(loginUser, "loginUser");
        Objects.requireNonNull(osUser, "osUser");
        Objects.requireNonNull(osRelease, "osRelease");
        Objects.requireNonNull(privateIpAddress, "privateIpAddress");
        Objects.requireNonNull(architecture, "architecture");
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(clock, "clock");
        blockDevices = List.copyOf(blockDevices);
    }

    /** EC2's IP-based host name, for example {@code ip-172-31-5-10}. */
    public String shortHostname() {
        return "ip-" + privateIpAddress.replace('.', '-');
    }

    /** The private DNS name, for example {@code ip-172-31-5-10.ec2.internal}. */
    public String fullHostname() {
        return DnsNames.privateName(region, privateIpAddress);
    }

    /** The kernel's name for the machine: {@code x86_64} or {@code aarch64}. */
    public String machine() {
        return architecture.equals("arm64") ? "aarch64" : architecture;
    }

    /** The user's home directory ({@code /root} for root). */
    public String homeOf(String user) {
        return user.equals("root") ? "/root" : "/home/" + user;
    }
}
