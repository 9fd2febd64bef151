package io.ec2emulator.core.images;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/** The public images of one region: immutable, sorted by id, indexed by name, owner id and owner alias. */
public final class RegionImages implements ImageSource {

    private final String region;
    private final NavigableMap<String, Image> byId;
    private final Map<String, Map<String, Set<String>>> indexes = new HashMap<>();

    RegionImages(String region, List<Image> images) {
        this.region = region;
        TreeMap<String, Image> sorted = new TreeMap<>();
        for (Image image : images) {
            if (sorted.put(image.imageId(), image) != null) {
                throw new IllegalStateException("Duplicate image id " + image.imageId() + " in " + region);
            }
        }
        this.byId = Collections.unmodifiableNavigableMap(sorted);
        indexes.put(BY_NAME, index(sorted, Image::name));
        indexes.put(BY_OWNER, index(sorted, Image::ownerId));
        indexes.put(BY_ALIAS, index(sorted, Image::ownerAlias));
    }

    /** The region these images belong to. */
    public String region() {
        return region;
    }

    @Override
    public NavigableMap<String, Image> all() {
        return byId;
    }

    @Override
    public Set<String> lookup(String index, String key) {
        Map<String, Set<String>> values = indexes.get(index);
        if (values == null) {
            throw new IllegalArgumentException("no index " + index);
        }
        return values.getOrDefault(key, Set.of());
    }

    /** The image with this name, if the region has one. */
    public java.util.Optional<Image> byName(String name) {
        return lookup(BY_NAME, name).stream().findFirst().map(byId::get);
    }

    private static Map<String, Set<String>> index(Map<String, Image> images, Function<Image, String> key) {
        Map<String, TreeSet<String>> index = new HashMap<>();
        for (Image image : images.values()) {
            String value = key.apply(image);
            if (value != null) {
                index.computeIfAbsent(value, k -> new TreeSet<>()).add(image.imageId());
            }
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        index.forEach((k, ids) -> frozen.put(k, Collections.unmodifiableSet(ids)));
        return Map.copyOf(frozen);
    }
}
