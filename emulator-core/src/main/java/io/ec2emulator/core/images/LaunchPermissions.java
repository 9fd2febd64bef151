package io.ec2emulator.core.images;

import java.util.Set;

/** The accounts an own image is shared with (the {@code all} group is the image's {@code isPublic}). */
public record LaunchPermissions(String imageId, Set<String> accountIds) {

    public LaunchPermissions {
        accountIds = Set.copyOf(accountIds);
    }
}
