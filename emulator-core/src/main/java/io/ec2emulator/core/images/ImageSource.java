package io.ec2emulator.core.images;

import io.ec2emulator.core.state.ResourceStore;
import java.util.List;
import java.util.NavigableMap;
import java.util.Set;

/**
 * A collection of images that {@code DescribeImages} searches: the public catalog of one region, or (in a
 * region's state) the images an account registered. Images are kept sorted by id, with indexes by name,
 * owner id and owner alias so that the common queries do not scan.
 */
public interface ImageSource {

    /** Index of image names. */
    String BY_NAME = "name";
    /** Index of owner account ids. */
    String BY_OWNER = "owner-id";
    /** Index of owner aliases ({@code amazon}, {@code aws-marketplace}, …). */
    String BY_ALIAS = "owner-alias";

    /** Every image, by id. */
    NavigableMap<String, Image> all();

    /** Ids of the images whose index {@code index} ({@link #BY_NAME}, …) holds {@code key}. */
    Set<String> lookup(String index, String key);

    /** Declares the indexes an {@link ImageSource} needs on a store, before anything is stored in it. */
    static ResourceStore<Image> withIndexes(ResourceStore<Image> store) {
        return store.index(BY_NAME, i -> i.name() == null ? List.of() : List.of(i.name()))
                .index(BY_OWNER, i -> List.of(i.ownerId()))
                .index(BY_ALIAS, i -> i.ownerAlias() == null ? List.of() : List.of(i.ownerAlias()));
    }

    /** A source over a store whose indexes were declared with {@link #withIndexes}. */
    static ImageSource of(ResourceStore<Image> store) {
        return new ImageSource() {
            @Override
            public NavigableMap<String, Image> all() {
                return store.all();
            }

            @Override
            public Set<String> lookup(String index, String key) {
                return store.lookup(index, key);
            }
        };
    }
}
