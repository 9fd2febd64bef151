package io.ec2emulator.ssh.shell;

import io.ec2emulator.ssh.shell.parse.Word;
import java.util.List;

/**
 * Turns a typed word into the argument a command receives: {@code ~} at the start of an unquoted word
 * becomes the home directory, {@code $NAME}, {@code ${NAME}} and {@code $?} outside single quotes become
 * their values (empty when unset), and unquoted {@code *}, {@code ?}, {@code [...]} match file names
 * ({@link Glob}). Unlike bash, unquoted values are not split at spaces.
 */
public final class Expander {

    private final ShellSession session;

    public Expander(ShellSession session) {
        this.session = session;
    }

    /** The word's text, without matching file names. */
    public String expand(Word word) {
        return Glob.literal(pattern(word));
    }

    /** The arguments a word gives: its text, or the file names it matches. */
    public List<String> expand(Word word, VirtualFileSystem files, Access access) {
        return Glob.expand(pattern(word), session.cwd(), files, access);
    }

    /** The word's text with every character that must match itself (quoted, from a value) escaped. */
    private String pattern(Word word) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < word.pieces().size(); i++) {
            Word.Piece piece = word.pieces().get(i);
            String value = piece.text();
            if (piece.quoting() == Word.Quoting.SINGLE) {
                text.append(escaped(value));
                continue;
            }
            if (i == 0 && piece.quoting() == Word.Quoting.NONE && value.startsWith("~")
                    && (value.length() == 1 || value.charAt(1) == '/')) {
                text.append(escaped(session.home()));
                value = value.substring(1);
            }
            text.append(variables(value, piece.quoting() == Word.Quoting.NONE));
        }
        return text.toString();
    }

    private static String escaped(String text) {
        StringBuilder result = new StringBuilder();
        for (char c : text.toCharArray()) {
            result.append('\\').append(c);
        }
        return result.toString();
    }

    /** Expands the variables of {@code text}; their values always match themselves, the rest if quoted. */
    private String variables(String text, boolean unquoted) {
        StringBuilder result = new StringBuilder();
        int at = 0;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c != '$' || at + 1 >= text.length()) {
                result.append(unquoted ? String.valueOf(c) : escaped(String.valueOf(c)));
                at++;
                continue;
            }
            char next = text.charAt(at + 1);
            if (next == '?') {
                result.append(session.lastStatus());
                at += 2;
            } else if (next == '{' && text.indexOf('}', at) > 0) {
                int end = text.indexOf('}', at);
                result.append(escaped(valueOf(text.substring(at + 2, end))));
                at = end + 1;
            } else if (Character.isLetter(next) || next == '_') {
                int end = at + 1;
                while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
                    end++;
                }
                result.append(escaped(valueOf(text.substring(at + 1, end))));
                at = end;
            } else {
                result.append(unquoted ? "$" : "\\$");
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
