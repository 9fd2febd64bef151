package io.ec2emulator.core.keypairs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** Runs the independent command-line tools (ssh-keygen, openssl, puttygen) the key tests check against. */
final class Tools {

    /** What a finished command left behind. */
    record Result(int exitCode, byte[] stdout, String stderr) {
        String out() {
            return new String(stdout, StandardCharsets.UTF_8);
        }
    }

    private Tools() {}

    /** Skips the calling test, with a clear reason, when {@code tool} is not installed. */
    static void assume(String... tools) {
        for (String tool : tools) {
            Assumptions.assumeTrue(installed(tool), tool + " is not installed; skipping this check against it"
                    + ("puttygen".equals(tool) ? " (apt-get install putty-tools)" : ""));
        }
    }

    static boolean installed(String tool) {
        String path = System.getenv().getOrDefault("PATH", "") + File.pathSeparator + "/usr/bin";
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    /** Runs {@code command} in {@code dir} with {@code stdin} (may be empty); at most 60 seconds. */
    static Result run(Path dir, byte[] stdin, List<String> command) {
        try {
            Process process = new ProcessBuilder(command).directory(dir.toFile()).start();
            CompletableFuture<byte[]> stdout = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
            CompletableFuture<byte[]> stderr = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
            try (OutputStream in = process.getOutputStream()) {
                in.write(stdin);
            } catch (IOException ignored) {
                // The tool may exit without reading its input; its exit code tells what happened.
            }
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("timed out: " + command);
            }
            return new Result(process.exitValue(), stdout.join(),
                    new String(stderr.join(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs {@code command}, requires exit code 0, returns its standard output. */
    static String ok(Path dir, String... command) {
        return okBytes(dir, command).out();
    }

    static Result okBytes(Path dir, String... command) {
        Result result = run(dir, new byte[0], List.of(command));
        assertEquals(0, result.exitCode(), () -> String.join(" ", command) + " failed: " + result.stderr());
        return result;
    }

    /** Runs a bash pipeline (with pipefail), requires success, returns its standard output. */
    static String shell(Path dir, String script) {
        return ok(dir, "bash", "-o", "pipefail", "-c", script);
    }

    /** Writes a private key file readable by its owner only, as ssh-keygen demands. */
    static Path writeKey(Path dir, String name, String content) {
        try {
            Path file = dir.resolve(name);
            Files.writeString(file, content, StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code type base64} part of an OpenSSH public key line, without any comment. */
    static String typeAndBlob(String publicKeyLine) {
        String[] parts = publicKeyLine.strip().split("\\s+");
        return parts[0] + " " + parts[1];
    }

    /** The hex digest after {@code = } in openssl dgst output such as {@code MD5(stdin)= ab:cd}. */
    static String opensslDigest(String output) {
        String line = output.strip();
        return line.substring(line.indexOf("= ") + 2);
    }

    private static byte[] readAll(InputStream stream) {
        try (stream) {
            return stream.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
