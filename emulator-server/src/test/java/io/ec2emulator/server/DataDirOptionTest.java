package io.ec2emulator.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirOptionTest {

    @Test
    void withoutTheOptionTheStateLivesInMemory() {
        DataDirOption option = DataDirOption.from(new String[] {"--port", "0"}, Map.of());
        assertNull(option.dataDir());
        assertArrayEquals(new String[] {"--port", "0"}, option.otherArgs());
    }

    @Test
    void theFlagWinsOverTheVariableInBothSpellings() {
        Map<String, String> env = Map.of("EC2_EMULATOR_DATA_DIR", "/from/env");
        assertEquals(Path.of("/from/env"), DataDirOption.from(new String[0], env).dataDir());
        DataDirOption spaced = DataDirOption.from(new String[] {"--data-dir", "/from/flag", "--port", "1"}, env);
        assertEquals(Path.of("/from/flag"), spaced.dataDir());
        assertArrayEquals(new String[] {"--port", "1"}, spaced.otherArgs());
        assertEquals(Path.of("/x"), DataDirOption.from(new String[] {"--data-dir=/x"}, env).dataDir());
    }

    @Test
    void aMissingOrEmptyValueIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> DataDirOption.from(new String[] {"--data-dir"}, Map.of()));
        assertEquals("EC2_EMULATOR_DATA_DIR must name a directory", assertThrows(IllegalArgumentException.class,
                () -> DataDirOption.from(new String[0], Map.of("EC2_EMULATOR_DATA_DIR", " "))).getMessage());
    }
}
