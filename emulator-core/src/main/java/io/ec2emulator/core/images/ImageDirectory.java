package io.ec2emulator.core.images;

import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The images accounts own, per region, as every account may see them: each with its launch
 * permissions. Regions update it when an action that changed an image commits, so other accounts
 * (DescribeImages, RunInstances with a shared image) and other regions (CopyImage) read it without
 * taking the owner's lock. Thread-safe.
 */
public final class ImageDirectory {

    /** An account's image and the accounts it is shared with ({@code all} for public). */
    public record Entry(Image image, Set<String> launchPermissions) {

        public Entry {
            launchPermissions = Set.copyOf(launchPermissions);
        }

        public boolean launchableBy(String accountId) {
            return image.ownerId().equals(accountId) || image.isPublic() || launchPermissions.contains(accountId);
        }
    }

    private final Map<String, NavigableMap<String, Entry>> byRegion = new ConcurrentHashMap<>();

    public NavigableMap<String, Entry> region(String region) {
        return byRegion.computeIfAbsent(region, r -> new ConcurrentSkipListMap<>());
    }

    public void publish(String region, Entry entry) {
        region(region).put(entry.image().imageId(), entry);
    }

    public void withdraw(String region, String imageId) {
        region(region).remove(imageId);
    }

    /** Forgets every account image (a reset). */
    public void clear() {
        byRegion.clear();
    }
}
