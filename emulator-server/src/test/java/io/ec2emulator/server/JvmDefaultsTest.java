package io.ec2emulator.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The process's defaults never override what the user set. */
class JvmDefaultsTest {

    private String before;

    @BeforeEach
    void remember() {
        before = System.getProperty(JvmDefaults.NETTY_JFR);
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(JvmDefaults.NETTY_JFR);
        } else {
            System.setProperty(JvmDefaults.NETTY_JFR, before);
        }
    }

    @Test
    void nettyJfrEventsAreOffUnlessAskedFor() {
        System.clearProperty(JvmDefaults.NETTY_JFR);
        JvmDefaults.apply();
        assertEquals("false", System.getProperty(JvmDefaults.NETTY_JFR));
    }

    @Test
    void anExplicitSettingIsKept() {
        System.setProperty(JvmDefaults.NETTY_JFR, "true");
        JvmDefaults.apply();
        assertEquals("true", System.getProperty(JvmDefaults.NETTY_JFR));
    }
}
