package io.ec2emulator.core.vpc;

import io.ec2emulator.core.Ec2Error;
import io.ec2emulator.core.state.RegionState;
import io.ec2emulator.core.state.ResourceStore;
import io.ec2emulator.core.state.Resources;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The {@code ClientToken} of the VPC family's Create calls: the same token for the same VPC returns
 * the resource the first call made (while it exists); for another VPC it is
 * {@code IdempotentParameterMismatch}. Tokens are kept per action.
 */
public final class CreationTokens {

    /** A Create call's action and token, the VPC it was for and the resource it made. */
    record Remembered(String actionAndToken, String vpcId, String resourceId) {
    }

    private final ResourceStore<Remembered> byToken;

    CreationTokens(RegionState region) {
        this.byToken = new ResourceStore<>("vpc-family-client-token", Remembered::actionAndToken, region.undoLog());
    }

    <T> T once(String action, String token, String vpcId, Resources<T> resources, Supplier<T> create) {
        if (token == null || token.isEmpty()) {
            return create.get();
        }
        String key = action + " " + token;
        Remembered earlier = byToken.get(key).orElse(null);
        if (earlier != null) {
            if (!Objects.equals(earlier.vpcId(), vpcId)) {
                throw Ec2Error.client("IdempotentParameterMismatch", "Arguments on this idempotent request are "
                        + "inconsistent with arguments used in previous request(s).");
            }
            Optional<T> existing = resources.get(earlier.resourceId());
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        T created = create.get();
        byToken.put(new Remembered(key, vpcId, resources.kind().idOf().apply(created)));
        return created;
    }
}
