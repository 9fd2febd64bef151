package io.ec2emulator.server;

import io.ec2emulator.api.http.ServerOptions;
import java.util.Map;

/**
 * The emulator's settings, from command-line flags and {@code EC2_EMULATOR_*} environment variables
 * (a flag wins over the variable). Every setting is documented in docs/configuration.md.
 */
public record ServerConfig(ServerOptions http) {

    /** Reads the configuration; throws {@link IllegalArgumentException} with a message a person can act on. */
    public static ServerConfig from(String[] args, Map<String, String> env) {
        ServerOptions http = ServerOptions.defaults();
        http = http.withPort(port(env.getOrDefault("EC2_EMULATOR_PORT", String.valueOf(http.port())),
                "EC2_EMULATOR_PORT"));
        http = http.withBindAddress(env.getOrDefault("EC2_EMULATOR_BIND", http.bindAddress()));
        http = http.withDefaultAccountId(account(env.getOrDefault("EC2_EMULATOR_DEFAULT_ACCOUNT",
                http.defaultAccountId()), "EC2_EMULATOR_DEFAULT_ACCOUNT"));
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
                default:
                    throw new IllegalArgumentException("unknown option " + arg
                            + " (options: --port N, --bind ADDRESS, --default-account 123456789012)");
            }
        }
        return new ServerConfig(http);
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
