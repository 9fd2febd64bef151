package io.ec2emulator.ssh.shell;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A command's short options ({@code -la}, {@code -r -f}) and its operands, split as GNU getopt does
 * (options may follow operands; {@code --} ends them).
 */
public final class Options {

    private final Set<Character> flags;
    private final List<String> operands;

    private Options(Set<Character> flags, List<String> operands) {
        this.flags = flags;
        this.operands = operands;
    }

    /**
     * Splits the invocation's arguments; with an option outside {@code allowed}, prints coreutils'
     * message and returns null (the command then exits with status {@code 1}, or its own usage status).
     */
    public static Options parse(Invocation call, String allowed) {
        Set<Character> flags = new HashSet<>();
        List<String> operands = new ArrayList<>();
        boolean optionsEnded = false;
        for (String arg : call.args()) {
            if (optionsEnded || arg.equals("-") || !arg.startsWith("-")) {
                operands.add(arg);
            } else if (arg.equals("--")) {
                optionsEnded = true;
            } else if (arg.startsWith("--")) {
                call.usage("unrecognized option '" + arg + "'");
                return null;
            } else {
                for (char c : arg.substring(1).toCharArray()) {
                    if (allowed.indexOf(c) < 0) {
                        call.usage("invalid option -- '" + c + "'");
                        return null;
                    }
                    flags.add(c);
                }
            }
        }
        return new Options(flags, operands);
    }

    public boolean has(char flag) {
        return flags.contains(flag);
    }

    public List<String> operands() {
        return operands;
    }
}
