package io.ec2emulator.api.dispatch;

import io.ec2emulator.api.codec.RequestDecoder;
import io.ec2emulator.api.codec.ResponseEncoder;
import io.ec2emulator.core.Ec2Error;
import io.ec2emulator.core.Emulator;
import io.ec2emulator.core.state.RegionState;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.services.ec2.model.Ec2Request;
import software.amazon.awssdk.services.ec2.model.Ec2Response;

/**
 * Serves one EC2 Query call from its parameters to its XML answer: finds the action, decodes the
 * request from the model, checks required parameters, runs the handler inside the region's
 * transaction (so {@code DryRun} and failures change nothing), and encodes the answer or EC2's error.
 */
public final class Dispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

    private final Emulator emulator;
    private final ActionRegistry registry;
    private final String defaultAccountId;

    public Dispatcher(Emulator emulator, ActionRegistry registry, String defaultAccountId) {
        this.emulator = emulator;
        this.registry = registry;
        this.defaultAccountId = defaultAccountId;
    }

    public ActionRegistry registry() {
        return registry;
    }

    /**
     * @param params        every query/form parameter of the call
     * @param authorization the {@code Authorization} header, or null
     */
    public ApiResponse dispatch(Map<String, String> params, String authorization) {
        String requestId = UUID.randomUUID().toString();
        String actionName = params.get("Action");
        try {
            if (actionName == null || actionName.isEmpty()) {
                throw Ec2Error.client("MissingAction", "The request must contain the parameter Action");
            }
            CallerIdentity caller = CallerIdentity.resolve(authorization, params.get("X-Amz-Credential"),
                    defaultAccountId);
            if (!emulator.regions().isKnown(caller.region())) {
                throw Ec2Error.client("AuthFailure", "Credential should be scoped to a valid region, not '"
                        + caller.region() + "'.");
            }
            Action<?, ?> action = findAction(actionName);
            RegionState state = emulator.state(caller.accountId(), caller.region());
            Ec2Response response = run(action, params, new ActionContext(emulator, state, requestId));
            return new ApiResponse(200, ResponseEncoder.encode(actionName, requestId, response), requestId,
                    actionName, null);
        } catch (Ec2Error error) {
            return error(error.httpStatus(), error.code(), error.getMessage(), requestId, actionName);
        } catch (RuntimeException | Error fault) {
            LOG.error("internal error in request {} (action {})", requestId, actionName, fault);
            return error(500, "InternalError", "An internal error has occurred", requestId, actionName);
        }
    }

    private Action<?, ?> findAction(String name) {
        Optional<Action<?, ?>> action = registry.find(name);
        if (action.isPresent()) {
            return action.get();
        }
        if (ModelActions.requestClass(name).isPresent()) {
            throw new Ec2Error("NotImplemented", "The action " + name
                    + " is valid in the EC2 API but not implemented by this emulator yet; see docs/coverage.md",
                    501);
        }
        throw Ec2Error.client("InvalidAction", "The action " + actionName(name) + " is not valid for this web service.");
    }

    private static String actionName(String name) {
        return name.length() > 128 ? name.substring(0, 128) + "…" : name;
    }

    private static <Q extends Ec2Request, R extends Ec2Response> R run(Action<Q, R> action, Map<String, String> params,
                                                                      ActionContext context) {
        Q request = RequestDecoder.decode(action.requestType(), params);
        for (String required : action.requiredParameters()) {
            if (isAbsent(request, required)) {
                throw Ec2Error.missingParameter(required);
            }
        }
        boolean dryRun = hasField(request, "DryRun") && Boolean.TRUE.equals(fieldValue(request, "DryRun"));
        return context.state().transact(dryRun, () -> action.handler().handle(context, request));
    }

    private static boolean isAbsent(SdkPojo request, String wireName) {
        Object value = fieldValue(request, wireName);
        return value == null || value instanceof SdkAutoConstructList
                || (value instanceof String && ((String) value).isEmpty());
    }

    private static boolean hasField(SdkPojo pojo, String wireName) {
        for (SdkField<?> field : pojo.sdkFields()) {
            if (field.locationName().equals(wireName)) {
                return true;
            }
        }
        return false;
    }

    /** The value of the request parameter {@code wireName}; every registered required parameter exists (tested). */
    static Object fieldValue(SdkPojo pojo, String wireName) {
        for (SdkField<?> field : pojo.sdkFields()) {
            if (field.locationName().equals(wireName)) {
                return field.getValueOrDefault(pojo);
            }
        }
        throw new IllegalStateException(pojo.getClass().getSimpleName() + " has no parameter " + wireName);
    }

    private static ApiResponse error(int status, String code, String message, String requestId, String action) {
        return new ApiResponse(status, ResponseEncoder.encodeError(code, message, requestId), requestId, action, code);
    }

    /** An error answer for a request that never reached an action (bad HTTP, oversized body, …). */
    public static ApiResponse rejected(Ec2Error error) {
        String requestId = UUID.randomUUID().toString();
        return error(error.httpStatus(), error.code(), error.getMessage(), requestId, null);
    }
}
