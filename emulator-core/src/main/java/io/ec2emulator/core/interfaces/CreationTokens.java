package io.ec2emulator.core.interfaces;

import io.ec2emulator.core.state.RegionState;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code ClientToken}s of one create action: a repeated token answers the resource the first call
 * created (while it exists), instead of creating another. Changes join the region's transaction.
 */
public final class CreationTokens {

    private final RegionState region;
    private final Map<String, String> idsByToken = new HashMap<>();

    public CreationTokens(RegionState region) {
        this.region = region;
    }

    /** The id created earlier with this token, if any. */
    public Optional<String> earlier(String token) {
        return token == null || token.isEmpty() ? Optional.empty() : Optional.ofNullable(idsByToken.get(token));
    }

    public void remember(String token, String id) {
        if (token == null || token.isEmpty()) {
            return;
        }
        String previous = idsByToken.put(token, id);
        region.undoLog().record(() -> {
            if (previous == null) {
                idsByToken.remove(token);
            } else {
                idsByToken.put(token, previous);
            }
        });
    }
}
