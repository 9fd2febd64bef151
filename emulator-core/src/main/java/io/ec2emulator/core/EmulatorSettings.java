package io.ec2emulator.core;

import java.time.Duration;

/**
 * How long EC2's asynchronous transitions take in the emulator, and where public addresses come
 * from. Every value is configurable (docs/configuration.md); zero durations make transitions instant.
 *
 * @param bootDelay            pending → running
 * @param stopDelay            stopping → stopped
 * @param terminateDelay       shutting-down → terminated
 * @param statusCheckDelay     running → instance status checks {@code ok} (initializing until then)
 * @param terminatedRetention  how long a terminated instance stays visible (AWS: about an hour)
 * @param imageDelay           a new image's pending → available
 * @param publicIpPool         the IPv4 block auto-assigned public addresses come from
 */
public record EmulatorSettings(Duration bootDelay, Duration stopDelay, Duration terminateDelay,
                               Duration statusCheckDelay, Duration terminatedRetention, Duration imageDelay,
                               String publicIpPool) {

    /** 198.18.0.0/15 is reserved for benchmarking (RFC 2544): never a real host on the internet. */
    public static final String DEFAULT_PUBLIC_IP_POOL = "198.18.0.0/15";

    public static EmulatorSettings defaults() {
        return new EmulatorSettings(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1),
                Duration.ofSeconds(2), Duration.ofHours(1), Duration.ofSeconds(2), DEFAULT_PUBLIC_IP_POOL);
    }

    /** Every transition instant (terminated instances still stay visible for the retention time). */
    public static EmulatorSettings instant() {
        return new EmulatorSettings(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO,
                Duration.ofHours(1), Duration.ZERO, DEFAULT_PUBLIC_IP_POOL);
    }
}
