package io.ec2emulator.api;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.services.ec2.Ec2Client;

/**
 * One {@link TestServer} for a test class ({@code @RegisterExtension static final}), started before
 * its first test and closed after its last, and a fresh account for each {@link #newAccount()} so
 * that quotas and defaults of one test do not reach another.
 */
public final class ServerPerClass implements BeforeAllCallback, AfterAllCallback {

    private final String accountPrefix;
    private final Supplier<TestServer> factory;
    private final AtomicInteger accounts = new AtomicInteger();
    private TestServer server;

    /** @param accountPrefix the first 7 digits of the 12-digit account ids this class uses */
    public ServerPerClass(String accountPrefix) {
        this(accountPrefix, TestServer::new);
    }

    public ServerPerClass(String accountPrefix, Supplier<TestServer> factory) {
        if (!accountPrefix.matches("\\d{7}")) {
            throw new IllegalArgumentException("an account prefix is 7 digits: " + accountPrefix);
        }
        this.accountPrefix = accountPrefix;
        this.factory = factory;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server = factory.get();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.close();
    }

    public TestServer server() {
        return server;
    }

    /** A client of a new account in us-east-1. */
    public Ec2Client newAccount() {
        return server.client(accountPrefix + String.format("%05d", accounts.incrementAndGet()), "us-east-1");
    }
}
