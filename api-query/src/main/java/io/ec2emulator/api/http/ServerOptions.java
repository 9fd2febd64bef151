package io.ec2emulator.api.http;

/**
 * How the HTTP front end listens: bind address, port (0 picks a free one), the largest request body
 * accepted, the account used for callers whose access key is not a 12-digit account id, and whether
 * connections use Netty's pooled buffers.
 *
 * <p>Pooled buffers (Netty's default allocator) suit a long-running server. Unpooled ones suit a server
 * that lives for one test class inside someone else's JVM: Netty 4.2's pooling allocators register
 * their JFR event types at their first allocation, which costs the first request of a JVM about
 * 0.15–0.2 s (docs/performance.md), and a JVM-wide switch ({@code -Dio.netty.jfr.enabled=false})
 * is not ours to set there.
 */
public record ServerOptions(String bindAddress, int port, int maxBodyBytes, String defaultAccountId,
                            boolean pooledBuffers) {

    public static final String DEFAULT_BIND = "127.0.0.1";
    public static final int DEFAULT_PORT = 4566;
    public static final int DEFAULT_MAX_BODY_BYTES = 4 * 1024 * 1024;
    public static final String DEFAULT_ACCOUNT_ID = "000000000000";

    public static ServerOptions defaults() {
        return new ServerOptions(DEFAULT_BIND, DEFAULT_PORT, DEFAULT_MAX_BODY_BYTES, DEFAULT_ACCOUNT_ID, true);
    }

    public ServerOptions withPort(int newPort) {
        return new ServerOptions(bindAddress, newPort, maxBodyBytes, defaultAccountId, pooledBuffers);
    }

    public ServerOptions withBindAddress(String address) {
        return new ServerOptions(address, port, maxBodyBytes, defaultAccountId, pooledBuffers);
    }

    public ServerOptions withDefaultAccountId(String account) {
        return new ServerOptions(bindAddress, port, maxBodyBytes, account, pooledBuffers);
    }

    public ServerOptions withPooledBuffers(boolean pooled) {
        return new ServerOptions(bindAddress, port, maxBodyBytes, defaultAccountId, pooled);
    }
}
