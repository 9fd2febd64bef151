package io.ec2emulator.ssh.shell;

/** The message of the day an interactive login shows, from the profile's {@code motd/} resource (none for some images). */
public final class LoginBanner {

    private LoginBanner() {
    }

    /** The banner text, each line ending in {@code \n}; empty when the image shows none. */
    public static String of(InstanceContext context) {
        OsProfile profile = OsProfiles.of(context.osRelease());
        if (profile.motd() == null) {
            return "";
        }
        return TemplateValues.fill(ShellData.text("motd/" + profile.motd()), context);
    }
}
