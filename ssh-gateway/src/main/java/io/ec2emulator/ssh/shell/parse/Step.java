package io.ec2emulator.ssh.shell.parse;

import java.util.List;

/**
 * One simple command of a command line and when it runs.
 *
 * @param words     the command name and its arguments, unexpanded (may be empty: {@code > file})
 * @param redirects its output redirections
 * @param when      how the previous command's status decides whether it runs
 */
public record Step(List<Word> words, List<Redirect> redirects, When when) {

    /** {@code ;} (or the first command), {@code &&}, {@code ||}. */
    public enum When {
        ALWAYS,
        IF_SUCCEEDED,
        IF_FAILED
    }

    public Step {
        words = List.copyOf(words);
        redirects = List.copyOf(redirects);
    }
}
