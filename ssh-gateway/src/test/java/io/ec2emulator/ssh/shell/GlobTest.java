package io.ec2emulator.ssh.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Pathname expansion of unquoted *, ? and [...]. */
class GlobTest {

    private final Shell shell = Shell.exec(TestInstances.amazonLinux());

    @Test
    void patternsMatchFileNamesInOrder() {
        shell.out("touch b.txt a.txt c.log .hidden; mkdir d; touch d/x.txt");
        assertEquals("a.txt b.txt\n", shell.out("echo *.txt"));
        assertEquals("a.txt b.txt c.log d\n", shell.out("echo *"), "hidden files need a leading dot");
        assertEquals(".hidden\n", shell.out("echo .h*"));
        assertEquals("a.txt c.log\n", shell.out("echo [ac].*"));
        assertEquals("b.txt\n", shell.out("echo [!ac].???"));
        assertEquals("d/x.txt\n", shell.out("echo */*.txt"));
        assertEquals("/home/ec2-user/d/x.txt\n", shell.out("echo ~/d/*"));
    }

    @Test
    void quotedOrUnmatchedPatternsStayAsTyped() {
        shell.out("touch a.txt");
        assertEquals("*.txt *.txt\n", shell.out("echo '*.txt' \"*.txt\""));
        assertEquals("*.md\n", shell.out("echo *.md"));
        assertEquals("a.txt\n", shell.out("echo a\\.t*"));
    }

    @Test
    void commandsReceiveTheMatches() {
        shell.out("touch one.tmp two.tmp keep.txt");
        shell.out("rm *.tmp");
        assertEquals("keep.txt\n", shell.out("ls"));
        assertEquals(new Shell.Result("", "ls: cannot access '/root/*': Permission denied\n", 2), shell.run("ls /root/*"));
    }
}
