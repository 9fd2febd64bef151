package io.ec2emulator.ssh.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** pwd, cd, ls, cat, mkdir, touch, rm, cp and mv, with coreutils' messages and statuses. */
class FileCommandsTest {

    private final Shell shell = Shell.interactive(TestInstances.amazonLinux());

    private static Shell.Result failed(String err, int status) {
        return new Shell.Result("", err, status);
    }

    @Test
    void cdAndPwd() {
        assertEquals("/home/ec2-user\n", shell.out("pwd"));
        assertEquals("/tmp\n", shell.out("cd /tmp; pwd"));
        assertEquals("/\n", shell.out("cd ../..; pwd"));
        assertEquals("/tmp\n/tmp\n", shell.out("cd -; pwd"), "cd - prints where it goes");
        assertEquals("/home/ec2-user\n", shell.out("cd; pwd"));
        assertEquals(failed("-bash: cd: nowhere: No such file or directory\n", 1), shell.run("cd nowhere"));
        assertEquals(failed("-bash: cd: /root: Permission denied\n", 1), shell.run("cd /root"));
        shell.out("touch f");
        assertEquals(failed("-bash: cd: f: Not a directory\n", 1), shell.run("cd f"));
        assertEquals(failed("-bash: cd: too many arguments\n", 1), shell.run("cd a b"));
        assertEquals(failed("sudo: cd: command not found\n", 1), shell.run("sudo cd /root"));
    }

    @Test
    void lsListsNamesInOrder() {
        assertEquals("", shell.out("ls"));
        assertEquals(".bash_logout\n.bash_profile\n.bashrc\n.ssh\n", shell.out("ls -A"));
        assertEquals(".\n..\n.bash_logout\n.bash_profile\n.bashrc\n.ssh\n", shell.out("ls -a"));
        shell.out("mkdir b; touch a c");
        assertEquals("a\nb\nc\n", shell.out("ls"));
        assertEquals("c\n\nb:\n", shell.out("ls c b"));
        assertEquals("bin\nboot\ndev\netc\nhome\nlib\nlib64\nmedia\nmnt\nopt\nproc\nroot\nrun\nsbin\nsrv\nsys\ntmp\n"
                + "usr\nvar\n", shell.out("ls /"));
        assertEquals(failed("ls: cannot access 'nope': No such file or directory\n", 2), shell.run("ls nope"));
        assertEquals(failed("ls: cannot open directory '/root': Permission denied\n", 2), shell.run("ls /root"));
        assertEquals("", shell.out("sudo ls /root"));
        assertEquals(failed("ls: invalid option -- 'Z'\nTry 'ls --help' for more information.\n", 2), shell.run("ls -Z"));
    }

    @Test
    void lsOnATerminalUsesColumns() {
        assertEquals("bin   dev  home  lib64  mnt  proc  run   srv  tmp  var\n"
                + "boot  etc  lib   media  opt  root  sbin  sys  usr\n", Columns.layout(
                java.util.List.of("bin", "boot", "dev", "etc", "home", "lib", "lib64", "media", "mnt", "opt", "proc",
                        "root", "run", "sbin", "srv", "sys", "tmp", "usr", "var"), 80));
        assertEquals("a\nb\n", Columns.layout(java.util.List.of("a", "b"), 2));
    }

    @Test
    void lsLongShowsModeOwnerSizeAndTime() {
        shell.out("echo hello > note");
        shell.out("mkdir dir");
        assertEquals("total 8\n"
                + "drwxrwxr-x. 2 ec2-user ec2-user 4096 Jan 15 10:00 dir\n"
                + "-rw-rw-r--. 1 ec2-user ec2-user    6 Jan 15 10:00 note\n", shell.out("ls -l"));
        assertEquals("drwxrwxrwt. 2 root root 4096 Jan 15 10:00 /tmp\n", shell.out("ls -ld /tmp"));
        assertEquals("-rw-------. 1 ec2-user ec2-user 149 Jan 15 10:00 .ssh/authorized_keys\n".replace("149",
                String.valueOf(TestInstances.KEY.length() + 1)), shell.out("ls -l .ssh/authorized_keys"));
        Shell ubuntu = Shell.exec(TestInstances.ubuntu());
        assertEquals("-rw-r--r-- 1 root root 400 Jan 15 10:00 /etc/os-release\n",
                ubuntu.out("ls -l /etc/os-release"), "no SELinux dot on Ubuntu");
        assertEquals("drwx------ 2 ubuntu ubuntu 4.0K Jan 15 10:00 .ssh\n", ubuntu.out("ls -lhd .ssh"));
    }

    @Test
    void catPrintsFilesAndNamesWhatFails() {
        shell.out("echo one > a; echo two > b");
        assertEquals("one\ntwo\n", shell.out("cat a b"));
        assertEquals(new Shell.Result("one\n", "cat: nofile: No such file or directory\n", 1), shell.run("cat a nofile"));
        assertEquals(failed("cat: /tmp: Is a directory\n", 1), shell.run("cat /tmp"));
        shell.out("sudo touch /root/secret");
        assertEquals(failed("cat: /root/secret: Permission denied\n", 1), shell.run("cat /root/secret"));
        assertEquals(failed("cat: a/x: Not a directory\n", 1), shell.run("cat a/x"));
    }

    @Test
    void echoHandlesItsOptions() {
        assertEquals("a  b\n", shell.out("echo 'a ' b"));
        assertEquals("x", shell.out("echo -n x"));
        assertEquals("a\tb\n", shell.out("echo -e 'a\\tb'"));
        assertEquals("a\\tb\n", shell.out("echo 'a\\tb'"));
        assertEquals("-x y\n", shell.out("echo -x y"));
        assertEquals("\n", shell.out("echo"));
    }

