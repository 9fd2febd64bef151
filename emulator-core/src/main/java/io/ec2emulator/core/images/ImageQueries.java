package io.ec2emulator.core.images;

import io.ec2emulator.core.Ec2Error;
import io.ec2emulator.core.filter.FilterCriterion;
import io.ec2emulator.core.filter.Page;
import io.ec2emulator.core.filter.PageRequest;
import io.ec2emulator.core.filter.ValuePattern;
import io.ec2emulator.core.state.IdGenerator;
import io.ec2emulator.core.state.RegionState;
import io.ec2emulator.core.tags.TagStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * {@code DescribeImages} for one caller in one region, over every {@link ImageSource} the caller can see (the
 * region's public catalog; the account's own images join as another source). Rules:
 * <ul>
 *   <li>{@code ImageIds}: a malformed id is {@code InvalidAMIID.Malformed}; ids that do not exist are
 *       {@code InvalidAMIID.NotFound}, naming all of them. Images asked for by id are listed even when
 *       deprecated.</li>
 *   <li>{@code Owners}: any of the listed owners; {@code self} is the caller, {@code amazon},
 *       {@code aws-marketplace} and {@code aws-backup-vault} match the image's owner alias.</li>
 *   <li>{@code ExecutableUsers}: {@code all} is every public image; {@code self} and account ids are images
 *       shared with that account by launch permission.</li>
 *   <li>Deprecated images are left out unless {@code IncludeDeprecated}, asked for by id, or the caller's own;
 *       disabled images only appear to their owner with {@code IncludeDisabled}.</li>
 *   <li>Filters AND, values OR, wildcards; unknown filter names are errors. Results are in image id order,
 *       paginated with tokens that resume after the last id.</li>
 * </ul>
 * Ids, names and owners are looked up in the sources' indexes rather than by scanning.
 */
public final class ImageQueries {

    private static final String PREFIX = "ami";
    private static final Pattern ACCOUNT_ID = Pattern.compile("[0-9]{12}");
    private static final Set<String> OWNER_ALIASES = Set.of("amazon", "aws-marketplace", "aws-backup-vault");
    private static final String SELF = "self";
    private static final String ALL = "all";

    private final List<ImageSource> sources;
    private final TagStore tags;
    private final String accountId;
    private final Instant now;
    private final Function<String, Set<String>> launchPermissions;

    /**
     * @param sources   the images the caller can see, each sorted by id; an id is in at most one source
     * @param tags      the caller's tags (tag filters read them)
     * @param accountId the caller's account
     * @param now       the time that decides which images are deprecated
     */
    public ImageQueries(List<ImageSource> sources, TagStore tags, String accountId, Instant now) {
        this(sources, tags, accountId, now, id -> Set.of());
    }

    /**
     * @param launchPermissions the accounts an image is shared with, by image id ({@code ExecutableUsers})
     */
    public ImageQueries(List<ImageSource> sources, TagStore tags, String accountId, Instant now,
                        Function<String, Set<String>> launchPermissions) {
        this.sources = List.copyOf(sources);
        this.tags = tags;
        this.accountId = accountId;
        this.now = now;
        this.launchPermissions = launchPermissions;
    }

    /**
     * The queries of a region's caller: the region's public catalog, the caller's own images, and the
     * images other accounts made public or shared with the caller.
     */
    public static ImageQueries forRegion(RegionState state) {
        AccountImages own = state.images();
        return new ImageQueries(List.of(PublicImageCatalog.standard().inRegion(state.region()), own.source(),
                own.sharedWithCaller()), state.tags(), state.accountId(), state.clock().instant(),
                own::launchPermissions);
    }

    /** Whether {@code id} has the shape of an image id. */
    public static boolean looksLikeId(String id) {
        return IdGenerator.isWellFormed(id, PREFIX);
    }

    /** The image with this id that the caller can see (deprecated or not), if any. */
    public Optional<Image> find(String imageId) {
        for (ImageSource source : sources) {
            Image image = source.all().get(imageId);
            if (image != null && visible(image)) {
                return Optional.of(image);
            }
        }
        return Optional.empty();
    }

    /** DescribeImages: validates everything first, then answers one page in image id order. */
    public Page<Image> describe(ImageQuery query, PageRequest page) {
        Set<String> ids = new LinkedHashSet<>();
        for (String id : query.imageIds()) {
            if (!looksLikeId(id)) {
                throw ImageErrors.malformedId(id);
            }
            ids.add(id);
        }
        query.owners().forEach(ImageQueries::checkOwner);
        query.executableUsers().forEach(ImageQueries::checkExecutableUser);
        Predicate<Image> matches = compile(query.filters());
        List<String> missing = ids.stream().filter(id -> find(id).isEmpty()).toList();
        if (!missing.isEmpty()) {
            throw ImageErrors.notFound(missing);
        }
        Predicate<Image> listed = scope(query, !ids.isEmpty()).and(matches);
        return page(candidates(query, ids, page.afterId()), listed, page);
    }

    private Page<Image> page(Iterable<String> candidates, Predicate<Image> listed, PageRequest request) {
        int limit = request.maxResults() == null ? Integer.MAX_VALUE : request.maxResults();
        List<Image> items = new ArrayList<>();
        String lastId = null;
        for (String id : candidates) {
            Image image = find(id).orElse(null);
            if (image == null || !listed.test(image)) {
                continue;
            }
            if (items.size() == limit) {
                return new Page<>(items, PageRequest.tokenAfter(lastId));
            }
            items.add(image);
            lastId = id;
        }
        return new Page<>(items, null);
    }

