package io.ec2emulator.bench;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * A minimal HTTP/1.1 client over one keep-alive socket: it POSTs form bodies to {@code /} and reads
 * {@code Content-Length} or chunked answers. It reconnects only when the server closed the connection or
 * a request failed, and counts every connection it opens so a run can prove that connections were reused.
 * Not thread-safe: one client per load thread.
 */
public final class QueryClient implements AutoCloseable {

    private static final int CONNECT_TIMEOUT_MS = 2_000;
    private static final int MAX_HEADER_BYTES = 64 * 1024;

    private final InetSocketAddress address;
    private final int readTimeoutMs;
    private final byte[] requestHead;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private byte[] buffer = new byte[16 * 1024];
    private int bufferStart;
    private int bufferEnd;
    private long connectionsOpened;

    /**
     * @param address        the emulator's address
     * @param readTimeoutMs  how long to wait for an answer before the request counts as failed
     */
    public QueryClient(InetSocketAddress address, int readTimeoutMs) {
        this(address, readTimeoutMs, "");
    }

    /**
     * @param address        the emulator's address
     * @param readTimeoutMs  how long to wait for an answer before the request counts as failed
     * @param extraHeaders   more header lines sent with every request, each ending in CRLF (empty for none),
     *                       e.g. an {@code Authorization} header that selects the account
     */
    public QueryClient(InetSocketAddress address, int readTimeoutMs, String extraHeaders) {
        this.address = address;
        this.readTimeoutMs = readTimeoutMs;
        this.requestHead = ("POST / HTTP/1.1\r\n"
                + "Host: " + address.getHostString() + ":" + address.getPort() + "\r\n"
                + "Content-Type: application/x-www-form-urlencoded; charset=utf-8\r\n"
                + "Connection: keep-alive\r\n"
                + extraHeaders
                + "Content-Length: ").getBytes(StandardCharsets.US_ASCII);
    }

    /** How many TCP connections this client has opened so far. */
    public long connectionsOpened() {
        return connectionsOpened;
    }

    /** Opens the connection now (instead of on the first request) so that a timed run excludes it. */
    public void open() throws IOException {
        if (socket == null) {
            connect();
        }
    }

    /**
     * Sends one request and reads its complete answer. On any I/O failure the connection is dropped (the
     * next call opens a new one) and the exception is rethrown.
     */
    public QueryResponse send(byte[] formBody) throws IOException {
        try {
            if (socket == null) {
                connect();
            }
            writeRequest(formBody);
            QueryResponse response = readResponse();
            if (!response.keepAlive()) {
                disconnect();
            }
            return response;
        } catch (IOException | RuntimeException e) {
            disconnect();
            throw e;
        }
    }

    @Override
    public void close() {
        disconnect();
    }

    private void connect() throws IOException {
        Socket s = new Socket();
        try {
            s.setTcpNoDelay(true);
            s.connect(address, CONNECT_TIMEOUT_MS);
            s.setSoTimeout(readTimeoutMs);
            in = s.getInputStream();
            out = s.getOutputStream();
        } catch (IOException e) {
            s.close();
            throw e;
        }
        socket = s;
        bufferStart = 0;
        bufferEnd = 0;
        connectionsOpened++;
    }

    private void disconnect() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // the connection is being discarded either way
            }
            socket = null;
            in = null;
            out = null;
        }
    }

    private void writeRequest(byte[] formBody) throws IOException {
        byte[] length = (formBody.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] request = new byte[requestHead.length + length.length + formBody.length];
        System.arraycopy(requestHead, 0, request, 0, requestHead.length);
        System.arraycopy(length, 0, request, requestHead.length, length.length);
        System.arraycopy(formBody, 0, request, requestHead.length + length.length, formBody.length);
        out.write(request);
        out.flush();
    }

    private QueryResponse readResponse() throws IOException {
        String statusLine = readLine();
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP/1.x status line: " + statusLine);
        }
        int status = Integer.parseInt(parts[1]);
        boolean keepAlive = parts[0].equals("HTTP/1.1");
        long contentLength = -1;
        boolean chunked = false;
        for (String line = readLine(); !line.isEmpty(); line = readLine()) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new IOException("malformed header line: " + line);
            }
            String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
            switch (name) {
                case "content-length" -> contentLength = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.contains("chunked");
                case "connection" -> keepAlive = !value.contains("close")
                        && (keepAlive || value.contains("keep-alive"));
                default -> {
                    // other headers do not matter to the benchmark
                }
            }
        }
        byte[] body;
        if (chunked) {
            body = readChunked();
        } else if (contentLength >= 0) {
            body = readExactly(Math.toIntExact(contentLength));
        } else {
            throw new IOException("answer has neither Content-Length nor chunked encoding");
        }
        return new QueryResponse(status, body, keepAlive);
    }

    private byte[] readChunked() throws IOException {
        byte[] body = new byte[0];
        while (true) {
            String sizeLine = readLine();
            int semicolon = sizeLine.indexOf(';');
            int size = Integer.parseInt((semicolon >= 0 ? sizeLine.substring(0, semicolon) : sizeLine).trim(), 16);
            if (size == 0) {
                while (!readLine().isEmpty()) {
                    // skip trailers
                }
                return body;
            }
            byte[] chunk = readExactly(size);
            byte[] joined = Arrays.copyOf(body, body.length + size);
            System.arraycopy(chunk, 0, joined, body.length, size);
            body = joined;
            readLine();
        }
    }

    private String readLine() throws IOException {
        while (true) {
            for (int i = bufferStart; i < bufferEnd; i++) {
                if (buffer[i] == '\n') {
                    int end = i > bufferStart && buffer[i - 1] == '\r' ? i - 1 : i;
                    String line = new String(buffer, bufferStart, end - bufferStart, StandardCharsets.ISO_8859_1);
                    bufferStart = i + 1;
                    return line;
                }
            }
            if (bufferEnd - bufferStart >= MAX_HEADER_BYTES) {
                throw new IOException("header line longer than " + MAX_HEADER_BYTES + " bytes");
            }
            fill();
        }
    }

    private byte[] readExactly(int length) throws IOException {
        byte[] result = new byte[length];
        int copied = Math.min(length, bufferEnd - bufferStart);
        System.arraycopy(buffer, bufferStart, result, 0, copied);
        bufferStart += copied;
        while (copied < length) {
            int n = in.read(result, copied, length - copied);
            if (n < 0) {
                throw new EOFException("connection closed after " + copied + " of " + length + " body bytes");
            }
            copied += n;
        }
        return result;
    }

    /** Reads more bytes into the buffer, compacting or growing it first when it is full. */
    private void fill() throws IOException {
        if (bufferStart > 0) {
            System.arraycopy(buffer, bufferStart, buffer, 0, bufferEnd - bufferStart);
            bufferEnd -= bufferStart;
            bufferStart = 0;
        }
        if (bufferEnd == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        int n = in.read(buffer, bufferEnd, buffer.length - bufferEnd);
        if (n < 0) {
            throw new EOFException("connection closed by the server");
        }
        bufferEnd += n;
    }
}
