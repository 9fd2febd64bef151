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
 * @param windowsPasswordDelay how long after a Windows instance first becomes running GetPasswordData
 *                             has its Administrator password (empty until then)
 */
public record EmulatorSettings(Duration bootDelay, Duration stopDelay, Duration terminateDelay,
                               Duration statusCheckDelay, Duration terminatedRetention, Duration imageDelay,
                               String publicIpPool, Duration windowsPasswordDelay) {

    /** 198.18.0.0/15 is reserved for benchmarking (RFC 2544): never a real host on the internet. */
    public static final String DEFAULT_PUBLIC_IP_POOL = "198.18.0.0/15";

    /**
     * The default Windows password delay: one poll interval of the SDKs' and the CLI's
     * PasswordDataAvailable waiter, so that a call right after {@code running} sees the empty answer
     * (as on AWS, where EC2Launch takes minutes) and the waiter succeeds at its second poll.
     */
    public static final Duration DEFAULT_WINDOWS_PASSWORD_DELAY = Duration.ofSeconds(15);

    public static EmulatorSettings defaults() {
        return new EmulatorSettings(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1),
                Duration.ofSeconds(2), Duration.ofHours(1), Duration.ofSeconds(2), DEFAULT_PUBLIC_IP_POOL,
                DEFAULT_WINDOWS_PASSWORD_DELAY);
    }

    /** Every transition instant (terminated instances still stay visible for the retention time). */
    public static EmulatorSettings instant() {
        return new EmulatorSettings(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO,
                Duration.ofHours(1), Duration.ZERO, DEFAULT_PUBLIC_IP_POOL, Duration.ZERO);
    }

    public EmulatorSettings withBootDelay(Duration value) {
        return new EmulatorSettings(value, stopDelay, terminateDelay, statusCheckDelay, terminatedRetention,
                imageDelay, publicIpPool, windowsPasswordDelay);
    }

    public EmulatorSettings withStopDelay(Duration value) {
        return new EmulatorSettings(bootDelay, value, terminateDelay, statusCheckDelay, terminatedRetention,
                imageDelay, publicIpPool, windowsPasswordDelay);
    }

    public EmulatorSettings withTerminateDelay(Duration value) {
        return new EmulatorSettings(bootDelay, stopDelay, value, statusCheckDelay, terminatedRetention,
                imageDelay, publicIpPool, windowsPasswordDelay);
    }

    public EmulatorSettings withStatusCheckDelay(Duration value) {
        return new EmulatorSettings(bootDelay, stopDelay, terminateDelay, value, terminatedRetention,
                imageDelay, publicIpPool, windowsPasswordDelay);
    }

    public EmulatorSettings withTerminatedRetention(Duration value) {
        return new EmulatorSettings(bootDelay, stopDelay, terminateDelay, statusCheckDelay, value,
                imageDelay, publicIpPool, windowsPasswordDelay);
    }

    public EmulatorSettings withImageDelay(Duration value) {
        return new EmulatorSettings(bootDelay, stopDelay, terminateDelay, statusCheckDelay, terminatedRetention,
                value, publicIpPool, windowsPasswordDelay);
    }

    public EmulatorSettings withPublicIpPool(String value) {
        return new EmulatorSettings(bootDelay, stopDelay, terminateDelay, statusCheckDelay, terminatedRetention,
                imageDelay, value, windowsPasswordDelay);
    }

    public EmulatorSettings withWindowsPasswordDelay(Duration value) {
        return new EmulatorSettings(bootDelay, stopDelay, terminateDelay, statusCheckDelay, terminatedRetention,
                imageDelay, publicIpPool, value);
    }
}
