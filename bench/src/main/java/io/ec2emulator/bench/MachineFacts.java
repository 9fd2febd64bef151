package io.ec2emulator.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Facts about the machine that make a result comparable: processors, CPU model, OS, the {@code java -version}
 * of the JVM that runs the emulator, load average and date.
 *
 * @param nproc        what {@code nproc} prints (or the JVM's processor count if it cannot run)
 * @param cpuModel     the first {@code model name} in {@code /proc/cpuinfo}, or "unknown"
 * @param os           OS name, version and architecture
 * @param javaVersion  the first line of {@code java -version}
 * @param loadAverage  the first three fields of {@code /proc/loadavg}, or "unknown"
 * @param date         when the facts were collected, ISO-8601 with offset
 */
public record MachineFacts(String nproc, String cpuModel, String os, String javaVersion, String loadAverage,
                           String date) {

    /** Collects the facts now. */
    public static MachineFacts collect() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String nproc = firstLine(List.of("nproc"));
        if (nproc.isEmpty()) {
            nproc = Runtime.getRuntime().availableProcessors() + " (JVM count)";
        }
        String javaVersion = firstLine(List.of(java, "-version"));
        return new MachineFacts(nproc, readCpuModel(),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                javaVersion.isEmpty() ? System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
                        : javaVersion,
                readLoadAverage(),
                ZonedDateTime.now().withNano(0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    }

    private static String firstLine(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output;
            try (InputStream in = process.getInputStream()) {
                output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            process.waitFor(10, TimeUnit.SECONDS);
            return output.lines().findFirst().orElse("").trim();
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private static String readCpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo"), StandardCharsets.UTF_8).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String readLoadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.UTF_8).trim().split("\\s+");
            return fields.length >= 3 ? fields[0] + " " + fields[1] + " " + fields[2] : "unknown";
        } catch (IOException e) {
            return "unknown";
        }
    }
}
