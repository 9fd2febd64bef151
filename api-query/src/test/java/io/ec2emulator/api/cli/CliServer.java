package io.ec2emulator.api.cli;

import io.ec2emulator.api.TestServer;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The server of an AWS CLI test class ({@code @RegisterExtension static final}): skips the class,
 * saying why in the log, where the AWS CLI is not installed; otherwise starts one {@link TestServer}
 * before the first test and closes it after the last.
 */
final class CliServer implements BeforeAllCallback, AfterAllCallback {

    private static final Logger LOG = Logger.getLogger(CliServer.class.getName());

    private final Supplier<TestServer> factory;
    private TestServer server;

    CliServer(Supplier<TestServer> factory) {
        this.factory = factory;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!Commands.onPath("aws")) {
            LOG.warning(context.getDisplayName() + " skipped: the AWS CLI ('aws') is not on PATH");
        }
        Assumptions.assumeTrue(Commands.onPath("aws"), "the AWS CLI ('aws') is not on PATH");
        server = factory.get();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (server != null) {
            server.close();
        }
    }

    TestServer server() {
        return server;
    }
}
