package io.ec2emulator.ssh.shell;

import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code ${NAME}} values the shell's data files may use, for one instance. */
final class TemplateValues {

    private TemplateValues() {
    }

    static String fill(String template, InstanceContext context) {
        OsProfile profile = OsProfiles.of(context.osRelease());
        Map<String, String> values = new LinkedHashMap<>();
        values.put("ID", context.osRelease().id());
        values.put("VERSION_ID", context.osRelease().versionId());
        values.put("PRETTY_NAME", context.osRelease().prettyName());
        values.put("KERNEL_RELEASE", KernelNames.release(profile, context));
        values.put("MACHINE", context.machine());
        String text = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            text = text.replace("${" + value.getKey() + "}", value.getValue());
        }
        return text;
    }
}
