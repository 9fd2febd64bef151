package io.ec2emulator.server;

import io.ec2emulator.ssh.SshGatewayOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The SSH gateway's settings: {@code --ssh-port N|off}, {@code --ssh-bind ADDRESS}, {@code --client-ip IPv4}
 * and {@code --ssh-dropped-timeout DURATION}, or their {@code EC2_EMULATOR_*} variables (a flag wins).
 *
 * @param gateway   the gateway's options, or null when it is off
 * @param otherArgs the command line without these options, for {@link ServerConfig}
 */
record SshOption(SshGatewayOptions gateway, String[] otherArgs) {

    private static final Map<String, String> FLAG_TO_VARIABLE = Map.of(
            "--ssh-port", "EC2_EMULATOR_SSH_PORT",
            "--ssh-bind", "EC2_EMULATOR_SSH_BIND",
            "--client-ip", "EC2_EMULATOR_CLIENT_IP",
            "--ssh-dropped-timeout", "EC2_EMULATOR_SSH_DROPPED_TIMEOUT");

    static SshOption from(String[] args, Map<String, String> env) {
        Map<String, String> values = new java.util.HashMap<>();
        Map<String, String> sources = new java.util.HashMap<>();
        FLAG_TO_VARIABLE.forEach((flag, variable) -> {
            if (env.containsKey(variable)) {
                values.put(flag, env.get(variable));
                sources.put(flag, variable);
            }
        });
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            int eq = arg.indexOf('=');
            String name = arg.startsWith("--") && eq > 0 ? arg.substring(0, eq) : arg;
            if (!FLAG_TO_VARIABLE.containsKey(name)) {
                rest.add(arg);
                continue;
            }
            String value = eq > 0 ? arg.substring(eq + 1) : null;
            if (value == null) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(name + " needs a value");
                }
                value = args[++i];
            }
            values.put(name, value);
            sources.put(name, name);
        }
        String[] others = rest.toArray(String[]::new);
        String port = values.getOrDefault("--ssh-port", String.valueOf(SshGatewayOptions.DEFAULT_PORT)).trim();
        if (port.equals("off")) {
            return new SshOption(null, others);
        }
        SshGatewayOptions defaults = SshGatewayOptions.defaults();
        try {
            return new SshOption(new SshGatewayOptions(
                    values.getOrDefault("--ssh-bind", defaults.bindAddress()),
                    port(port, sources.get("--ssh-port")),
                    values.getOrDefault("--client-ip", defaults.clientAddress()).trim(),
                    values.containsKey("--ssh-dropped-timeout")
                            ? duration(values.get("--ssh-dropped-timeout"), sources.get("--ssh-dropped-timeout"))
                            : defaults.droppedTimeout()), others);
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("client address")) {
                throw new IllegalArgumentException(sources.get("--client-ip") + " must be an IPv4 address such as "
                        + SshGatewayOptions.DEFAULT_CLIENT_ADDRESS + ", not '" + values.get("--client-ip") + "'");
            }
            throw e;
        }
    }

    private static int port(String text, String source) {
        try {
            int port = Integer.parseInt(text);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new IllegalArgumentException(source + " must be a port number from 0 to 65535 or off, not '" + text + "'");
    }

    private static Duration duration(String text, String source) {
        return DurationText.parse(text, source, "0, 500ms, 20s or 2m");
    }
}
