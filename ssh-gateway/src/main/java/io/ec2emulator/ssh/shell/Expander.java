package io.ec2emulator.ssh.shell;

import io.ec2emulator.ssh.shell.parse.Word;

/**
 * Turns a typed word into the argument a command receives: {@code ~} at the start of an unquoted word
 * becomes the home directory, {@code $NAME}, {@code ${NAME}} and {@code $?} outside single quotes become
 * their values (empty when unset). Unlike bash, unquoted values are not split at spaces and
 * {@code *}/{@code ?} patterns are not matched against file names.
 */
public final class Expander {

    private final ShellSession session;

    public Expander(ShellSession session) {
        this.session = session;
    }

    public String expand(Word word) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < word.pieces().size(); i++) {
            Word.Piece piece = word.pieces().get(i);
            String value = piece.text();
            if (piece.quoting() == Word.Quoting.SINGLE) {
                text.append(value);
                continue;
            }
            if (i == 0 && piece.quoting() == Word.Quoting.NONE && value.startsWith("~")
                    && (value.length() == 1 || value.charAt(1) == '/')) {
                value = session.home() + value.substring(1);
            }
            text.append(variables(value));
        }
        return text.toString();
    }

    private String variables(String text) {
        StringBuilder result = new StringBuilder();
        int at = 0;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c != '$' || at + 1 >= text.length()) {
                result.append(c);
                at++;
                continue;
            }
            char next = text.charAt(at + 1);
            if (next == '?') {
                result.append(session.lastStatus());
                at += 2;
            } else if (next == '{' && text.indexOf('}', at) > 0) {
                int end = text.indexOf('}', at);
                result.append(valueOf(text.substring(at + 2, end)));
                at = end + 1;
            } else if (Character.isLetter(next) || next == '_') {
                int end = at + 1;
                while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
                    end++;
                }
                result.append(valueOf(text.substring(at + 1, end)));
                at = end;
            } else {
                result.append(c);
                at++;
            }
        }
        return result.toString();
    }

    private String valueOf(String name) {
        String value = session.variable(name);
        return value == null ? "" : value;
    }
}
