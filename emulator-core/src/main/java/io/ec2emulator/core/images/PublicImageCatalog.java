package io.ec2emulator.core.images;

import io.ec2emulator.core.data.DataObject;
import io.ec2emulator.core.data.JsonData;
import io.ec2emulator.core.regions.RegionCatalog;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The public Amazon-owned AMIs every region offers (Amazon Linux, Ubuntu, Debian, RHEL, SUSE, Windows), as
 * data: the bundled resource {@code public-images.json} lists each image once, and each region gets its own
 * copy with its own image and snapshot ids, derived from a hash of region and name so that they are stable
 * across restarts. The file is read on first use (not at server start), and a region's images are built the
 * first time that region is asked for. Thread-safe.
 */
public final class PublicImageCatalog {

    /** Name of the bundled resource, relative to this class. */
    static final String RESOURCE = "public-images.json";

    private static final String TEMPLATE_ID = "ami-00000000000000000";
    private static final String REGION_PLACEHOLDER = "{region}";

    private final List<Image> templates;
    private final RegionCatalog regions;
    private final ConcurrentMap<String, RegionImages> byRegion = new ConcurrentHashMap<>();

    private PublicImageCatalog(List<Image> templates, RegionCatalog regions) {
        this.templates = List.copyOf(templates);
        this.regions = regions;
    }

    /** The catalog of the bundled resource; loaded on first use, shared after that. */
    public static PublicImageCatalog standard() {
        return Holder.STANDARD;
    }

    /** A fresh catalog read from the bundled resource (tests compare two loads). */
    static PublicImageCatalog load() {
        return new PublicImageCatalog(readTemplates(), RegionCatalog.standard());
    }

    /** The public images of {@code region}; none for a region the region catalog does not know. */
    public RegionImages inRegion(String region) {
        if (!regions.isKnown(region)) {
            return new RegionImages(String.valueOf(region), List.of());
        }
        return byRegion.computeIfAbsent(region, this::build);
    }

    /** How many images each region offers. */
    public int imagesPerRegion() {
        return templates.size();
    }

    private RegionImages build(String region) {
        List<Image> images = new ArrayList<>(templates.size());
        for (Image template : templates) {
            images.add(forRegion(template, region));
        }
        return new RegionImages(region, images);
    }

    private static Image forRegion(Image template, String region) {
        List<BlockDeviceMapping> mappings = new ArrayList<>();
        for (BlockDeviceMapping mapping : template.blockDeviceMappings()) {
            EbsMapping ebs = mapping.ebs();
            if (ebs != null) {
                ebs = new EbsMapping(CatalogIds.snapshotId(region, template.name(), mapping.deviceName()),
                        ebs.volumeSize(), ebs.volumeType(), ebs.deleteOnTermination(), ebs.encrypted(), ebs.iops(),
                        ebs.throughput(), ebs.kmsKeyId());
            }
            mappings.add(new BlockDeviceMapping(mapping.deviceName(), mapping.virtualName(), ebs, mapping.noDevice()));
        }
        return template.toBuilder()
                .imageId(CatalogIds.imageId(region, template.name()))
                .imageLocation(template.imageLocation().replace(REGION_PLACEHOLDER, region))
                .blockDeviceMappings(mappings)
                .build();
    }

    private static final class Holder {
        static final PublicImageCatalog STANDARD = load();

        private Holder() {
        }
    }

    private static List<Image> readTemplates() {
        DataObject file = new DataObject(JsonData.readResource(PublicImageCatalog.class, RESOURCE), RESOURCE);
        List<DataObject> entries = file.objects("images");
        if (entries.isEmpty()) {
            throw new IllegalStateException(RESOURCE + " lists no images");
        }
        Set<String> names = new HashSet<>();
        List<Image> templates = new ArrayList<>();
        for (DataObject entry : entries) {
            Image template = template(entry);
            if (!names.add(template.name())) {
                throw new IllegalStateException(entry.where() + ": duplicate image name " + template.name());
            }
            templates.add(template);
        }
        return templates;
    }

    private static Image template(DataObject data) {
        String name = data.string("name");
        String ownerId = data.string("ownerId");
        String alias = data.optionalString("ownerAlias");
        String location = data.string("imageLocation", (alias != null ? alias : ownerId) + "/" + name);
        DataObject os = data.object("osRelease");
        return Image.builder()
                .imageId(TEMPLATE_ID)
                .name(name)
                .description(data.string("description"))
                .ownerId(ownerId)
                .ownerAlias(alias)
                .imageLocation(location)
                .isPublic(true)
                .creationDate(instant(data, "creationDate"))
                .deprecationTime(data.has("deprecationTime") ? instant(data, "deprecationTime") : null)
                .architecture(data.string("architecture"))
                .platform(data.optionalString("platform"))
                .platformDetails(data.string("platformDetails"))
                .usageOperation(data.string("usageOperation"))
                .rootDeviceType(data.string("rootDeviceType"))
                .rootDeviceName(data.string("rootDeviceName"))
                .blockDeviceMappings(data.objects("blockDeviceMappings").stream().map(PublicImageCatalog::mapping).toList())
                .enaSupport(data.bool("enaSupport", true))
                .sriovNetSupport(data.string("sriovNetSupport", "simple"))
                .bootMode(data.optionalString("bootMode"))
                .tpmSupport(data.optionalString("tpmSupport"))
                .imdsSupport(data.optionalString("imdsSupport"))
                .freeTierEligible(data.bool("freeTierEligible", true))
                .defaultUser(data.string("defaultUser"))
                .osRelease(new OsRelease(os.string("id"), os.string("versionId"), os.string("prettyName")))
                .build();
    }

    private static BlockDeviceMapping mapping(DataObject data) {
        String device = data.string("deviceName");
        if (!data.has("ebs")) {
            return BlockDeviceMapping.instanceStore(device, data.string("virtualName"));
        }
        DataObject ebs = data.object("ebs");
        return BlockDeviceMapping.ebs(device, new EbsMapping(null, ebs.integer("volumeSize"), ebs.string("volumeType"),
                ebs.bool("deleteOnTermination", true), ebs.bool("encrypted", false), ebs.optionalInt("iops"),
                ebs.optionalInt("throughput"), null));
    }

    private static Instant instant(DataObject data, String field) {
        try {
            return Instant.parse(data.string(field));
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(data.where() + ": " + field + " is not an ISO 8601 instant", e);
        }
    }
}
