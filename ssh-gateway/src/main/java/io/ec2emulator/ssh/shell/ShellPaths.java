package io.ec2emulator.ssh.shell;

import java.util.ArrayDeque;
import java.util.Deque;

/** Absolute, normalised paths as the shell resolves them: {@code .}, {@code ..}, relative to a directory. */
public final class ShellPaths {

    private ShellPaths() {
    }

    /** {@code path} against the directory {@code cwd}, with {@code .}, {@code ..} and repeated slashes resolved. */
    public static String resolve(String cwd, String path) {
        String joined = path.startsWith("/") ? path : cwd + "/" + path;
        Deque<String> parts = new ArrayDeque<>();
        for (String part : joined.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                parts.pollLast();
            } else {
                parts.addLast(part);
            }
        }
        return parts.isEmpty() ? "/" : "/" + String.join("/", parts);
    }

    /** The directory holding {@code path} ({@code /} for {@code /}). */
    public static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash <= 0 ? "/" : path.substring(0, slash);
    }

    /** The last part of {@code path} ({@code /} for {@code /}). */
    public static String name(String path) {
        return path.equals("/") ? "/" : path.substring(path.lastIndexOf('/') + 1);
    }

    /** {@code name} inside the directory {@code dir}. */
    public static String child(String dir, String name) {
        return dir.equals("/") ? "/" + name : dir + "/" + name;
    }

    /** Whether {@code path} is {@code ancestor} or inside it. */
    public static boolean isWithin(String path, String ancestor) {
        return path.equals(ancestor) || ancestor.equals("/") || path.startsWith(ancestor + "/");
    }
}
