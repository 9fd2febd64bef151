package io.ec2emulator.ssh.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InterpreterTest {

    private final Shell shell = Shell.interactive(TestInstances.amazonLinux());

    @Test
    void anUnknownCommandIsNotFoundWithStatus127() {
        assertEquals(new Shell.Result("", "-bash: vim: command not found\n", 127), shell.run("vim notes"));
        assertEquals("127\n", shell.out("echo $?"));
        Shell exec = Shell.exec(TestInstances.amazonLinux());
        assertEquals(new Shell.Result("", "bash: line 1: vim: command not found\n", 127), exec.run("vim"));
    }

    @Test
    void variablesAndTildeExpand() {
        assertEquals("/home/ec2-user ec2-user /home/ec2-user/x ~ $HOME ec2-user\n",
                shell.out("echo $HOME $USER ~/x '~' '$HOME' \"${USER}\""));
        assertEquals("[]\n", shell.out("echo [$NOTHING]"));
        assertEquals("$ a$\n", shell.out("echo $ a$"));
    }

    @Test
    void andOrAndSemicolonFollowTheStatus() {
        assertEquals("b\nc\n", shell.out("false && echo a || echo b; echo c"));
        Shell.Result result = shell.run("true || echo a; false");
        assertEquals(new Shell.Result("", "", 1), result);
        assertEquals("1\n", shell.out("echo $?"));
    }

    @Test
    void outputGoesToFilesWithRedirection() {
        assertEquals("", shell.out("echo one > notes.txt"));
        shell.out("echo two >> notes.txt");
        assertEquals("one\ntwo\n", shell.out("cat notes.txt"));
        shell.out("echo three > notes.txt");
        assertEquals("three\n", shell.out("cat ~/notes.txt"));
        assertEquals(new Shell.Result("", "", 127), shell.run("nope 2> errors"));
        assertEquals("-bash: nope: command not found\n", shell.out("cat errors"));
        shell.out("> empty");
        assertEquals("", shell.out("cat empty"));
    }

    @Test
    void aRedirectionBashCannotOpenStopsTheCommand() {
        assertEquals(new Shell.Result("", "-bash: /etc/motd: Permission denied\n", 1), shell.run("echo x > /etc/motd"));
        assertEquals(new Shell.Result("", "-bash: /etc/motd: Permission denied\n", 1),
                shell.run("sudo echo x > /etc/motd"), "the redirection is the user's shell's, not sudo's");
        assertEquals(new Shell.Result("", "-bash: /tmp: Is a directory\n", 1), shell.run("echo x > /tmp"));
        assertEquals(new Shell.Result("", "-bash: nodir/f: No such file or directory\n", 1), shell.run("echo > nodir/f"));
    }

    @Test
    void syntaxErrorsHaveStatus2() {
        assertEquals(new Shell.Result("", "-bash: unexpected EOF while looking for matching `''\n", 2),
                shell.run("echo 'oops"));
        assertEquals(new Shell.Result("", "-bash: syntax error near unexpected token `;'\n", 2), shell.run(";"));
    }

    @Test
    void exitEndsTheSessionWithItsStatus() {
        Shell exec = Shell.exec(TestInstances.amazonLinux());
        assertEquals(new Shell.Result("a\n", "", 3), exec.run("echo a; exit 3; echo b"));
        assertTrue(exec.session().exited());
        assertEquals(3, exec.session().exitStatus());

        Shell withoutArgument = Shell.exec(TestInstances.amazonLinux());
        withoutArgument.run("false; exit");
        assertEquals(1, withoutArgument.session().exitStatus());

        Shell wrapped = Shell.exec(TestInstances.amazonLinux());
        wrapped.run("exit 257");
        assertEquals(1, wrapped.session().exitStatus());

        Shell bad = Shell.exec(TestInstances.amazonLinux());
        assertEquals(new Shell.Result("", "bash: line 1: exit: x: numeric argument required\n", 2), bad.run("exit x"));
        assertEquals(2, bad.session().exitStatus());

        assertEquals(new Shell.Result("", "logout\n-bash: exit: too many arguments\n", 1), shell.run("exit 1 2"));
        assertFalse(shell.session().exited(), "exit with two numbers does not exit");
        assertEquals(new Shell.Result("", "logout\n", 4), shell.run("exit 4"), "a login shell says logout");
    }

    @Test
    void theFilesAreCreatedAtTheFirstSessionAndKept() {
        InstanceContext context = TestInstances.amazonLinux();
        Shell first = Shell.exec(context);
        first.out("mkdir projects && echo hello > projects/readme");
        Shell second = Shell.exec(context);
        assertEquals("hello\n", second.out("cat projects/readme"));
        assertEquals(TestInstances.KEY + "\n", second.out("cat .ssh/authorized_keys"));
    }
}
