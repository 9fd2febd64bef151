package io.ec2emulator.api.http;

import io.ec2emulator.api.dispatch.ApiResponse;
import io.ec2emulator.api.dispatch.CallerIdentity;
import java.math.BigDecimal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;

/**
 * One line per request on the logger {@value #LOGGER}: {@code action}, {@code account}, {@code region},
 * {@code status}, {@code error} (EC2's error code, only on errors), {@code durationMs} (with
 * microseconds) and {@code requestId}, both in the message ({@code action=DescribeRegions account=...},
 * for any SLF4J back end) and as SLF4J key/value pairs (the server's JSON lines make them fields).
 * EC2 calls and resets are logged at info, {@code /_ec2/health} at debug (health checks poll it).
 * Nothing is computed when the level is off.
 */
final class RequestLog {

    static final String LOGGER = "io.ec2emulator.requests";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

    private static final String API_CALL = "action={} account={} region={} status={} durationMs={} requestId={}";
    private static final String FAILED_API_CALL =
            "action={} account={} region={} status={} error={} durationMs={} requestId={}";
    private static final String CONTROL_CALL = "action={} status={} durationMs={}";

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
        BigDecimal durationMs = millisSince(startedNanos);
        LoggingEventBuilder line = LOG.atInfo()
                .addKeyValue("action", response.action())
                .addKeyValue("account", caller.accountId())
                .addKeyValue("region", caller.region())
                .addKeyValue("status", response.status());
        if (response.errorCode() == null) {
            line.addKeyValue("durationMs", durationMs)
                    .addKeyValue("requestId", response.requestId())
                    .log(API_CALL, response.action(), caller.accountId(), caller.region(), response.status(),
                            durationMs, response.requestId());
        } else {
            line.addKeyValue("error", response.errorCode())
                    .addKeyValue("durationMs", durationMs)
                    .addKeyValue("requestId", response.requestId())
                    .log(FAILED_API_CALL, response.action(), caller.accountId(), caller.region(), response.status(),
                            response.errorCode(), durationMs, response.requestId());
        }
    }

    void control(String method, String path, int status, long startedNanos) {
        boolean health = path.equals("/_ec2/health");
        if (health ? !LOG.isDebugEnabled() : !LOG.isInfoEnabled()) {
            return;
        }
        LoggingEventBuilder line = health ? LOG.atDebug() : LOG.atInfo();
        BigDecimal durationMs = millisSince(startedNanos);
        String action = method + " " + path;
        line.addKeyValue("action", action)
                .addKeyValue("status", status)
                .addKeyValue("durationMs", durationMs)
                .log(CONTROL_CALL, action, status, durationMs);
    }

    private static BigDecimal millisSince(long startedNanos) {
        return BigDecimal.valueOf((System.nanoTime() - startedNanos) / 1000, 3);
    }
}
