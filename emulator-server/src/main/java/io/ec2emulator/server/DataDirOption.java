package io.ec2emulator.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code --data-dir DIR} (or {@code EC2_EMULATOR_DATA_DIR}; the flag wins): where the emulator keeps
 * its state across restarts. Without it the state lives in memory only.
 *
 * @param dataDir   the data directory, or null for memory only
 * @param otherArgs the command line without the option, for {@link ServerConfig}
 */
record DataDirOption(Path dataDir, String[] otherArgs) {

    static final String FLAG = "--data-dir";
    static final String VARIABLE = "EC2_EMULATOR_DATA_DIR";

    static DataDirOption from(String[] args, Map<String, String> env) {
        String value = env.get(VARIABLE);
        String source = VARIABLE;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals(FLAG)) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(FLAG + " needs a value");
                }
                value = args[++i];
                source = FLAG;
            } else if (arg.startsWith(FLAG + "=")) {
                value = arg.substring(FLAG.length() + 1);
                source = FLAG;
            } else {
                rest.add(arg);
            }
        }
        if (value != null && value.isBlank()) {
            throw new IllegalArgumentException(source + " must name a directory");
        }
        return new DataDirOption(value == null ? null : Path.of(value), rest.toArray(String[]::new));
    }
}
