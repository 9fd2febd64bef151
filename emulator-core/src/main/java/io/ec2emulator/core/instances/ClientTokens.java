package io.ec2emulator.core.instances;

import io.ec2emulator.core.Ec2Error;
import io.ec2emulator.core.state.RegionState;
import io.ec2emulator.core.state.ResourceStore;
import io.ec2emulator.core.state.Resources;
import java.util.List;
import java.util.Objects;

/**
 * RunInstances idempotency: the same {@code ClientToken} with the same parameters returns the
 * reservation the first call made; with other parameters it is {@code IdempotentParameterMismatch}.
 */
final class ClientTokens {

    /** A RunInstances client token, the request that used it and what it launched. */
    record Remembered(String token, LaunchRequest request, String reservationId, List<String> instanceIds,
                      List<String> groupIds) {
    }

    private final Resources<Instance> instances;
    private final ResourceStore<Remembered> byToken;

    ClientTokens(RegionState region, Resources<Instance> instances) {
        this.instances = instances;
        this.byToken = new ResourceStore<>("instance-client-token", Remembered::token, region.undoLog());
    }

    /** The earlier result for this token, or null when the token is new. */
    LaunchResult replay(LaunchRequest request) {
        Remembered earlier = byToken.get(request.clientToken()).orElse(null);
        if (earlier == null) {
            return null;
        }
        if (!Objects.equals(earlier.request(), request)) {
            throw Ec2Error.client("IdempotentParameterMismatch", "Arguments on this idempotent request are "
                    + "inconsistent with arguments used in previous request(s).");
        }
        return new LaunchResult(earlier.reservationId(), earlier.instanceIds().stream()
                .map(id -> instances.get(id).orElse(null)).filter(Objects::nonNull).toList(), earlier.groupIds());
    }

    void remember(LaunchRequest request, LaunchResult result) {
        String token = request.clientToken();
        byToken.put(new Remembered(token, request, result.reservationId(),
                result.instances().stream().map(Instance::instanceId).toList(), result.groupIds()));
    }
}
