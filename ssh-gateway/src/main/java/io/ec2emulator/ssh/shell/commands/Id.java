package io.ec2emulator.ssh.shell.commands;

import io.ec2emulator.ssh.shell.Invocation;
import io.ec2emulator.ssh.shell.OsProfile;
import io.ec2emulator.ssh.shell.Options;
import io.ec2emulator.ssh.shell.ShellCommand;

/** {@code id [user]}: uid, gid and groups of the default user or of root, as the image defines them. */
public final class Id implements ShellCommand {

    private static final String SELINUX_CONTEXT = " context=unconfined_u:unconfined_r:unconfined_t:s0-s0:c0.c1023";

    @Override
    public int run(Invocation call) {
        Options options = Options.parse(call, "");
        if (options == null) {
            return 1;
        }
        if (options.operands().size() > 1) {
            return call.usage("extra operand " + Invocation.quote(options.operands().get(1)));
        }
        String user = options.operands().isEmpty() ? call.user() : options.operands().get(0);
        String defaultUser = call.context().osUser();
        OsProfile profile = call.profile();
        String line;
        if (user.equals("root")) {
            line = "uid=0(root) gid=0(root) groups=0(root)";
        } else if (user.equals(defaultUser)) {
            String group = profile.userGroup().replace("{user}", user);
            line = "uid=" + profile.uid() + "(" + user + ") gid=" + group + " groups=" + group
                    + (profile.extraGroups().isEmpty() ? "" : "," + profile.extraGroups());
        } else {
            return call.fail(1, Invocation.quote(user) + ": no such user");
        }
        boolean ownIdentity = options.operands().isEmpty();
        call.println(line + (profile.selinux() && ownIdentity ? SELINUX_CONTEXT : ""));
        return 0;
    }
}
