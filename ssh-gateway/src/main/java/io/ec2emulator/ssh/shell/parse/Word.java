package io.ec2emulator.ssh.shell.parse;

import java.util.List;

/** One word of a command line as typed: its pieces, each quoted its own way (expanded when it runs). */
public record Word(List<Piece> pieces) {

    /** How a piece was quoted: unquoted text expands {@code ~} and {@code $}, double quotes only {@code $}. */
    public enum Quoting {
        NONE,
        SINGLE,
        DOUBLE
    }

    /** Text typed with one quoting. */
    public record Piece(String text, Quoting quoting) {
    }

    public Word {
        pieces = List.copyOf(pieces);
    }

    /** The text as typed, without quotes (for messages and tests). */
    public String literal() {
        StringBuilder text = new StringBuilder();
        pieces.forEach(p -> text.append(p.text()));
        return text.toString();
    }
}
