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

    @Test
    void sudoIStartsARootLoginShellUntilExit() {
        InteractiveTerminal t = new InteractiveTerminal(new Interpreter(shell.session(), CommandTable.standard()), 80);
        assertEquals("sudo -i\r\n[root@ip-172-31-5-10 ~]# ", t.feed("sudo -i\r"));
        assertEquals("/root\n", shell.out("pwd"));
        assertEquals("root\n", shell.out("whoami"));
        shell.out("touch /etc/app.conf");
        assertEquals("-rw-r--r--. 1 root root 0 Jan 15 10:00 /etc/app.conf\n", shell.out("ls -l /etc/app.conf"));
        assertEquals("exit 3\r\nlogout\r\n[ec2-user@ip-172-31-5-10 ~]$ ", t.feed("exit 3\r"));
        assertEquals("3\n", shell.out("echo $?"));
        assertEquals("ec2-user\n/home/ec2-user\n", shell.out("whoami; echo $HOME"));
    }

    @Test
    void sudoSKeepsTheDirectoryAndSaysExit() {
        shell.out("cd /tmp; sudo su");
        assertEquals("/tmp\nroot\n", shell.out("pwd; echo $USER"));
        assertEquals(new Shell.Result("", "bash: nope: command not found\n", 127), shell.run("nope"));
        assertEquals(new Shell.Result("", "exit\n", 127), shell.run("exit"), "the status of the last command");
        assertEquals("/tmp\nec2-user\n", shell.out("pwd; echo $USER"));
    }

    @Test
    void aRootShellNeedsAnInteractiveSession() {
        Shell exec = Shell.exec(TestInstances.amazonLinux());
        assertEquals(new Shell.Result("", "sudo: the emulated shell starts a root shell only in an interactive session\n",
                1), exec.run("sudo -i"));
        assertEquals("root\n", exec.out("sudo -u root whoami"));
        assertEquals(new Shell.Result("", "sudo: unknown user bob\n", 1), exec.run("sudo -u bob whoami"));
    }
}
