package io.ec2emulator.api.dispatch;

import java.util.List;
import software.amazon.awssdk.services.ec2.model.Ec2Request;
import software.amazon.awssdk.services.ec2.model.Ec2Response;

/**
 * An implemented action: its name, the SDK request class the codec decodes into, the request
 * parameters EC2 requires (by wire name, checked before the handler runs) and the handler.
 */
public record Action<Q extends Ec2Request, R extends Ec2Response>(
        String name, Class<Q> requestType, List<String> requiredParameters, ActionHandler<Q, R> handler) {

    public Action {
        requiredParameters = List.copyOf(requiredParameters);
    }
}
