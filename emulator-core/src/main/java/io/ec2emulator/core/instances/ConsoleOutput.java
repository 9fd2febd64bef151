package io.ec2emulator.core.instances;

import io.ec2emulator.core.images.Image;
import io.ec2emulator.core.keypairs.HostKeys;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * What GetConsoleOutput shows: a plausible boot log for every boot so far. cloud-init runs the user
 * data at the first boot only, as on EC2; later boots say the script already ran.
 */
final class ConsoleOutput {

    private ConsoleOutput() {
    }

    static String text(Instance instance, Image image) {
        if (instance.bootCount() == 0) {
            return "";
        }
        StringBuilder log = new StringBuilder();
        boolean windows = "windows".equals(instance.platform());
        String os = image == null || image.osRelease() == null ? "Linux" : image.osRelease().prettyName();
        String hostKeys = windows ? "" : hostKeys(instance);
        for (int boot = 1; boot <= instance.bootCount(); boot++) {
            if (windows) {
                log.append("Windows is booting (boot ").append(boot).append(")\r\n")
                        .append("Message: Windows is Ready to use\r\n");
                continue;
            }
            log.append("[    0.000000] Linux version 6.1.0 (builder@ec2) #1 SMP ").append(os).append('\n')
                    .append("[    0.000000] Command line: root=").append(instance.rootDeviceName()).append(" ro console=ttyS0\n")
                    .append("[    1.204512] EXT4-fs (").append(shortDevice(instance.rootDeviceName()))
                    .append("): mounted filesystem with ordered data mode\n")
                    .append("Cloud-init v. 22.2.2 running 'init' at boot ").append(boot).append(". Up 5.12 seconds.\n")
                    .append("ci-info: ++++++++++++++++++++++Net device info+++++++++++++++++++++++\n")
                    .append("ci-info: | eth0 | True | ").append(instance.privateIpAddress()).append(" | ")
                    .append(instance.macAddress()).append(" |\n");
            if (instance.userData() != null && !instance.userData().isEmpty()) {
                if (boot == 1) {
                    log.append("Cloud-init v. 22.2.2 running 'modules:final'. Up 9.80 seconds.\n")
                            .append("[INFO] running user data script /var/lib/cloud/instance/scripts/part-001\n")
                            .append("[INFO] user data script finished\n");
                } else {
                    log.append("Cloud-init v. 22.2.2 running 'modules:final'. Up 9.80 seconds.\n")
                            .append("[INFO] user data already ran at first boot; scripts-user skipped (frequency once-per-instance)\n");
                }
            }
            log.append(hostKeys);
            log.append("Cloud-init v. 22.2.2 finished. Datasource DataSourceEc2Local. Up 10.20 seconds\n");
        }
        return log.toString();
    }

    /** cloud-init's keys-to-console module, printed at every boot: the host key fingerprints, then the public keys. */
    private static String hostKeys(Instance instance) {
        if (instance.hostKeySeed() == null) {
            return "";
        }
        StringBuilder log = new StringBuilder();
        List<HostKeys.HostKey> keys = HostKeys.fromSeed(instance.hostKeySeed()).keys();
        String owner = "root@" + (instance.privateDnsName() == null ? "localhost" : instance.privateDnsName());
        log.append("ec2: #############################################################\n")
                .append("ec2: -----BEGIN SSH HOST KEY FINGERPRINTS-----\n");
        for (HostKeys.HostKey key : keys) {
            log.append("ec2: ").append(key.bits()).append(' ').append(key.fingerprint()).append(' ').append(owner)
                    .append(" (").append(key.label()).append(")\n");
        }
        log.append("ec2: -----END SSH HOST KEY FINGERPRINTS-----\n")
                .append("ec2: #############################################################\n")
                .append("-----BEGIN SSH HOST KEY KEYS-----\n");
        for (HostKeys.HostKey key : keys) {
            log.append(key.publicKeyLine()).append(' ').append(owner).append('\n');
        }
        log.append("-----END SSH HOST KEY KEYS-----\n");
        return log.toString();
    }

    static String base64(Instance instance, Image image) {
        String text = text(instance, image);
        return text.isEmpty() ? null : Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String shortDevice(String device) {
        return device == null ? "xvda1" : device.replace("/dev/", "") + "1";
    }
}
