package io.ec2emulator.api.http;

/**
 * How the HTTP front end listens: bind address, port (0 picks a free one), the largest request body
 * accepted, and the account used for callers whose access key is not a 12-digit account id.
 */
public record ServerOptions(String bindAddress, int port, int maxBodyBytes, String defaultAccountId) {

    public static final String DEFAULT_BIND = "127.0.0.1";
    public static final int DEFAULT_PORT = 4566;
    public static final int DEFAULT_MAX_BODY_BYTES = 4 * 1024 * 1024;
    public static final String DEFAULT_ACCOUNT_ID = "000000000000";

    public static ServerOptions defaults() {
        return new ServerOptions(DEFAULT_BIND, DEFAULT_PORT, DEFAULT_MAX_BODY_BYTES, DEFAULT_ACCOUNT_ID);
    }

    public ServerOptions withPort(int newPort) {
        return new ServerOptions(bindAddress, newPort, maxBodyBytes, defaultAccountId);
    }

    public ServerOptions withBindAddress(String address) {
        return new ServerOptions(address, port, maxBodyBytes, defaultAccountId);
    }

    public ServerOptions withDefaultAccountId(String account) {
        return new ServerOptions(bindAddress, port, maxBodyBytes, account);
    }
}
