package io.ec2emulator.ssh.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** whoami, id, hostname, uname and /etc/os-release, per image. */
class IdentityCommandsTest {

    private final Shell amazon = Shell.exec(TestInstances.amazonLinux());
    private final Shell ubuntu = Shell.exec(TestInstances.ubuntu());
    private final Shell debian = Shell.exec(TestInstances.debian());

    @Test
    void whoamiIsTheDefaultUserOrRootUnderSudo() {
        assertEquals("ec2-user\n", amazon.out("whoami"));
        assertEquals("root\n", amazon.out("sudo whoami"));
        assertEquals("ubuntu\n", ubuntu.out("whoami"));
        assertEquals(new Shell.Result("", "whoami: extra operand 'x'\nTry 'whoami --help' for more information.\n", 1),
                amazon.run("whoami x"));
    }

    @Test
    void idListsTheImagesGroups() {
        assertEquals("uid=1000(ec2-user) gid=1000(ec2-user) groups=1000(ec2-user),4(adm),10(wheel),"
                + "190(systemd-journal) context=unconfined_u:unconfined_r:unconfined_t:s0-s0:c0.c1023\n", amazon.out("id"));
        assertEquals("uid=1000(ubuntu) gid=1000(ubuntu) groups=1000(ubuntu),4(adm),24(cdrom),27(sudo),30(dip),105(lxd)\n",
                ubuntu.out("id"));
        assertEquals("uid=0(root) gid=0(root) groups=0(root)\n", ubuntu.out("sudo id"));
        assertEquals("uid=0(root) gid=0(root) groups=0(root)\n", ubuntu.out("id root"));
        assertEquals(new Shell.Result("", "id: 'bob': no such user\n", 1), ubuntu.run("id bob"));
    }

    @Test
    void hostnameIsTheIpBasedName() {
        assertEquals("ip-172-31-5-10.ec2.internal\n", amazon.out("hostname"));
        assertEquals("ip-172-31-5-10\n", ubuntu.out("hostname"));
        InstanceContext west = TestInstances.context(TestInstances.AMAZON_LINUX, "ec2-user", "ec2-user", "us-west-2",
                "x86_64", new MemoryFileSystemStore());
        assertEquals("ip-172-31-5-10.us-west-2.compute.internal\n", Shell.exec(west).out("hostname"));
        assertEquals("ip-172-31-5-10.ec2.internal\n", amazon.out("cat /etc/hostname"));
        assertEquals(new Shell.Result("", "hostname: you must be root to change the host name\n", 1),
                amazon.run("hostname other"));
    }

    @Test
    void unameDescribesKernelAndMachine() {
        assertEquals("Linux\n", amazon.out("uname"));
        assertEquals("Linux ip-172-31-5-10.ec2.internal 6.1.158-178.288.amzn2023.x86_64 #1 SMP PREEMPT_DYNAMIC "
                + "Mon Nov  3 18:38:03 UTC 2025 x86_64 x86_64 x86_64 GNU/Linux\n", amazon.out("uname -a"));
        assertEquals("Linux ip-172-31-5-10 6.14.0-1015-aws #15~24.04.1-Ubuntu SMP Tue Sep 23 22:44:48 UTC 2025 "
                + "aarch64 aarch64 aarch64 GNU/Linux\n", ubuntu.out("uname -a"));
        assertEquals("Linux ip-172-31-5-10 6.1.0-40-cloud-amd64 #1 SMP PREEMPT_DYNAMIC Debian 6.1.153-1 (2025-09-20) "
                + "x86_64 GNU/Linux\n", debian.out("uname -a"), "Debian's uname -a leaves out the unknown processor");
        assertEquals("unknown\n", debian.out("uname -p"));
        assertEquals("6.14.0-1015-aws aarch64\n", ubuntu.out("uname -rm"));
        assertEquals(new Shell.Result("", "uname: invalid option -- 'z'\nTry 'uname --help' for more information.\n", 1),
                amazon.run("uname -z"));
    }

    @Test
    void osReleaseIsTheImages() {
        String amazonRelease = amazon.out("cat /etc/os-release");
        assertTrue(amazonRelease.startsWith("NAME=\"Amazon Linux\"\nVERSION=\"2023\"\nID=\"amzn\"\nID_LIKE=\"fedora\"\n"
                + "VERSION_ID=\"2023\"\nPLATFORM_ID=\"platform:al2023\"\nPRETTY_NAME=\"Amazon Linux 2023.9.20251208\"\n"),
                amazonRelease);
        String ubuntuRelease = ubuntu.out("cat /etc/os-release");
        assertTrue(ubuntuRelease.startsWith("PRETTY_NAME=\"Ubuntu 24.04.3 LTS\"\nNAME=\"Ubuntu\"\nVERSION_ID=\"24.04\"\n"
                + "VERSION=\"24.04.3 LTS (Noble Numbat)\"\nVERSION_CODENAME=noble\nID=ubuntu\nID_LIKE=debian\n"),
                ubuntuRelease);
        InstanceContext other = TestInstances.context(new io.ec2emulator.core.images.OsRelease("fedora", "41",
                "Fedora Linux 41 (Cloud Edition)"), "fedora", "fedora", "us-east-1", "x86_64", new MemoryFileSystemStore());
        assertEquals("NAME=\"Fedora Linux 41 (Cloud Edition)\"\nID=\"fedora\"\nVERSION_ID=\"41\"\n"
                + "PRETTY_NAME=\"Fedora Linux 41 (Cloud Edition)\"\n", Shell.exec(other).out("cat /etc/os-release"));
    }
}
