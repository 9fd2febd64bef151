package io.ec2emulator.server;

import io.ec2emulator.api.http.ServerOptions;
import io.ec2emulator.core.EmulatorSettings;
import io.ec2emulator.server.logging.LogFormat;
import io.ec2emulator.server.logging.LogLevel;
import io.ec2emulator.server.logging.LogSettings;
import java.util.Map;

/**
 * The emulator's settings, from command-line flags and {@code EC2_EMULATOR_*} environment variables
 * (a flag wins over the variable). Every setting is documented in docs/configuration.md.
 */
public record ServerConfig(ServerOptions http, EmulatorSettings emulator, LogSettings logging) {

    public ServerConfig(ServerOptions http) {
        this(http, EmulatorSettings.defaults());
    }

    public ServerConfig(ServerOptions http, EmulatorSettings emulator) {
        this(http, emulator, LogSettings.defaults());
    }

    /** Reads the configuration; throws {@link IllegalArgumentException} with a message a person can act on. */
    public static ServerConfig from(String[] args, Map<String, String> env) {
        ServerOptions http = ServerOptions.defaults();
        Settings settings = new Settings(EmulatorSettings.defaults());
        for (Map.Entry<String, String> variable : env.entrySet()) {
            String flag = ENV_TO_FLAG.get(variable.getKey());
            if (flag != null) {
                settings.set(flag, variable.getValue(), variable.getKey());
            }
        }
        http = http.withPort(port(env.getOrDefault("EC2_EMULATOR_PORT", String.valueOf(http.port())),
                "EC2_EMULATOR_PORT"));
        http = http.withBindAddress(env.getOrDefault("EC2_EMULATOR_BIND", http.bindAddress()));
        http = http.withDefaultAccountId(account(env.getOrDefault("EC2_EMULATOR_DEFAULT_ACCOUNT",
                http.defaultAccountId()), "EC2_EMULATOR_DEFAULT_ACCOUNT"));
        LogSettings logging = LogSettings.defaults();
        if (env.containsKey("EC2_EMULATOR_LOG_LEVEL")) {
            logging = logging.withLevel(LogLevel.parse(env.get("EC2_EMULATOR_LOG_LEVEL"), "EC2_EMULATOR_LOG_LEVEL"));
        }
        if (env.containsKey("EC2_EMULATOR_LOG_FORMAT")) {
            logging = logging.withFormat(LogFormat.parse(env.get("EC2_EMULATOR_LOG_FORMAT"), "EC2_EMULATOR_LOG_FORMAT"));
        }
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            switch (name) {
                case "--port":
                    http = http.withPort(port(value != null ? value : next(args, ++i, name), name));
                    break;
                case "--bind":
                    http = http.withBindAddress(value != null ? value : next(args, ++i, name));
                    break;
                case "--default-account":
                    http = http.withDefaultAccountId(account(value != null ? value : next(args, ++i, name), name));
                    break;
                case "--log-level":
                    logging = logging.withLevel(LogLevel.parse(value != null ? value : next(args, ++i, name), name));
                    break;
                case "--log-format":
                    logging = logging.withFormat(LogFormat.parse(value != null ? value : next(args, ++i, name), name));
                    break;
                default:
                    if (Settings.FLAGS.contains(name)) {
                        settings.set(name, value != null ? value : next(args, ++i, name), name);
                        break;
                    }
                    throw new IllegalArgumentException("unknown option " + arg
                            + " (options: --port N, --bind ADDRESS, --default-account 123456789012, "
                            + String.join(" DURATION, ", Settings.FLAGS) + " DURATION, --public-ip-pool CIDR, --log-level LEVEL, --log-format text|json,"
                            + " --data-dir DIR, --ssh-port N|off, --ssh-bind ADDRESS, --client-ip IPv4, --ssh-dropped-timeout DURATION;"
                            + " see docs/configuration.md)");
            }
        }
        return new ServerConfig(http, settings.build(), logging);
    }

    private static final Map<String, String> ENV_TO_FLAG = Map.of(
            "EC2_EMULATOR_BOOT_DELAY", "--boot-delay",
            "EC2_EMULATOR_STOP_DELAY", "--stop-delay",
            "EC2_EMULATOR_TERMINATE_DELAY", "--terminate-delay",
            "EC2_EMULATOR_STATUS_CHECK_DELAY", "--status-check-delay",
            "EC2_EMULATOR_TERMINATED_RETENTION", "--terminated-retention",
            "EC2_EMULATOR_IMAGE_DELAY", "--image-delay",
            "EC2_EMULATOR_WINDOWS_PASSWORD_DELAY", "--windows-password-delay",
            "EC2_EMULATOR_PUBLIC_IP_POOL", "--public-ip-pool");

    /** The emulator's transition times and address pool, changed one setting at a time. */
    private static final class Settings {
        static final java.util.List<String> FLAGS = java.util.List.of("--boot-delay", "--stop-delay",
                "--terminate-delay", "--status-check-delay", "--terminated-retention", "--image-delay",
                "--windows-password-delay", "--public-ip-pool");
        private EmulatorSettings current;

        Settings(EmulatorSettings start) {
            current = start;
        }

        void set(String flag, String value, String source) {
            if (flag.equals("--public-ip-pool")) {
                try {
                    new io.ec2emulator.core.network.PublicIpv4Pool(value);
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException(source + " must be an IPv4 CIDR block such as 198.18.0.0/15, not '"
                            + value + "'");
                }
                current = current.withPublicIpPool(value);
                return;
            }
            java.time.Duration d = duration(value, source);
            current = switch (flag) {
                case "--boot-delay" -> current.withBootDelay(d);
                case "--stop-delay" -> current.withStopDelay(d);
                case "--terminate-delay" -> current.withTerminateDelay(d);
                case "--status-check-delay" -> current.withStatusCheckDelay(d);
                case "--terminated-retention" -> current.withTerminatedRetention(d);
                case "--windows-password-delay" -> current.withWindowsPasswordDelay(d);
                default -> current.withImageDelay(d);
            };
        }

        EmulatorSettings build() {
            return current;
        }

        /** {@code 0}, {@code 250ms}, {@code 2s}, {@code 5m}, {@code 1h}. */
        static java.time.Duration duration(String text, String source) {
            return DurationText.parse(text, source, "0, 500ms, 2s, 5m or 1h");
        }
    }

    private static String next(String[] args, int i, String name) {
        if (i >= args.length) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return args[i];
    }

    private static int port(String text, String name) {
        try {
            int port = Integer.parseInt(text.trim());
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a port number from 0 to 65535, not '" + text + "'");
        }
    }

    private static String account(String text, String name) {
        if (!text.matches("\\d{12}")) {
            throw new IllegalArgumentException(name + " must be a 12-digit AWS account id, not '" + text + "'");
        }
        return text;
    }
}
