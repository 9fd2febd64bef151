package io.ec2emulator.ssh.shell;

import io.ec2emulator.core.images.OsRelease;
import java.util.Map;

/**
 * The table of operating systems the shell knows, by {@code ID:VERSION_ID} or by {@code ID} alone;
 * images of other systems look like Amazon Linux 2023 with their own {@code /etc/os-release}.
 */
public final class OsProfiles {

    private static final String REDHAT_PROMPT = "[\\u@\\h \\W]\\$ ";
    private static final String DEBIAN_PROMPT = "\\u@\\h:\\w\\$ ";
    private static final String REDHAT_GROUPS = "4(adm),10(wheel),190(systemd-journal)";

    private static final OsProfile AMAZON_LINUX_2023 = new OsProfile("amzn-2023", "redhat", "amzn-2023",
            REDHAT_PROMPT, true, 1000, "1000({user})", REDHAT_GROUPS, true,
            "6.1.158-178.288.amzn2023.{machine}", "#1 SMP PREEMPT_DYNAMIC Mon Nov  3 18:38:03 UTC 2025", true, 1638);

    /** For systems the table does not know: Amazon Linux 2023's look, with an os-release made from the image's data. */
    private static final OsProfile OTHER = new OsProfile("generic", "redhat", null, REDHAT_PROMPT, true, 1000,
            "1000({user})", REDHAT_GROUPS, true, AMAZON_LINUX_2023.kernelRelease(), AMAZON_LINUX_2023.kernelVersion(),
            true, 1638);

    private static final Map<String, OsProfile> PROFILES = Map.of(
            "amzn:2023", AMAZON_LINUX_2023,
            "amzn:2", new OsProfile("amzn-2", "redhat", "amzn-2", REDHAT_PROMPT, true, 1000, "1000({user})",
                    REDHAT_GROUPS, false, "5.10.245-241.978.amzn2.{machine}", "#1 SMP Tue Nov 18 19:41:00 UTC 2025",
                    true, 1740),
            "amzn:2018.03", new OsProfile("amzn-2018.03", "redhat", "amzn-2018.03", REDHAT_PROMPT, true, 500,
                    "500({user})", "10(wheel)", false, "4.14.336-180.566.amzn1.{machine}",
                    "#1 SMP Tue Dec 12 23:23:02 UTC 2023", true, 1150),
            "ubuntu:24.04", new OsProfile("ubuntu-24.04", "debian", "ubuntu", DEBIAN_PROMPT, false, 1000,
                    "1000({user})", "4(adm),24(cdrom),27(sudo),30(dip),105(lxd)", false, "6.14.0-1015-aws",
                    "#15~24.04.1-Ubuntu SMP Tue Sep 23 22:44:48 UTC 2025", true, 1946),
            "ubuntu:22.04", new OsProfile("ubuntu-22.04", "debian", "ubuntu", DEBIAN_PROMPT, false, 1000,
                    "1000({user})", "4(adm),20(dialout),24(cdrom),25(floppy),27(sudo),29(audio),30(dip),44(video),"
                    + "46(plugdev),119(netdev),120(lxd)", false, "6.8.0-1040-aws",
                    "#42~22.04.1-Ubuntu SMP Wed Sep 24 10:26:57 UTC 2025", true, 1843),
            "debian", new OsProfile("debian-12", "debian", null, DEBIAN_PROMPT, false, 1000, "1000({user})",
                    "4(adm),20(dialout),24(cdrom),25(floppy),27(sudo),29(audio),30(dip),44(video),46(plugdev)",
                    false, "6.1.0-40-cloud-{debarch}", "#1 SMP PREEMPT_DYNAMIC Debian 6.1.153-1 (2025-09-20)",
                    false, 1004),
            "rhel", new OsProfile("rhel-9.6", "redhat", null, REDHAT_PROMPT, true, 1000, "1000({user})",
                    REDHAT_GROUPS, true, "5.14.0-570.42.2.el9_6.{machine}",
                    "#1 SMP PREEMPT_DYNAMIC Fri Aug 29 05:51:47 EDT 2025", true, 1710),
            "sles", new OsProfile("sles-15.7", "suse", null, "\\u@\\h:\\w> ", false, 1000, "100(users)", "",
                    false, "6.4.0-150700.53.11-default", "#1 SMP PREEMPT_DYNAMIC Mon Sep  1 12:33:34 UTC 2025 (6a7e4e0)",
                    true, 1560));

    private OsProfiles() {
    }

    /** The profile of {@code release}: by id and version, else by id, else {@link #OTHER}. */
    public static OsProfile of(OsRelease release) {
        OsProfile exact = PROFILES.get(release.id() + ":" + release.versionId());
        if (exact != null) {
            return exact;
        }
        return PROFILES.getOrDefault(release.id(), OTHER);
    }
}
