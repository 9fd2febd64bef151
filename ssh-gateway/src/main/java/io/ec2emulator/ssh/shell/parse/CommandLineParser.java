package io.ec2emulator.ssh.shell.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command line the way bash does for simple commands: words with {@code 'single'} and
 * {@code "double"} quotes and backslashes, {@code #} comments, commands joined by {@code ;}, {@code &&}
 * and {@code ||}, and output redirections. Pipes, background jobs, subshells and input redirection
 * are refused with a message saying the emulated shell does not support them.
 */
public final class CommandLineParser {

    private final String line;
    private int at;
    private final List<Step> steps = new ArrayList<>();
    private List<Word> words = new ArrayList<>();
    private List<Redirect> redirects = new ArrayList<>();
    private Step.When when = Step.When.ALWAYS;

    private CommandLineParser(String line) {
        this.line = line;
    }

    public static List<Step> parse(String line) throws SyntaxError {
        return new CommandLineParser(line).steps();
    }

    private List<Step> steps() throws SyntaxError {
        while (true) {
            skipBlanks();
            if (at >= line.length() || line.charAt(at) == '#') {
                break;
            }
            char c = line.charAt(at);
            if (c == ';' || c == '\n') {
                at++;
                endStep(c == ';' ? ";" : null, Step.When.ALWAYS);
            } else if (line.startsWith("&&", at)) {
                at += 2;
                endStep("&&", Step.When.IF_SUCCEEDED);
            } else if (line.startsWith("||", at)) {
                at += 2;
                endStep("||", Step.When.IF_FAILED);
            } else if (c == '|' || c == '&' || c == '<' || c == '(' || c == ')' || c == '`') {
                throw new SyntaxError("the emulated shell does not support `" + c + "'");
            } else if (redirectAhead()) {
                redirect();
            } else {
                words.add(word());
            }
        }
        if (!words.isEmpty() || !redirects.isEmpty()) {
            steps.add(new Step(words, redirects, when));
        } else if (when != Step.When.ALWAYS) {
            throw new SyntaxError("syntax error: unexpected end of file");
        }
        return steps;
    }

    /** Ends the current command at an operator; an operator with no command before it is bash's syntax error. */
    private void endStep(String operator, Step.When next) throws SyntaxError {
        if (words.isEmpty() && redirects.isEmpty()) {
            if (operator == null && when == Step.When.ALWAYS) {
                return;
            }
            throw new SyntaxError("syntax error near unexpected token `" + (operator == null ? "newline" : operator) + "'");
        }
        steps.add(new Step(words, redirects, when));
        words = new ArrayList<>();
        redirects = new ArrayList<>();
        when = next;
    }

    private boolean redirectAhead() {
        return line.charAt(at) == '>' || line.startsWith("2>", at);
    }

    private void redirect() throws SyntaxError {
        int stream = 1;
        if (line.charAt(at) == '2') {
            stream = 2;
            at++;
        }
        at++;
        boolean append = at < line.length() && line.charAt(at) == '>';
        if (append) {
            at++;
        }
        skipBlanks();
        if (at >= line.length() || ";&|<>\n#".indexOf(line.charAt(at)) >= 0) {
            String token = at >= line.length() || line.charAt(at) == '\n' || line.charAt(at) == '#' ? "newline"
                    : String.valueOf(line.charAt(at));
            throw new SyntaxError("syntax error near unexpected token `" + token + "'");
        }
        redirects.add(new Redirect(stream, append, word()));
    }

    private Word word() throws SyntaxError {
        List<Word.Piece> pieces = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        while (at < line.length()) {
            char c = line.charAt(at);
            if (Character.isWhitespace(c) || ";&|<>()`".indexOf(c) >= 0) {
                break;
            }
            if (c == '\'' || c == '"' || c == '\\') {
                flush(plain, pieces);
            }
            if (c == '\'') {
                int end = line.indexOf('\'', at + 1);
                if (end < 0) {
                    throw new SyntaxError("unexpected EOF while looking for matching `''");
                }
                pieces.add(new Word.Piece(line.substring(at + 1, end), Word.Quoting.SINGLE));
                at = end + 1;
            } else if (c == '"') {
                doubleQuoted(pieces);
            } else if (c == '\\') {
                at++;
                if (at < line.length() && line.charAt(at) != '\n') {
                    pieces.add(new Word.Piece(String.valueOf(line.charAt(at)), Word.Quoting.SINGLE));
                }
                at++;
            } else {
                plain.append(c);
                at++;
            }
        }
        flush(plain, pieces);
        return new Word(pieces);
    }

    /**
     * Adds the pieces of a double-quoted string: {@code \$ \" \\ \`} stand for the character itself
     * ({@code \$} as a piece that does not expand); {@code at} ends after the closing quote.
     */
    private void doubleQuoted(List<Word.Piece> pieces) throws SyntaxError {
        StringBuilder text = new StringBuilder();
        at++;
        while (at < line.length() && line.charAt(at) != '"') {
            char c = line.charAt(at);
            if (c == '\\' && at + 1 < line.length() && "$\"\\`\n".indexOf(line.charAt(at + 1)) >= 0) {
                char escaped = line.charAt(at + 1);
                if (escaped == '$') {
                    pieces.add(new Word.Piece(text.toString(), Word.Quoting.DOUBLE));
                    pieces.add(new Word.Piece("$", Word.Quoting.SINGLE));
                    text.setLength(0);
                } else if (escaped != '\n') {
                    text.append(escaped);
                }
                at += 2;
            } else {
                text.append(c);
                at++;
            }
        }
        if (at >= line.length()) {
            throw new SyntaxError("unexpected EOF while looking for matching `\"'");
        }
        at++;
        pieces.add(new Word.Piece(text.toString(), Word.Quoting.DOUBLE));
    }

    private static void flush(StringBuilder plain, List<Word.Piece> pieces) {
        if (plain.length() > 0) {
            pieces.add(new Word.Piece(plain.toString(), Word.Quoting.NONE));
            plain.setLength(0);
        }
    }

    private void skipBlanks() {
        while (at < line.length() && line.charAt(at) != '\n' && Character.isWhitespace(line.charAt(at))) {
            at++;
        }
    }
}
