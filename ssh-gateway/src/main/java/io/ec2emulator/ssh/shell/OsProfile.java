package io.ec2emulator.ssh.shell;

/**
 * How one operating system looks from a shell: the facts {@link OsProfiles} keeps per image family.
 *
 * @param osReleaseFile  the resource (under {@code os-release/}) holding {@code /etc/os-release}
 * @param skeleton       the resource folder (under {@code skel/}) of the new user's dot files
 * @param motd           the resource (under {@code motd/}) shown at an interactive login, or null
 * @param prompt         {@code PS1}, with bash's {@code \\u}, {@code \\h}, {@code \\w}, {@code \\W} and {@code \\$}
 * @param fullHostname   whether {@code hostname} prints the private DNS name (else the short name)
 * @param uid            the default user's uid
 * @param userGroup      the default user's primary group, as {@code gid(name)}; {@code {user}} is the user's name
 * @param extraGroups    the default user's other groups, as {@code id} lists them
 * @param selinux        whether SELinux labels files ({@code ls -l} then prints a dot after the mode
 *                       and {@code id} a security context)
 * @param kernelRelease  {@code uname -r}; {@code {machine}} is {@code x86_64}/{@code aarch64},
 *                       {@code {debarch}} is {@code amd64}/{@code arm64}
 * @param kernelVersion  {@code uname -v}
 * @param knowsProcessor whether {@code uname -p} and {@code -i} print the machine (Debian prints {@code unknown})
 * @param usedMib        what the image itself takes on the root file system, for {@code df}
 */
public record OsProfile(String osReleaseFile, String skeleton, String motd, String prompt, boolean fullHostname,
                        int uid, String userGroup, String extraGroups, boolean selinux, String kernelRelease,
                        String kernelVersion, boolean knowsProcessor, int usedMib) {

    /** The default user's primary group name. */
    public String groupName(String user) {
        String group = userGroup.replace("{user}", user);
        return group.substring(group.indexOf('(') + 1, group.length() - 1);
    }
}
