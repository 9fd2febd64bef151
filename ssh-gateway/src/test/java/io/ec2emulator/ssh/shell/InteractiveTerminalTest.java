package io.ec2emulator.ssh.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InteractiveTerminalTest {

    private static InteractiveTerminal terminal(InstanceContext context) {
        Interpreter interpreter = new Interpreter(new ShellSession(context, ShellSession.Mode.INTERACTIVE),
                CommandTable.standard());
        interpreter.prepareFiles();
        return new InteractiveTerminal(interpreter, 80);
    }

    @Test
    void promptsInTheImagesStyle() {
        InteractiveTerminal amazon = terminal(TestInstances.amazonLinux());
        String start = amazon.start();
        assertTrue(start.startsWith("   ,     #_\r\n   ~\\_  ####_        Amazon Linux 2023\r\n"), start);
        assertTrue(start.endsWith("\r\n[ec2-user@ip-172-31-5-10 ~]$ "), start);
        assertEquals("cd /tmp\r\n[ec2-user@ip-172-31-5-10 tmp]$ ", amazon.feed("cd /tmp\r"));

        InteractiveTerminal ubuntu = terminal(TestInstances.ubuntu());
        assertTrue(ubuntu.start().startsWith("Welcome to Ubuntu 24.04.3 LTS (GNU/Linux 6.14.0-1015-aws aarch64)\r\n"));
        assertEquals("mkdir -p a/b; cd a/b\r\nubuntu@ip-172-31-5-10:~/a/b$ ", ubuntu.feed("mkdir -p a/b; cd a/b\r"));
        assertEquals("cd /var/log\r\nubuntu@ip-172-31-5-10:/var/log$ ", ubuntu.feed("cd /var/log\r"));
        assertEquals("admin@ip-172-31-5-10:~$ ", terminal(TestInstances.debian()).start(), "Debian has no banner here");
    }

    @Test
    void echoesAndRunsLinesWithTerminalLineEnds() {
        InteractiveTerminal t = terminal(TestInstances.amazonLinux());
        t.start();
        assertEquals("echo a; nope\r\na\r\n-bash: nope: command not found\r\n[ec2-user@ip-172-31-5-10 ~]$ ",
                t.feed("echo a; nope\r"));
        assertEquals("\r\n[ec2-user@ip-172-31-5-10 ~]$ ", t.feed("\r\n"), "CR LF is one Enter");
    }

    @Test
    void backspaceCtrlCAndEscapeSequences() {
        InteractiveTerminal t = terminal(TestInstances.amazonLinux());
        t.start();
        assertEquals("whoamx\b \bi", t.feed("whoamx\u007fi"));
        assertEquals("", t.feed("\u001b[A\u001b[D"), "cursor keys are ignored");
        assertEquals("\r\nec2-user\r\n[ec2-user@ip-172-31-5-10 ~]$ ", t.feed("\r"));
        assertEquals("sleep^C\r\n[ec2-user@ip-172-31-5-10 ~]$ ", t.feed("sleep\u0003"));
        assertEquals("130\r\n", t.feed("echo $?\r").substring("echo $?\r\n".length(), "echo $?\r\n".length() + 5));
    }

    @Test
    void ctrlDOnAnEmptyLineAndExitEndTheSession() {
        InteractiveTerminal t = terminal(TestInstances.amazonLinux());
        t.start();
        assertEquals("x", t.feed("x\u0004"), "Ctrl-D with text typed does nothing");
        t.feed("\u0015");
        assertEquals("logout\r\n", t.feed("\u0004"));
        assertTrue(t.closed());

        InteractiveTerminal other = terminal(TestInstances.amazonLinux());
        other.start();
        assertEquals("exit 5\r\nlogout\r\n", other.feed("exit 5\rignored"));
        assertTrue(other.closed());
        assertFalse(terminal(TestInstances.amazonLinux()).closed());
    }
}
