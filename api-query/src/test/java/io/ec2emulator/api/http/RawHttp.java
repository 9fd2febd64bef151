package io.ec2emulator.api.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** HTTP/1.1 by hand over a plain socket, for requests no HTTP client would send. */
final class RawHttp {

    /** How long connecting and each read may block. */
    static final int TIMEOUT_MS = 5_000;

    private RawHttp() {
    }

    /** A connection to the server at this endpoint, with bounded connect and read timeouts. */
    static Socket connect(URI endpoint) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", endpoint.getPort()), TIMEOUT_MS);
        socket.setSoTimeout(TIMEOUT_MS);
        return socket;
    }

    /** The request line and headers of a POST to {@code /}, up to where Content-Length would go. */
    static String postHead(String contentType) {
        return "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + contentType + "\r\n";
    }

    /** A complete POST to {@code /} with this body. */
    static byte[] post(String contentType, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((postHead(contentType) + "Content-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(body);
        return out.toByteArray();
    }

    static void send(Socket socket, byte[] bytes) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(bytes);
        out.flush();
    }

    /** Sends a request and reads its answer. */
    static Response exchange(Socket socket, byte[] request) throws IOException {
        send(socket, request);
        return read(socket.getInputStream());
    }

    /** The next response, whatever its status; the connection must not end first. */
    static Response read(InputStream in) throws IOException {
        Response response = next(in, false);
        if (response == null) {
            throw new IOException("connection closed before a response");
        }
        return response;
    }

    /** The next final response, skipping 1xx; null at the end of the stream. After HEAD, no body is read. */
    static Response readFinal(InputStream in, boolean head) throws IOException {
        Response response = next(in, head);
        while (response != null && response.status() >= 100 && response.status() < 200) {
            response = next(in, head);
        }
        return response;
    }

    /** The next response, 1xx included (without a body); null at the end of the stream. */
    private static Response next(InputStream in, boolean head) throws IOException {
        String statusLine = line(in);
        if (statusLine == null) {
            return null;
        }
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].equals("HTTP/1.1") && !parts[0].equals("HTTP/1.0")) {
            throw new IOException("not an HTTP response: " + printable(statusLine, 200));
        }
        int status = Integer.parseInt(parts[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            headers.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT), header.substring(colon + 1).trim());
        }
        String length = headers.get("content-length");
        byte[] body;
        if (head || status >= 100 && status < 200) {
            body = new byte[0];
        } else if (length != null) {
            int expected = Integer.parseInt(length);
            body = in.readNBytes(expected);
            if (body.length != expected) {
                throw new IOException("body cut short: " + body.length + " of " + expected + " bytes");
            }
        } else {
            body = in.readAllBytes();
        }
        return new Response(status, headers, body);
    }

    /** One line without its CRLF (or bare LF); null at the end of the stream. */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int n = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }

    /** Text safe to print: control characters escaped, bounded length. */
    static String printable(String text, int max) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length() && out.length() < max; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0)) {
                out.append(String.format("\\x%02x", (int) c));
            } else {
                out.append(c);
            }
        }
        return text.length() > max ? out + "… (" + text.length() + " chars)" : out.toString();
    }

    /** One response read off a raw socket; header names are lower case. */
    record Response(int status, Map<String, String> headers, byte[] body) {

        String header(String lowerCaseName) {
            return headers.get(lowerCaseName);
        }
    }
}
