package io.ec2emulator.ssh.shell;

/** Bash's {@code PS1} escapes the images use: {@code \\u}, {@code \\h}, {@code \\w}, {@code \\W}, {@code \\$}. */
public final class Prompt {

    private Prompt() {
    }

    /** The session's prompt, for example {@code [ec2-user@ip-172-31-5-10 ~]$ } or {@code ubuntu@ip-172-31-5-10:~$ }. */
    public static String of(ShellSession session) {
        String template = session.profile().prompt();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c != '\\' || i + 1 == template.length()) {
                text.append(c);
                continue;
            }
            char escape = template.charAt(++i);
            switch (escape) {
                case 'u' -> text.append(session.user());
                case 'h' -> text.append(session.context().shortHostname());
                case 'w' -> text.append(tilde(session));
                case 'W' -> text.append(session.cwd().equals(session.home()) ? "~" : ShellPaths.name(session.cwd()));
                case '$' -> text.append(session.user().equals("root") ? '#' : '$');
                default -> text.append('\\').append(escape);
            }
        }
        return text.toString();
    }

    private static String tilde(ShellSession session) {
        String cwd = session.cwd();
        String home = session.home();
        if (ShellPaths.isWithin(cwd, home) && !home.equals("/")) {
            return "~" + cwd.substring(home.length());
        }
        return cwd;
    }
}
