package io.ec2emulator.api.codec;

import io.ec2emulator.core.Ec2Error;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Decodes {@code application/x-www-form-urlencoded} text (a POST body or a query string) into
 * parameters, strictly: a bad percent escape, bytes that are not UTF-8 and a key given twice are
 * client errors, never silently repaired. (Netty's {@code QueryStringDecoder} replaces malformed
 * input instead of rejecting it, which would hide client mistakes.)
 */
public final class FormDecoder {

    /** The most parameters one request may carry. */
    public static final int MAX_PARAMETERS = 20_000;

    private FormDecoder() {
    }

    /** Adds the parameters of {@code form} to {@code into}, in order. */
    public static void decodeInto(String form, Map<String, String> into) {
        if (form == null || form.isEmpty()) {
            return;
        }
        int start = 0;
        int length = form.length();
        while (start <= length) {
            int end = form.indexOf('&', start);
            if (end < 0) {
                end = length;
            }
            if (end > start) {
                int eq = form.indexOf('=', start);
                String key;
                String value;
                if (eq < 0 || eq > end) {
                    key = decodeComponent(form, start, end);
                    value = "";
                } else {
                    key = decodeComponent(form, start, eq);
                    value = decodeComponent(form, eq + 1, end);
                }
                if (key.isEmpty()) {
                    throw malformed("A parameter has an empty name");
                }
                if (into.size() >= MAX_PARAMETERS) {
                    throw malformed("The request has more than " + MAX_PARAMETERS + " parameters");
                }
                if (into.putIfAbsent(key, value) != null) {
                    throw Ec2Error.client("InvalidQueryParameter",
                            "The parameter " + printable(key) + " is specified more than once");
                }
            }
            start = end + 1;
        }
    }

    public static Map<String, String> decode(String form) {
        Map<String, String> params = new LinkedHashMap<>();
        decodeInto(form, params);
        return params;
    }

    private static String decodeComponent(String s, int from, int to) {
        boolean plain = true;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '%' || c == '+' || c > 0x7F) {
                plain = false;
                break;
            }
        }
        if (plain) {
            return s.substring(from, to);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(to - from);
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%') {
                if (i + 2 >= to) {
                    throw malformed("Incomplete percent escape at the end of a parameter");
                }
                int hi = Character.digit(s.charAt(i + 1), 16);
                int lo = Character.digit(s.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    throw malformed("Invalid percent escape '" + printable(s.substring(i, i + 3)) + "'");
                }
                bytes.write(hi << 4 | lo);
                i += 2;
            } else if (c > 0x7F) {
                byte[] raw = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < to) {
                    raw = s.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.write(raw, 0, raw.length);
            } else {
                bytes.write(c);
            }
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return utf8.decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw malformed("A parameter is not valid UTF-8 after percent-decoding");
        }
    }

    private static Ec2Error malformed(String message) {
        return Ec2Error.client("MalformedQueryString", message);
    }

    /** A key as it may appear in an error message: bounded and without control characters. */
    static String printable(String key) {
        String shown = key.length() > 100 ? key.substring(0, 100) + "…" : key;
        StringBuilder out = new StringBuilder(shown.length());
        shown.codePoints().forEach(cp -> out.appendCodePoint(Character.isISOControl(cp) ? '?' : cp));
        return out.toString();
    }
}
