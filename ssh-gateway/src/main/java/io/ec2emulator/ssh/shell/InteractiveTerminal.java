package io.ec2emulator.ssh.shell;

/**
 * The line editing of an interactive shell on a terminal (a PTY): echoes what is typed, handles
 * backspace, Ctrl-C, Ctrl-U and Ctrl-D, runs a line at Enter and prints the prompt again. Output uses
 * {@code \r\n}, as a terminal in raw mode needs. Cursor keys and Tab are ignored (no history, no
 * completion). Standard output and error share the terminal, in the order they are written. Free of SSH types: {@link #feed} takes what the client sent and returns what to send back.
 */
public final class InteractiveTerminal {

    private static final char CTRL_C = 3;
    private static final char CTRL_D = 4;
    private static final char CTRL_U = 21;
    private static final char ESC = 27;
    private static final char DEL = 127;

    private final Interpreter interpreter;
    private volatile int columns;
    private final StringBuilder line = new StringBuilder();
    private boolean lastWasCarriageReturn;
    private int escapeState;

    /** @param columns the terminal's width (for {@code ls}) */
    public InteractiveTerminal(Interpreter interpreter, int columns) {
        this.interpreter = interpreter;
        this.columns = columns > 0 ? columns : 80;
    }

    /** The terminal's new width (the client's window changed). */
    public void resize(int newColumns) {
        if (newColumns > 0) {
            columns = newColumns;
        }
    }

    /** What the session shows first: the login banner and the prompt. */
    public String start() {
        return crlf(LoginBanner.of(interpreter.session().context())) + Prompt.of(interpreter.session());
    }

    /** Whether {@code exit} or Ctrl-D ended the session. */
    public boolean closed() {
        return interpreter.session().exited();
    }

    /** Handles typed characters; returns the terminal output they cause. */
    public String feed(CharSequence typed) {
        StringBuilder output = new StringBuilder();
        for (int i = 0; i < typed.length() && !closed(); i++) {
            handle(typed.charAt(i), output);
        }
        return output.toString();
    }

    private void handle(char c, StringBuilder output) {
        boolean afterCarriageReturn = lastWasCarriageReturn;
        lastWasCarriageReturn = c == '\r';
        if (escapeState > 0) {
            skipEscapeSequence(c);
            return;
        }
        switch (c) {
            case '\r' -> enter(output);
            case '\n' -> {
                if (!afterCarriageReturn) {
                    enter(output);
                }
            }
            case DEL, '\b' -> {
                if (line.length() > 0) {
                    line.setLength(line.length() - 1);
                    output.append("\b \b");
                }
            }
            case CTRL_C -> {
                line.setLength(0);
                interpreter.session().lastStatus(130);
                output.append("^C\r\n").append(Prompt.of(interpreter.session()));
            }
            case CTRL_U -> {
                output.append("\b \b".repeat(line.length()));
                line.setLength(0);
            }
            case CTRL_D -> {
                if (line.length() == 0) {
                    output.append("logout\r\n");
                    interpreter.session().exit(interpreter.session().lastStatus());
                }
            }
            case ESC -> escapeState = 1;
            default -> {
                if (c >= ' ') {
                    line.append(c);
                    output.append(c);
                }
            }
        }
    }

    /** Swallows {@code ESC [ … letter} and {@code ESC O letter} (cursor and function keys). */
    private void skipEscapeSequence(char c) {
        if (escapeState == 1) {
            escapeState = c == '[' || c == 'O' ? 2 : 0;
        } else if (Character.isLetter(c) || c == '~') {
            escapeState = 0;
        }
    }

    private void enter(StringBuilder output) {
        output.append("\r\n");
        String command = line.toString();
        line.setLength(0);
        if (!command.isBlank()) {
            StringBuilder both = new StringBuilder();
            interpreter.run(command, both, both, columns);
            output.append(crlf(both.toString()));
        }
        if (!closed()) {
            output.append(Prompt.of(interpreter.session()));
        }
    }

    /** Terminal line ends: {@code \n} becomes {@code \r\n}. */
    public static String crlf(String text) {
        return text.replace("\r\n", "\n").replace("\n", "\r\n");
    }
}
