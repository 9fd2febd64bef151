package io.ec2emulator.ssh.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Bash's pathname expansion of {@code *}, {@code ?} and {@code [...]} against the instance's files. A
 * pattern here marks the characters typed in quotes (or coming from variables) with a backslash: they
 * match only themselves. Names starting with a dot match only a pattern that starts with a dot; with no
 * match the word stays as typed, as bash does by default.
 */
public final class Glob {

    private Glob() {
    }

    /** Whether the pattern has an unescaped {@code *}, {@code ?} or {@code [}. */
    public static boolean isPattern(String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '*' || c == '?' || c == '[') {
                return true;
            }
        }
        return false;
    }

    /** The text with the escaping backslashes removed. */
    public static String literal(String pattern) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                c = pattern.charAt(++i);
            }
            text.append(c);
        }
        return text.toString();
    }

    /** The matching paths, as the user would have typed them, sorted; the literal word if none match. */
    public static List<String> expand(String pattern, String cwd, VirtualFileSystem files, Access access) {
        if (!isPattern(pattern)) {
            return List.of(literal(pattern));
        }
        boolean absolute = pattern.startsWith("/");
        List<String[]> found = new ArrayList<>();
        found.add(new String[] {absolute ? "/" : cwd, absolute ? "/" : ""});
        for (String component : components(absolute ? pattern.substring(1) : pattern)) {
            List<String[]> next = new ArrayList<>();
            for (String[] at : found) {
                next.addAll(step(at, component, files, access));
            }
            found = next;
        }
        List<String> matches = found.stream().filter(f -> files.exists(f[0])).map(f -> f[1]).sorted().toList();
        return matches.isEmpty() ? List.of(literal(pattern)) : matches;
    }

    /** The next level from one found path ({absolute, as typed}) for one component of the pattern. */
    private static List<String[]> step(String[] at, String component, VirtualFileSystem files, Access access) {
        List<String[]> next = new ArrayList<>();
        String shownPrefix = at[1].isEmpty() || at[1].endsWith("/") ? at[1] : at[1] + "/";
        if (!isPattern(component)) {
            String name = literal(component);
            next.add(new String[] {ShellPaths.resolve(at[0], name), shownPrefix + name});
            return next;
        }
        if (!files.isDirectory(at[0]) || !access.canReach(ShellPaths.child(at[0], "x"))
                || !access.canRead(files.get(at[0]).orElseThrow())) {
            return next;
        }
        Pattern regex = regex(component);
        boolean dotted = component.startsWith(".") || component.startsWith("\\.");
        for (String name : files.children(at[0])) {
            if ((dotted || !name.startsWith(".")) && regex.matcher(name).matches()) {
                next.add(new String[] {ShellPaths.child(at[0], name), shownPrefix + name});
            }
        }
        return next;
    }

    private static List<String> components(String pattern) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                part.append(c).append(pattern.charAt(++i));
            } else if (c == '/') {
                if (part.length() > 0) {
                    parts.add(part.toString());
                }
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        if (part.length() > 0) {
            parts.add(part.toString());
        }
        return parts;
    }

    private static Pattern regex(String component) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < component.length(); i++) {
            char c = component.charAt(i);
            if (c == '\\' && i + 1 < component.length()) {
                regex.append(Pattern.quote(String.valueOf(component.charAt(++i))));
            } else if (c == '*') {
                regex.append(".*");
            } else if (c == '?') {
                regex.append('.');
            } else if (c == '[' && component.indexOf(']', i + 2) > 0) {
                int end = component.indexOf(']', i + 2);
                String set = component.substring(i + 1, end);
                if (set.startsWith("!")) {
                    set = "^" + set.substring(1);
                }
                regex.append('[').append(set.replace("\\", "\\\\").replace("[", "\\[")).append(']');
                i = end;
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }
}
