package io.ec2emulator.ssh.shell.commands;

import io.ec2emulator.ssh.shell.Invocation;
import io.ec2emulator.ssh.shell.ShellCommand;
import io.ec2emulator.ssh.shell.ShellSession;

/**
 * {@code exit [n]}, a bash builtin: ends the shell with status {@code n} (the last status without it): the
 * session, or the root shell {@code sudo -i} started.
 */
public final class Exit implements ShellCommand {

    @Override
    public int run(Invocation call) {
        ShellSession session = call.session();
        if (session.mode() == ShellSession.Mode.INTERACTIVE) {
            call.err().append(session.loginShell() ? "logout\n" : "exit\n");
        }
        if (call.args().size() > 1 && call.args().get(0).matches("[+-]?[0-9]{1,18}")) {
            return call.builtinFail(1, "too many arguments");
        }
        if (call.args().isEmpty()) {
            session.exit(session.lastStatus());
            return session.lastStatus();
        }
        String arg = call.args().get(0);
        if (!arg.matches("[+-]?[0-9]{1,18}")) {
            call.builtinFail(2, arg + ": numeric argument required");
            session.exit(2);
            return 2;
        }
        int status = (int) (Long.parseLong(arg) & 0xff);
        session.exit(status);
        return status;
    }

    @Override
    public boolean builtinOnly() {
        return true;
    }
}
