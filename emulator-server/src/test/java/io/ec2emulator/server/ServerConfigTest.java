package io.ec2emulator.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Flags and environment variables, flags winning, with clear messages for bad values. */
class ServerConfigTest {

    @Test
    void defaultsAreLoopbackPort4566AndTheDefaultAccount() {
        ServerConfig config = ServerConfig.from(new String[0], Map.of());
        assertEquals("127.0.0.1", config.http().bindAddress());
        assertEquals(4566, config.http().port());
        assertEquals("000000000000", config.http().defaultAccountId());
    }

    @Test
    void environmentIsReadAndFlagsWin() {
        Map<String, String> env = Map.of("EC2_EMULATOR_PORT", "5000", "EC2_EMULATOR_BIND", "0.0.0.0",
                "EC2_EMULATOR_DEFAULT_ACCOUNT", "123456789012");
        ServerConfig fromEnv = ServerConfig.from(new String[0], env);
        assertEquals(5000, fromEnv.http().port());
        assertEquals("0.0.0.0", fromEnv.http().bindAddress());
        assertEquals("123456789012", fromEnv.http().defaultAccountId());
        ServerConfig flags = ServerConfig.from(new String[] {"--port", "0", "--bind=127.0.0.2"}, env);
        assertEquals(0, flags.http().port());
        assertEquals("127.0.0.2", flags.http().bindAddress());
    }

    @Test
    void badValuesAreExplained() {
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> ServerConfig.from(new String[] {"--port", "70000"}, Map.of())).getMessage().contains("0 to 65535"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> ServerConfig.from(new String[0], Map.of("EC2_EMULATOR_PORT", "http"))).getMessage()
                .contains("EC2_EMULATOR_PORT"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> ServerConfig.from(new String[] {"--verbose"}, Map.of())).getMessage().contains("unknown option"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> ServerConfig.from(new String[] {"--port"}, Map.of())).getMessage().contains("needs a value"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> ServerConfig.from(new String[] {"--default-account", "42"}, Map.of())).getMessage().contains("12-digit"));
    }

    @Test
    void transitionDelaysAndPublicIpPoolAreConfigurable() {
        ServerConfig config = ServerConfig.from(new String[] {"--boot-delay", "0", "--stop-delay=250ms",
                "--terminated-retention", "5m", "--windows-password-delay", "4m"}, Map.of("EC2_EMULATOR_IMAGE_DELAY", "3s",
                "EC2_EMULATOR_BOOT_DELAY", "9s", "EC2_EMULATOR_WINDOWS_PASSWORD_DELAY", "1h",
                "EC2_EMULATOR_PUBLIC_IP_POOL", "203.0.113.0/24"));
        assertEquals(java.time.Duration.ZERO, config.emulator().bootDelay());
        assertEquals(java.time.Duration.ofMillis(250), config.emulator().stopDelay());
        assertEquals(java.time.Duration.ofMinutes(5), config.emulator().terminatedRetention());
        assertEquals(java.time.Duration.ofSeconds(3), config.emulator().imageDelay());
        assertEquals(java.time.Duration.ofMinutes(4), config.emulator().windowsPasswordDelay());
        assertEquals(java.time.Duration.ofSeconds(15), ServerConfig.from(new String[0],
                Map.of()).emulator().windowsPasswordDelay());
        assertEquals(java.time.Duration.ZERO, ServerConfig.from(new String[0],
                Map.of("EC2_EMULATOR_WINDOWS_PASSWORD_DELAY", "0")).emulator().windowsPasswordDelay());
        assertEquals(java.time.Duration.ofSeconds(1), config.emulator().terminateDelay());
        assertEquals("203.0.113.0/24", config.emulator().publicIpPool());
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> ServerConfig.from(new String[] {"--boot-delay", "soon"}, Map.of())).getMessage().contains("duration"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> ServerConfig.from(new String[] {"--public-ip-pool", "nope"}, Map.of())).getMessage().contains("CIDR"));
    }
}
