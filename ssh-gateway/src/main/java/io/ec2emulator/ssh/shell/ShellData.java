package io.ec2emulator.ssh.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The shell's data files, read from the class path next to this package. */
final class ShellData {

    private ShellData() {
    }

    /** The text of the resource {@code name} (relative to this package); fails if it is missing. */
    static String text(String name) {
        try (InputStream in = ShellData.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing shell resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
