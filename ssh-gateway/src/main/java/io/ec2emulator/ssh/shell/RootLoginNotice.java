package io.ec2emulator.ssh.shell;

/**
 * What the images answer a login as {@code root}: their {@code authorized_keys} for root runs
 * {@code echo 'Please login as the user "ec2-user" rather than the user "root".';echo;sleep 10;exit 142}.
 * The emulator prints the same (without the ten-second pause) and ends with status 142.
 */
public final class RootLoginNotice {

    /** The status the session ends with. */
    public static final int EXIT_STATUS = 142;

    private RootLoginNotice() {
    }

    /** Whether a login as {@code loginUser} gets the notice instead of a shell. */
    public static boolean applies(InstanceContext context) {
        return context.loginUser().equals("root") && !context.osUser().equals("root");
    }

    /** The notice, ending with the blank line. */
    public static String text(InstanceContext context) {
        return "Please login as the user \"" + context.osUser() + "\" rather than the user \"root\".\n\n";
    }
}
