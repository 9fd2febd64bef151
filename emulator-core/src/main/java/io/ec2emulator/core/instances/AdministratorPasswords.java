package io.ec2emulator.core.instances;

import java.security.SecureRandom;

/**
 * Generates Windows Administrator passwords the way EC2Launch does: long, random, and meeting the
 * Windows complexity rule (upper case, lower case, digits and symbols, all four present).
 */
final class AdministratorPasswords {

    /** AWS does not document the length; 32 is the emulator's choice (Windows accepts up to 127). */
    static final int LENGTH = 32;
    static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
    static final String DIGITS = "0123456789";
    /** Symbols that need no quoting in PowerShell, cmd or an RDP password box. */
    static final String SYMBOLS = "!$%&()*-.;=?@";
    private static final String[] CLASSES = {UPPER, LOWER, DIGITS, SYMBOLS};
    private static final String ALL = UPPER + LOWER + DIGITS + SYMBOLS;

    private AdministratorPasswords() {}

    /** One shared generator, created on first use; SecureRandom is thread-safe. */
    private static final class Random {
        static final SecureRandom INSTANCE = new SecureRandom();
    }

    static String generate() {
        SecureRandom random = Random.INSTANCE;
        char[] password = new char[LENGTH];
        for (int i = 0; i < CLASSES.length; i++) {
            password[i] = CLASSES[i].charAt(random.nextInt(CLASSES[i].length()));
        }
        for (int i = CLASSES.length; i < LENGTH; i++) {
            password[i] = ALL.charAt(random.nextInt(ALL.length()));
        }
        for (int i = LENGTH - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            char swap = password[i];
            password[i] = password[j];
            password[j] = swap;
        }
        return new String(password);
    }
}
