package io.ec2emulator.api.dispatch;

import software.amazon.awssdk.services.ec2.model.Ec2Request;
import software.amazon.awssdk.services.ec2.model.Ec2Response;

/** One EC2 action: takes the decoded typed request, calls the core, returns the typed response. */
@FunctionalInterface
public interface ActionHandler<Q extends Ec2Request, R extends Ec2Response> {

    R handle(ActionContext context, Q request);
}
