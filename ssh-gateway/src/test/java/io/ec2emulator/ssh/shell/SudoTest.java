package io.ec2emulator.ssh.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SudoTest {

    private final Shell shell = Shell.interactive(TestInstances.amazonLinux());

    @Test
    void sudoRunsKnownCommandsAsRoot() {
        shell.out("sudo mkdir /opt/app && sudo touch /opt/app/config");
        assertEquals("-rw-r--r--. 1 root root 0 Jan 15 10:00 /opt/app/config\n", shell.out("ls -l /opt/app/config"));
        assertEquals("root\n", shell.out("sudo whoami"));
        assertEquals("ec2-user\n", shell.out("whoami"), "sudo does not change the session's user");
    }

    @Test
    void sudoOfAnUnknownCommandFailsWithStatus1() {
        assertEquals(new Shell.Result("", "sudo: vim: command not found\n", 1), shell.run("sudo vim /etc/hosts"));
        assertEquals(new Shell.Result("", "usage: sudo -h | -K | -k | -V\n", 1), shell.run("sudo"));
        assertEquals(new Shell.Result("", "sudo: exit: command not found\n", 1), shell.run("sudo exit"));
    }
}
