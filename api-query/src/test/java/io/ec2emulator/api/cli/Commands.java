package io.ec2emulator.api.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs external programs (the AWS CLI, ssh-keygen, openssl, puttygen) with a time limit. */
final class Commands {

    /** What a finished program printed and returned. */
    record Result(int exitCode, String stdout, String stderr) {
        String out() {
            return stdout.trim();
        }
    }

    private Commands() {
    }

    static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    static Result run(Map<String, String> env, Path workDir, String... command) {
        try {
            ProcessBuilder builder = new ProcessBuilder(List.of(command)).directory(workDir.toFile());
            builder.environment().putAll(env);
            Path out = Files.createTempFile(workDir, "out", ".txt");
            Path err = Files.createTempFile(workDir, "err", ".txt");
            builder.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            Process process = builder.start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("timed out: " + String.join(" ", command));
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("cannot run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Runs a shell pipeline (for openssl digests of converted keys). */
    static Result shell(Path workDir, String script) {
        return run(Map.of(), workDir, "bash", "-o", "pipefail", "-c", script);
    }

    static List<String> args(String... parts) {
        return new ArrayList<>(List.of(parts));
    }
}
