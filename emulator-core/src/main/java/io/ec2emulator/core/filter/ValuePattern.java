package io.ec2emulator.core.filter;

/**
 * A filter value as EC2 reads it: case-sensitive, {@code *} matches any run of characters,
 * {@code ?} exactly one, and a backslash makes the next character literal ({@code \*}, {@code \?},
 * {@code \\}).
 */
public final class ValuePattern {

    private final String raw;
    /** The pattern with escapes resolved; wildcard positions are marked in {@link #wild}. */
    private final char[] chars;
    private final boolean[] wild;
    private final boolean literal;
    private final String literalText;

    private ValuePattern(String raw) {
        this.raw = raw;
        char[] out = new char[raw.length()];
        boolean[] marks = new boolean[raw.length()];
        int n = 0;
        boolean anyWild = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < raw.length()) {
                out[n++] = raw.charAt(++i);
            } else {
                if (c == '*' || c == '?') {
                    marks[n] = true;
                    anyWild = true;
                }
                out[n++] = c;
            }
        }
        this.chars = java.util.Arrays.copyOf(out, n);
        this.wild = java.util.Arrays.copyOf(marks, n);
        this.literal = !anyWild;
        this.literalText = new String(chars);
    }

    public static ValuePattern of(String raw) {
        return new ValuePattern(raw);
    }

    /** True when the value has no wildcard, so an index lookup of {@link #literalText()} is exact. */
    public boolean isLiteral() {
        return literal;
    }

    public String literalText() {
        return literalText;
    }

    public boolean matches(String value) {
        if (value == null) {
            return false;
        }
        if (literal) {
            return literalText.equals(value);
        }
        // Iterative glob match with backtracking to the last '*'.
        int p = 0;
        int v = 0;
        int starP = -1;
        int starV = 0;
        while (v < value.length()) {
            if (p < chars.length && wild[p] && chars[p] == '*') {
                starP = p++;
                starV = v;
            } else if (p < chars.length && ((wild[p] && chars[p] == '?') || (!wild[p] && chars[p] == value.charAt(v)))) {
                p++;
                v++;
            } else if (starP >= 0) {
                p = starP + 1;
                v = ++starV;
            } else {
                return false;
            }
        }
        while (p < chars.length && wild[p] && chars[p] == '*') {
            p++;
        }
        return p == chars.length;
    }

    @Override
    public String toString() {
        return raw;
    }
}
