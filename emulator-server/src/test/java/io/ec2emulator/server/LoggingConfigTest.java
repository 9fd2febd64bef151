package io.ec2emulator.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ec2emulator.server.logging.LogFormat;
import io.ec2emulator.server.logging.LogLevel;
import io.ec2emulator.server.logging.LogSettings;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code --log-level} and {@code --log-format}, and their environment variables. */
class LoggingConfigTest {

    @Test
    void defaultIsInfoAsText() {
        assertEquals(LogSettings.defaults(), ServerConfig.from(new String[0], Map.of()).logging());
        assertEquals(new LogSettings(LogLevel.INFO, LogFormat.TEXT), LogSettings.defaults());
    }

    @Test
    void environmentIsReadAndFlagsWin() {
        Map<String, String> env = Map.of("EC2_EMULATOR_LOG_LEVEL", "debug", "EC2_EMULATOR_LOG_FORMAT", "json");
        assertEquals(new LogSettings(LogLevel.DEBUG, LogFormat.JSON), ServerConfig.from(new String[0], env).logging());
        assertEquals(new LogSettings(LogLevel.OFF, LogFormat.TEXT),
                ServerConfig.from(new String[] {"--log-level", "off", "--log-format=text"}, env).logging());
    }

    @Test
    void badValuesNameTheSetting() {
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> ServerConfig.from(new String[] {"--log-level", "verbose"}, Map.of())).getMessage()
                .startsWith("--log-level must be one of error, warn, info, debug or off"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> ServerConfig.from(new String[0], Map.of("EC2_EMULATOR_LOG_FORMAT", "logfmt"))).getMessage()
                .startsWith("EC2_EMULATOR_LOG_FORMAT must be text or json"));
    }
}
