package io.ec2emulator.bench;

import java.nio.charset.StandardCharsets;

/**
 * One HTTP answer from the emulator.
 *
 * @param status     the HTTP status code
 * @param body       the response body bytes
 * @param keepAlive  whether the server left the connection open for the next request
 */
public record QueryResponse(int status, byte[] body, boolean keepAlive) {

    /** True when the answer is HTTP 200 and its XML root element is {@code expectedRoot}. */
    public boolean isOk(String expectedRoot) {
        return status == 200 && expectedRoot.equals(rootElement());
    }

    /**
     * The name of the first element of the XML body, skipping the XML declaration, comments and
     * processing instructions; empty when the body holds no element.
     */
    public String rootElement() {
        int i = 0;
        while (i < body.length) {
            if (body[i] != '<') {
                i++;
                continue;
            }
            if (i + 1 < body.length && (body[i + 1] == '?' || body[i + 1] == '!')) {
                i += 2;
                continue;
            }
            int start = i + 1;
            int end = start;
            while (end < body.length && body[end] != '>' && body[end] != '/' && !isSpace(body[end])) {
                end++;
            }
            return new String(body, start, end - start, StandardCharsets.UTF_8);
        }
        return "";
    }

    /** Counts the occurrences of {@code text} in the body (used for one-off sanity checks). */
    public int count(String text) {
        String whole = new String(body, StandardCharsets.UTF_8);
        int n = 0;
        for (int at = whole.indexOf(text); at >= 0; at = whole.indexOf(text, at + text.length())) {
            n++;
        }
        return n;
    }

    /** A short, single-line description for error reports. */
    public String summary() {
        String text = new String(body, StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        return "HTTP " + status + ": " + (text.length() > 300 ? text.substring(0, 300) + "..." : text);
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }
}
