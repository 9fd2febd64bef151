package io.ec2emulator.testcontainers;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.images.builder.ImageFromDockerfile;
import org.testcontainers.utility.DockerImageName;

/**
 * The image the integration test runs: {@code EC2_EMULATOR_IMAGE} if set (a tag built beforehand),
 * otherwise docker/Dockerfile built from emulator-server's runnable jar, on {@code EC2_EMULATOR_BASE_IMAGE}
 * when that is set (CI's local base image) or on the Dockerfile's default base.
 *
 * <p>Without a container engine, or without the jar, the tests are skipped; with
 * {@code EC2_EMULATOR_REQUIRE_DOCKER=1} (set by .ci/run) they fail instead.
 */
final class EmulatorImage {

    private EmulatorImage() {
    }

    /**
     * Why the image cannot be run here, or null when it can; fails instead when
     * {@code EC2_EMULATOR_REQUIRE_DOCKER=1}.
     */
    static String unavailableReason() {
        String why = null;
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            why = "no Docker-compatible container engine (DOCKER_HOST or a local socket)";
        } else if (setting("EC2_EMULATOR_IMAGE") == null && !Files.isRegularFile(jar())) {
            why = "no " + jar() + " (build it with ./mvnw package)";
        }
        if (why != null && "1".equals(setting("EC2_EMULATOR_REQUIRE_DOCKER"))) {
            fail("EC2_EMULATOR_REQUIRE_DOCKER=1 but " + why);
        }
        return why;
    }

    static Future<String> get() {
        String prebuilt = setting("EC2_EMULATOR_IMAGE");
        if (prebuilt != null) {
            return CompletableFuture.completedFuture(DockerImageName.parse(prebuilt).asCanonicalNameString());
        }
        ImageFromDockerfile image = new ImageFromDockerfile("localhost/ec2-emulator-it", true)
                .withFileFromPath("Dockerfile", root().resolve("docker/Dockerfile"))
                .withFileFromPath("emulator-server/target/ec2-emulator.jar", jar());
        String base = setting("EC2_EMULATOR_BASE_IMAGE");
        if (base != null) {
            image.withBuildArg("BASE_IMAGE", base);
        }
        return image;
    }

    private static Path root() {
        return Path.of(System.getProperty("ec2emulator.projectRoot", "..")).toAbsolutePath().normalize();
    }

    private static Path jar() {
        return root().resolve("emulator-server/target/ec2-emulator.jar");
    }

    /** A system property of the same name wins over the environment variable. */
    private static String setting(String name) {
        String value = System.getProperty(name, System.getenv(name));
        return value == null || value.isBlank() ? null : value;
    }
}
