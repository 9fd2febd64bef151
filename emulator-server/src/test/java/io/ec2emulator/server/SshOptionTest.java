package io.ec2emulator.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ec2emulator.ssh.SshGatewayOptions;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SshOptionTest {

    @Test
    void defaultsAreTheDocumentedOnes() {
        SshOption option = SshOption.from(new String[] {"--port", "0"}, Map.of());
        assertEquals(SshGatewayOptions.defaults(), option.gateway());
        assertEquals(new SshGatewayOptions("127.0.0.1", 2222, "203.0.113.10", Duration.ofSeconds(20)), option.gateway());
        assertArrayEquals(new String[] {"--port", "0"}, option.otherArgs());
    }

    @Test
    void flagsWinOverVariablesAndOffStartsNoGateway() {
        Map<String, String> env = Map.of("EC2_EMULATOR_SSH_PORT", "2200", "EC2_EMULATOR_SSH_BIND", "0.0.0.0",
                "EC2_EMULATOR_CLIENT_IP", "198.51.100.1", "EC2_EMULATOR_SSH_DROPPED_TIMEOUT", "500ms");
        assertEquals(new SshGatewayOptions("0.0.0.0", 2200, "198.51.100.1", Duration.ofMillis(500)),
                SshOption.from(new String[0], env).gateway());
        assertEquals(new SshGatewayOptions("0.0.0.0", 0, "192.0.2.9", Duration.ofMinutes(1)),
                SshOption.from(new String[] {"--ssh-port=0", "--client-ip", "192.0.2.9", "--ssh-dropped-timeout", "1m"},
                        env).gateway());
        assertNull(SshOption.from(new String[] {"--ssh-port", "off"}, env).gateway());
        assertNull(SshOption.from(new String[0], Map.of("EC2_EMULATOR_SSH_PORT", "off")).gateway());
    }

    @Test
    void badValuesAreNamedInTheMessage() {
        assertEquals("--ssh-port must be a port number from 0 to 65535 or off, not '70000'",
                assertThrows(IllegalArgumentException.class,
                        () -> SshOption.from(new String[] {"--ssh-port", "70000"}, Map.of())).getMessage());
        assertEquals("EC2_EMULATOR_CLIENT_IP must be an IPv4 address such as 203.0.113.10, not 'my-laptop'",
                assertThrows(IllegalArgumentException.class,
                        () -> SshOption.from(new String[0], Map.of("EC2_EMULATOR_CLIENT_IP", "my-laptop"))).getMessage());
        assertEquals("--ssh-dropped-timeout must be a duration such as 0, 500ms, 20s or 2m, not '5'",
                assertThrows(IllegalArgumentException.class,
                        () -> SshOption.from(new String[] {"--ssh-dropped-timeout", "5"}, Map.of())).getMessage());
        assertEquals("--client-ip needs a value", assertThrows(IllegalArgumentException.class,
                () -> SshOption.from(new String[] {"--client-ip"}, Map.of())).getMessage());
    }
}
