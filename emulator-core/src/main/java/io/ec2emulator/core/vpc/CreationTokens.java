package io.ec2emulator.core.vpc;

import io.ec2emulator.core.Ec2Error;
import io.ec2emulator.core.state.RegionState;
import io.ec2emulator.core.state.Resources;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The {@code ClientToken} of the VPC family's Create calls: the same token for the same VPC returns
 * the resource the first call made (while it exists); for another VPC it is
 * {@code IdempotentParameterMismatch}. Tokens are kept per action.
 */
public final class CreationTokens {

    private record Remembered(String vpcId, String resourceId) {
    }

    private final RegionState region;
    private final Map<String, Remembered> byToken = new HashMap<>();

    CreationTokens(RegionState region) {
        this.region = region;
    }

    <T> T once(String action, String token, String vpcId, Resources<T> resources, Supplier<T> create) {
        if (token == null || token.isEmpty()) {
            return create.get();
        }
        String key = action + " " + token;
        Remembered earlier = byToken.get(key);
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
        byToken.put(key, new Remembered(vpcId, resources.kind().idOf().apply(created)));
        region.undoLog().record(() -> {
            if (earlier == null) {
                byToken.remove(key);
            } else {
                byToken.put(key, earlier);
            }
        });
        return created;
    }
}