    @Test
    void mkdirMakesDirectories() {
        shell.out("mkdir a");
        assertEquals(failed("mkdir: cannot create directory 'a': File exists\n", 1), shell.run("mkdir a"));
        assertEquals(failed("mkdir: cannot create directory 'x/y': No such file or directory\n", 1),
                shell.run("mkdir x/y"));
        shell.out("mkdir -p x/y/z a");
        assertEquals("z\n", shell.out("ls x/y"));
        assertEquals(failed("mkdir: cannot create directory '/etc/app': Permission denied\n", 1),
                shell.run("mkdir /etc/app"));
        shell.out("sudo mkdir /etc/app");
        assertEquals("drwxr-xr-x. 2 root root 4096 Jan 15 10:00 /etc/app\n", shell.out("ls -ld /etc/app"));
        assertEquals(failed("mkdir: missing operand\nTry 'mkdir --help' for more information.\n", 1), shell.run("mkdir"));
    }

    @Test
    void touchCreatesFiles() {
        shell.out("touch new");
        assertEquals("", shell.out("cat new"));
        assertEquals(failed("touch: cannot touch '/etc/x': Permission denied\n", 1), shell.run("touch /etc/x"));
        assertEquals(failed("touch: cannot touch 'no/x': No such file or directory\n", 1), shell.run("touch no/x"));
        assertEquals(failed("touch: cannot touch '/etc/os-release': Permission denied\n", 1),
                shell.run("touch /etc/os-release"));
        assertEquals(failed("touch: missing file operand\nTry 'touch --help' for more information.\n", 1),
                shell.run("touch"));
        shell.out("sudo touch /etc/x");
        assertEquals("/etc/x\n", shell.out("ls /etc/x"));
    }

    @Test
    void rmRemovesFilesAndWithRDirectories() {
        shell.out("touch f; mkdir d; touch d/inner");
        shell.out("rm f");
        assertEquals(failed("rm: cannot remove 'f': No such file or directory\n", 1), shell.run("rm f"));
        assertEquals("", shell.out("rm -f f"));
        assertEquals(failed("rm: cannot remove 'd': Is a directory\n", 1), shell.run("rm d"));
        shell.out("rm -r d");
        assertEquals("", shell.out("ls"));
        assertEquals(failed("rm: cannot remove '/etc/os-release': Permission denied\n", 1),
                shell.run("rm /etc/os-release"));
        assertEquals(failed("rm: missing operand\nTry 'rm --help' for more information.\n", 1), shell.run("rm"));
        assertEquals(failed("rm: it is dangerous to operate recursively on '/'\n"
                + "rm: use --no-preserve-root to override this failsafe\n", 1), shell.run("sudo rm -rf /"));
        assertEquals(failed("rm: refusing to remove '.' or '..' directory: skipping '.'\n", 1), shell.run("rm -r ."));
        shell.out("sudo rm /etc/os-release");
        assertEquals(1, shell.run("cat /etc/os-release").status());
    }

    @Test
    void cpCopiesFilesAndWithRDirectories() {
        shell.out("echo data > a; mkdir d");
        shell.out("cp a b; cp a d");
        assertEquals("data\ndata\n", shell.out("cat b d/a"));
        assertEquals(failed("cp: cannot stat 'nope': No such file or directory\n", 1), shell.run("cp nope x"));
        assertEquals(failed("cp: -r not specified; omitting directory 'd'\n", 1), shell.run("cp d e"));
        shell.out("cp -r d e");
        assertEquals("a\n", shell.out("ls e"));
        assertEquals(failed("cp: cannot create regular file '/etc/a': Permission denied\n", 1), shell.run("cp a /etc"));
        assertEquals(failed("cp: missing file operand\nTry 'cp --help' for more information.\n", 1), shell.run("cp"));
        assertEquals(failed("cp: missing destination file operand after 'a'\nTry 'cp --help' for more information.\n",
                1), shell.run("cp a"));
        assertEquals(failed("cp: target 'b' is not a directory\n", 1), shell.run("cp a d b"));
        assertEquals(failed("cp: 'a' and 'a' are the same file\n", 1), shell.run("cp a a"));
        shell.out("sudo cp /etc/os-release /etc/os-release.bak");
        assertEquals(shell.out("cat /etc/os-release"), shell.out("cat /etc/os-release.bak"));
    }

    @Test
    void mvMovesAndRenames() {
        shell.out("echo data > a; mkdir d");
        shell.out("mv a b");
        assertEquals("b\nd\n", shell.out("ls"));
        shell.out("mv b d");
        assertEquals("data\n", shell.out("cat d/b"));
        shell.out("mv d e");
        assertEquals("data\n", shell.out("cat e/b"));
        assertEquals(failed("mv: cannot stat 'a': No such file or directory\n", 1), shell.run("mv a z"));
        assertEquals(failed("mv: cannot move 'e' to '/etc/e': Permission denied\n", 1), shell.run("mv e /etc"));
        assertEquals(failed("mv: cannot move 'e' to a subdirectory of itself, 'e/e'\n", 1), shell.run("mv e e"));
        shell.out("sudo mv e /etc");
        assertEquals("data\n", shell.out("cat /etc/e/b"));
    }

    @Test
    void userMayWriteInHomeAndTmpOnly() {
        shell.out("echo x > /tmp/t");
        assertEquals("x\n", shell.out("cat /tmp/t"));
        assertEquals(failed("touch: cannot touch '/var/log/app.log': Permission denied\n", 1),
                shell.run("touch /var/log/app.log"));
        shell.out("sudo touch /tmp/roots");
        assertEquals(failed("rm: cannot remove '/tmp/roots': Permission denied\n", 1), shell.run("rm /tmp/roots"),
                "/tmp is sticky: root's file there is not the user's to remove");
    }
}