    /** Owners, executable users, deprecation and disabled state. */
    private Predicate<Image> scope(ImageQuery query, boolean byId) {
        Predicate<Image> scope = image -> query.owners().isEmpty()
                || query.owners().stream().anyMatch(owner -> ownedBy(image, owner));
        scope = scope.and(image -> query.executableUsers().isEmpty()
                || query.executableUsers().stream().anyMatch(user -> executableBy(image, user)));
        scope = scope.and(image -> !image.isDeprecatedAt(now) || query.includeDeprecated() || byId || own(image));
        return scope.and(image -> !Image.STATE_DISABLED.equals(image.state())
                || (query.includeDisabled() && own(image)));
    }

    private boolean ownedBy(Image image, String owner) {
        if (owner.equals(SELF)) {
            return own(image);
        }
        if (OWNER_ALIASES.contains(owner)) {
            return owner.equals(image.ownerAlias());
        }
        return owner.equals(image.ownerId());
    }

    /**
     * {@code all}: public images. An account ({@code self} or an id): images shared with it by launch
     * permission, which the public catalog's images are not.
     */
    private boolean executableBy(Image image, String user) {
        if (user.equals(ALL)) {
            return image.isPublic();
        }
        String account = user.equals(SELF) ? accountId : user;
        return launchPermissions.apply(image.imageId()).contains(account);
    }

    private boolean own(Image image) {
        return image.ownerId().equals(accountId);
    }

    private boolean visible(Image image) {
        return image.isPublic() || own(image) || launchPermissions.apply(image.imageId()).contains(accountId);
    }

    private static void checkOwner(String owner) {
        if (owner == null || !(owner.equals(SELF) || OWNER_ALIASES.contains(owner) || ACCOUNT_ID.matcher(owner).matches())) {
            throw ImageErrors.invalidUser(owner);
        }
    }

    private static void checkExecutableUser(String user) {
        if (user == null || !(user.equals(SELF) || user.equals(ALL) || ACCOUNT_ID.matcher(user).matches())) {
            throw ImageErrors.invalidUser(user);
        }
    }

    /** Attribute filters through {@link ImageFilters#SPEC}; tag filters against the caller's tags. */
    private Predicate<Image> compile(List<FilterCriterion> filters) {
        List<FilterCriterion> attributes = new ArrayList<>();
        Predicate<Image> tagged = image -> true;
        for (FilterCriterion filter : filters) {
            if (!ImageFilters.isTagFilter(filter.name())) {
                attributes.add(filter);
                continue;
            }
            if (filter.values().isEmpty()) {
                throw Ec2Error.invalidParameterValue("The filter '" + Ec2Error.shorten(filter.name())
                        + "' must have at least one value");
            }
            List<ValuePattern> patterns = filter.values().stream().map(ValuePattern::of).toList();
            tagged = tagged.and(image -> anyMatch(patterns, tagValues(filter.name(), image.imageId())));
        }
        return ImageFilters.SPEC.predicate(attributes).and(tagged);
    }

    private List<String> tagValues(String filterName, String imageId) {
        Map<String, String> imageTags = tags.tagsOf(imageId);
        if (filterName.equals("tag-key")) {
            return List.copyOf(imageTags.keySet());
        }
        if (filterName.equals("tag-value")) {
            return List.copyOf(imageTags.values());
        }
        String value = imageTags.get(filterName.substring(4));
        return value == null ? List.of() : List.of(value);
    }

    private static boolean anyMatch(List<ValuePattern> patterns, List<String> values) {
        return values.stream().anyMatch(v -> patterns.stream().anyMatch(p -> p.matches(v)));
    }

    /** The ids worth looking at, in order, after {@code afterId}: narrowed by indexes where the query allows. */
    private Iterable<String> candidates(ImageQuery query, Set<String> ids, String afterId) {
        List<Set<String>> narrowing = new ArrayList<>();
        if (!ids.isEmpty()) {
            narrowing.add(ids);
        }
        if (!query.owners().isEmpty()) {
            Set<String> owned = new HashSet<>();
            for (String owner : query.owners()) {
                owned.addAll(lookup(OWNER_ALIASES.contains(owner) ? ImageSource.BY_ALIAS : ImageSource.BY_OWNER,
                        owner.equals(SELF) ? accountId : owner));
            }
            narrowing.add(owned);
        }
        for (FilterCriterion filter : query.filters()) {
            List<ValuePattern> patterns = filter.values().stream().map(ValuePattern::of).toList();
            if (!patterns.stream().allMatch(ValuePattern::isLiteral)) {
                continue;
            }
            if (filter.name().equals("image-id")) {
                narrowing.add(new HashSet<>(patterns.stream().map(ValuePattern::literalText).toList()));
            } else if (ImageFilters.INDEXED.containsKey(filter.name())) {
                Set<String> found = new HashSet<>();
                patterns.forEach(p -> found.addAll(lookup(ImageFilters.INDEXED.get(filter.name()), p.literalText())));
                narrowing.add(found);
            }
        }
        TreeSet<String> result = new TreeSet<>();
        if (narrowing.isEmpty()) {
            for (ImageSource source : sources) {
                result.addAll(afterId == null ? source.all().keySet() : source.all().tailMap(afterId, false).keySet());
            }
            return result;
        }
        narrowing.sort(Comparator.comparingInt(Set::size));
        for (String id : narrowing.get(0)) {
            if ((afterId == null || id.compareTo(afterId) > 0)
                    && narrowing.stream().allMatch(set -> set.contains(id))) {
                result.add(id);
            }
        }
        return result;
    }

    private Set<String> lookup(String index, String key) {
        if (sources.size() == 1) {
            return sources.get(0).lookup(index, key);
        }
        Set<String> ids = new HashSet<>();
        sources.forEach(source -> ids.addAll(source.lookup(index, key)));
        return ids;
    }
}
