package io.ec2emulator.ssh.shell;

/** What {@code uname} reports about the kernel, from the profile's templates. */
public final class KernelNames {

    private KernelNames() {
    }

    /** {@code uname -r}, for example {@code 6.1.158-178.288.amzn2023.x86_64}. */
    public static String release(OsProfile profile, InstanceContext context) {
        String debianArch = context.machine().equals("aarch64") ? "arm64" : "amd64";
        return profile.kernelRelease().replace("{machine}", context.machine()).replace("{debarch}", debianArch);
    }

    /** {@code uname -p} and {@code -i}: the machine, or {@code unknown} where the distribution does not patch uname. */
    public static String processor(OsProfile profile, InstanceContext context) {
        return profile.knowsProcessor() ? context.machine() : "unknown";
    }

    /** What {@code hostname} and {@code uname -n} print. */
    public static String hostname(OsProfile profile, InstanceContext context) {
        return profile.fullHostname() ? context.fullHostname() : context.shortHostname();
    }
}
