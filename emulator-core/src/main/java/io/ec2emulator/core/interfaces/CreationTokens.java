package io.ec2emulator.core.interfaces;

import io.ec2emulator.core.state.RegionState;
import io.ec2emulator.core.state.ResourceStore;
import java.util.Optional;

/**
 * The {@code ClientToken}s of one create action: a repeated token answers the resource the first call
 * created (while it exists), instead of creating another. Changes join the region's transaction.
 */
public final class CreationTokens {

    /** A client token and the id of what the call that first used it created. */
    record Remembered(String token, String id) {
    }

    private final ResourceStore<Remembered> byToken;

    /** @param storeName the name the tokens are kept under in the region (one per create action) */
    public CreationTokens(RegionState region, String storeName) {
        this.byToken = new ResourceStore<>(storeName, Remembered::token, region.undoLog());
    }

    /** The id created earlier with this token, if any. */
    public Optional<String> earlier(String token) {
        return token == null || token.isEmpty() ? Optional.empty() : byToken.get(token).map(Remembered::id);
    }

    public void remember(String token, String id) {
        if (token == null || token.isEmpty()) {
            return;
        }
        byToken.put(new Remembered(token, id));
    }
}
