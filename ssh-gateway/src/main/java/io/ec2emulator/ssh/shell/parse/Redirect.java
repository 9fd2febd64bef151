package io.ec2emulator.ssh.shell.parse;

/**
 * An output redirection: {@code >}, {@code >>}, {@code 2>} or {@code 2>>}.
 *
 * @param stream 1 for standard output, 2 for standard error
 * @param append {@code >>} rather than {@code >}
 * @param target the file
 */
public record Redirect(int stream, boolean append, Word target) {
}
