package io.ec2emulator.api.http;

import io.ec2emulator.api.dispatch.ApiResponse;
import io.ec2emulator.api.dispatch.CallerIdentity;
import java.math.BigDecimal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;

/**
 * One line per request on the logger {@value #LOGGER}, with SLF4J key/value pairs: {@code action},
 * {@code account}, {@code region}, {@code status}, {@code error} (EC2's error code, only on errors),
 * {@code durationMs} (with microseconds) and {@code requestId}. EC2 calls and resets are logged at
 * info, {@code /_ec2/health} at debug (health checks poll it). Nothing is computed when the level is off.
 */
final class RequestLog {

    static final String LOGGER = "io.ec2emulator.requests";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

    private final String defaultAccountId;

    RequestLog(String defaultAccountId) {
        this.defaultAccountId = defaultAccountId;
    }

    /**
     * @param authorization   the {@code Authorization} header, or null
     * @param queryCredential the {@code X-Amz-Credential} parameter, or null
     */
    void apiCall(ApiResponse response, String authorization, String queryCredential, long startedNanos) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        CallerIdentity caller = CallerIdentity.resolve(authorization, queryCredential, defaultAccountId);
        LoggingEventBuilder line = LOG.atInfo()
                .addKeyValue("action", response.action())
                .addKeyValue("account", caller.accountId())
                .addKeyValue("region", caller.region())
                .addKeyValue("status", response.status());
        if (response.errorCode() != null) {
            line = line.addKeyValue("error", response.errorCode());
        }
        line.addKeyValue("durationMs", millisSince(startedNanos))
                .addKeyValue("requestId", response.requestId())
                .log();
    }

    void control(String method, String path, int status, long startedNanos) {
        LoggingEventBuilder line = path.equals("/_ec2/health") ? LOG.atDebug() : LOG.atInfo();
        line.addKeyValue("action", method + " " + path)
                .addKeyValue("status", status)
                .addKeyValue("durationMs", millisSince(startedNanos))
                .log();
    }

    private static BigDecimal millisSince(long startedNanos) {
        return BigDecimal.valueOf((System.nanoTime() - startedNanos) / 1000, 3);
    }
}
