package io.ec2emulator.api.codec;

/** Text as XML 1.0 can carry it: characters XML forbids (most control characters, lone surrogates) are dropped. */
final class XmlText {

    private XmlText() {
    }

    static String clean(String text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            if (!allowed(text, i)) {
                return strip(text);
            }
        }
        return text;
    }

    private static String strip(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (allowed(text, i)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean allowed(String text, int i) {
        char c = text.charAt(i);
        if (c >= 0x20 && c <= 0xD7FF) {
            return true;
        }
        if (c == 0x9 || c == 0xA || c == 0xD) {
            return true;
        }
        if (c >= 0xE000 && c <= 0xFFFD) {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
        }
        return false;
    }
}
