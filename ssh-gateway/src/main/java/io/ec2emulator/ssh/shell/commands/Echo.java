package io.ec2emulator.ssh.shell.commands;

import io.ec2emulator.ssh.shell.Invocation;
import io.ec2emulator.ssh.shell.ShellCommand;
import java.util.List;

/** {@code echo [-neE] [text…]}: its arguments, separated by spaces; {@code -e} interprets backslash escapes. */
public final class Echo implements ShellCommand {

    @Override
    public int run(Invocation call) {
        List<String> args = call.args();
        boolean newline = true;
        boolean escapes = false;
        int first = 0;
        while (first < args.size() && args.get(first).matches("-[neE]+")) {
            for (char c : args.get(first).substring(1).toCharArray()) {
                newline &= c != 'n';
                escapes = c == 'e' || escapes && c != 'E';
            }
            first++;
        }
        String text = String.join(" ", args.subList(first, args.size()));
        if (escapes) {
            int stop = text.indexOf("\\c");
            if (stop >= 0) {
                text = text.substring(0, stop);
                newline = false;
            }
            text = unescape(text);
        }
        call.out().append(text);
        if (newline) {
            call.out().append('\n');
        }
        return 0;
    }

    private static String unescape(String text) {
        StringBuilder result = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 == text.length()) {
                result.append(c);
                continue;
            }
            char next = text.charAt(++i);
            int at = "abefnrtv\\".indexOf(next);
            if (at >= 0) {
                result.append("\u0007\b\u001b\f\n\r\t\u000b\\".charAt(at));
            } else {
                result.append('\\').append(next);
            }
        }
        return result.toString();
    }
}
