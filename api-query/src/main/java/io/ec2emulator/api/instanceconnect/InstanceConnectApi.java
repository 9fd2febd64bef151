package io.ec2emulator.api.instanceconnect;

import io.ec2emulator.api.dispatch.ApiResponse;
import io.ec2emulator.api.dispatch.CallerIdentity;
import io.ec2emulator.core.Ec2Error;
import io.ec2emulator.core.Emulator;
import io.ec2emulator.core.state.RegionState;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The EC2 Instance Connect API (AWS JSON 1.1, {@code AWSEC2InstanceConnectService}, version 2018-04-02)
 * on the emulator's endpoint: a {@code POST} whose {@code X-Amz-Target} names the operation and whose
 * body is a JSON object. The account and region come from the SigV4 credential as for the Query API.
 * The rules are the core's ({@link io.ec2emulator.core.instanceconnect.InstanceConnectKeys}); this class
 * only reads the JSON and writes the answer.
 */
public final class InstanceConnectApi {

    /** What the {@code X-Amz-Target} of every operation of the service starts with. */
    public static final String TARGET_PREFIX = "AWSEC2InstanceConnectService.";
    /** The Content-Type of its answers. */
    public static final String CONTENT_TYPE = JsonReplies.CONTENT_TYPE;

    static final String SEND_SSH_PUBLIC_KEY = "SendSSHPublicKey";
    static final String SEND_SERIAL_CONSOLE_SSH_PUBLIC_KEY = "SendSerialConsoleSSHPublicKey";
    private static final int MAX_NAME_IN_MESSAGE = 128;
    private static final Logger LOG = LoggerFactory.getLogger(InstanceConnectApi.class);

    private final Emulator emulator;
    private final String defaultAccountId;

    public InstanceConnectApi(Emulator emulator, String defaultAccountId) {
        this.emulator = emulator;
        this.defaultAccountId = defaultAccountId;
    }

    /**
     * Serves one call: any {@code X-Amz-Target} other than this service's two operations is
     * {@code UnknownOperationException}; client mistakes are HTTP 400, never 5xx.
     *
     * @param target        the {@code X-Amz-Target} header
     * @param body          the request body
     * @param authorization the {@code Authorization} header, or null
     */
    public ApiResponse serve(String target, byte[] body, String authorization) {
        String requestId = UUID.randomUUID().toString();
        String operation = target.startsWith(TARGET_PREFIX) ? target.substring(TARGET_PREFIX.length()) : null;
        String action = operation == null ? shorten(target) : shorten(operation);
        try {
            if (!SEND_SSH_PUBLIC_KEY.equals(operation) && !SEND_SERIAL_CONSOLE_SSH_PUBLIC_KEY.equals(operation)) {
                throw Ec2Error.client("UnknownOperationException", "The operation " + action
                        + " is not an operation of AWSEC2InstanceConnectService");
            }
            CallerIdentity caller = CallerIdentity.resolve(authorization, null, defaultAccountId);
            if (!emulator.regions().isKnown(caller.region())) {
                throw Ec2Error.client("AuthException", "Credential should be scoped to a valid region, not '"
                        + shorten(caller.region()) + "'.");
            }
            JsonRequest request = JsonRequest.parse(body);
            RegionState region = emulator.state(caller.accountId(), caller.region());
            if (operation.equals(SEND_SSH_PUBLIC_KEY)) {
                sendSshPublicKey(region, request);
            } else {
                sendSerialConsoleSshPublicKey(region, request);
            }
            return JsonReplies.success(requestId, action);
        } catch (Ec2Error error) {
            return JsonReplies.error(error.httpStatus(), error.code(), error.getMessage(), requestId, action);
        } catch (RuntimeException | Error fault) {
            LOG.error("internal error in request {} (action {})", requestId, action, fault);
            return JsonReplies.error(500, "ServiceException", "The service encountered an error", requestId, action);
        }
    }

    private static void sendSshPublicKey(RegionState region, JsonRequest request) {
        String instanceId = request.text("InstanceId");
        String osUser = request.text("InstanceOSUser");
        String key = request.text("SSHPublicKey");
        String zone = request.text("AvailabilityZone");
        region.transact(false, () -> region.instanceConnect().push(instanceId, osUser, key, zone));
    }

    private static void sendSerialConsoleSshPublicKey(RegionState region, JsonRequest request) {
        String instanceId = request.text("InstanceId");
        Integer port = request.integer("SerialPort");
        String key = request.text("SSHPublicKey");
        region.transact(false, () -> {
            region.instanceConnect().pushSerialConsole(instanceId, port, key);
            return null;
        });
    }

    private static String shorten(String name) {
        return name.length() > MAX_NAME_IN_MESSAGE ? name.substring(0, MAX_NAME_IN_MESSAGE) + "…" : name;
    }
}
