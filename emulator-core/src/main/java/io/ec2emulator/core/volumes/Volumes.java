package io.ec2emulator.core.volumes;

import io.ec2emulator.core.Ec2Error;
import io.ec2emulator.core.filter.FilterCriterion;
import io.ec2emulator.core.filter.FilterSpec;
import io.ec2emulator.core.filter.Page;
import io.ec2emulator.core.filter.PageRequest;
import io.ec2emulator.core.filter.ResourceQuery;
import io.ec2emulator.core.regions.RegionCatalog;
import io.ec2emulator.core.regions.RegionInfo;
import io.ec2emulator.core.regions.ZoneInfo;
import io.ec2emulator.core.snapshots.Snapshot;
import io.ec2emulator.core.state.RegionState;
import io.ec2emulator.core.state.ResourceStore;
import io.ec2emulator.core.state.Resources;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The EBS volumes of one account and region, and the account's EBS encryption defaults there:
 * CreateVolume (creating until the configured boot delay has passed, then available), DeleteVolume,
 * the Describe calls and the volume attributes, and the volumes instances are launched with.
 */
public final class Volumes {

    /** A volume's status in DescribeVolumeStatus: {@code ok}, or {@code insufficient-data} while creating. */
    public static final FilterSpec<Volume> STATUS_FILTERS = FilterSpec.<Volume>builder()
            .deferred(more -> more
                    .single("availability-zone", Volume::availabilityZone)
                    .single("volume-status.status", Volumes::status)
                    .many("volume-status.details-name", v -> List.of("io-enabled", "io-performance"))
                    .many("volume-status.details-status", v -> List.of(ioEnabled(v), "not-applicable"))
                    .many("action.code", v -> List.of())
                    .many("action.description", v -> List.of())
                    .many("action.event-id", v -> List.of())
                    .many("event.description", v -> List.of())
                    .many("event.event-id", v -> List.of())
                    .many("event.event-type", v -> List.of())
                    .many("event.not-after", v -> List.of())
                    .many("event.not-before", v -> List.of()))
            .build();

    private static final String STATE_INDEX = "state";
    private static final Set<String> ATTRIBUTES = Set.of("autoEnableIO", "productCodes");
    private static final Pattern KEY_ID = Pattern.compile("(mrk-)?[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?"
            + "[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}|mrk-[0-9a-fA-F]{32}");
    private static final Pattern KEY_ARN = Pattern.compile("arn:aws[a-z-]*:kms:[a-z0-9-]+:\\d{12}:(key/.+|alias/.+)");
    private static final Pattern ALIAS = Pattern.compile("alias/[a-zA-Z0-9/_-]{1,250}");

    /** A CreateVolume client token, the request that used it and the volume it created. */
    record Remembered(String token, VolumeRequest request, String volumeId) {
    }

    private static final String ENCRYPTION_BY_DEFAULT = "ebs-encryption-by-default";
    private static final String DEFAULT_KMS_KEY_ID = "ebs-default-kms-key-id";

    private final RegionState region;
    private final Resources<Volume> volumes;
    private final ResourceStore<Remembered> byToken;
    private final VolumeAttachments attachments;
    private final VolumeModifications modifications;
    private static final String AWS_MANAGED_KEY_SUFFIX = ":alias/aws/ebs";

    public Volumes(RegionState region) {
        this.region = region;
        this.volumes = new Resources<>(region, VolumeKind.VOLUME)
                .index("attached-to", v -> v.attachments().stream().map(VolumeAttachment::instanceId).toList())
                .index(STATE_INDEX, v -> List.of(v.state()))
                .index(VolumeAttachments.CHANGING_INDEX, VolumeAttachments::changing);
        this.byToken = new ResourceStore<>("volume-client-token", Remembered::token, region.undoLog());
        region.registerTimed(this::advanceTo);
        this.attachments = new VolumeAttachments(region, volumes);
        this.modifications = new VolumeModifications(region, this);
    }

    public Resources<Volume> resources() {
        return volumes;
    }

    /** AttachVolume and DetachVolume. */
    public VolumeAttachments attachments() {
        return attachments;
    }

    /** ModifyVolume and DescribeVolumesModifications. */
    public VolumeModifications modifications() {
        return modifications;
    }

    /** The status DescribeVolumeStatus reports for {@code volume}. */
    public static String status(Volume volume) {
        return volume.state().equals("creating") ? "insufficient-data" : "ok";
    }

    /** The {@code io-enabled} check of DescribeVolumeStatus. */
    public static String ioEnabled(Volume volume) {
        return volume.state().equals("creating") ? "insufficient-data" : "passed";
    }

    /** CreateVolume. */
    public Volume create(VolumeRequest request) {
        String token = request.clientToken();
        if (token != null && !token.isEmpty()) {
            Remembered earlier = byToken.get(token).orElse(null);
            if (earlier != null) {
                if (!Objects.equals(earlier.request(), request)) {
                    throw Ec2Error.client("IdempotentParameterMismatch", "Arguments on this idempotent request are "
                            + "inconsistent with arguments used in previous request(s).");
                }
                Volume previous = volumes.get(earlier.volumeId()).orElse(null);
                if (previous != null) {
                    return previous;
                }
            }
        }
        var tags = region.tagging().matching(request.tagSpecifications(), Set.of("volume"));
        ZoneInfo zone = zone(request.availabilityZone(), request.availabilityZoneId());
        if (request.size() == null && request.snapshotId() == null) {
            throw Ec2Error.missingParameter("size or snapshotId");
        }
        Snapshot snapshot = request.snapshotId() == null ? null
                : region.snapshots().findUsable(request.snapshotId());
        int size = request.size() != null ? request.size() : snapshot.volumeSize();
        if (snapshot != null && size < snapshot.volumeSize()) {
            throw Ec2Error.invalidParameterValue("Volume of size " + size + "GB is smaller than snapshot '"
                    + snapshot.snapshotId() + "', expect size >= " + snapshot.volumeSize() + "GB");
        }
        String type = VolumeRules.type(request.volumeType(), "gp2");
        VolumeRules.Performance performance = VolumeRules.check(type, size, request.iops(), request.throughput(),
                request.multiAttachEnabled(), false);
        boolean encrypted = Boolean.TRUE.equals(request.encrypted()) || encryptionByDefault()
                || snapshot != null && snapshot.encrypted();
        if (request.kmsKeyId() != null && !encrypted) {
            throw Ec2Error.client("InvalidParameterDependency",
                    "The parameter KmsKeyId requires the parameter Encrypted to be set.");
        }
        String kmsKeyId = null;
        if (encrypted) {
            kmsKeyId = request.kmsKeyId() != null ? kmsKey(request.kmsKeyId())
                    : snapshot != null && snapshot.encrypted() && snapshot.kmsKeyId() != null ? snapshot.kmsKeyId()
                    : defaultKmsKeyId();
        }
        Volume volume = new Volume(volumes.newId(), size, type, performance.iops(), performance.throughput(),
                request.snapshotId(), zone.zoneName(), zone.zoneId(), "creating", encrypted, kmsKeyId,
                region.clock().instant(), request.multiAttachEnabled(), List.of(), false);
        volumes.put(volume);
        region.tagging().applySpecifications(tags, volume.volumeId(), "volume");
        if (token != null && !token.isEmpty()) {
            byToken.put(new Remembered(token, request, volume.volumeId()));
        }
        return volume;
    }

    private ZoneInfo zone(String name, String id) {
        if (name != null && id != null) {
            throw Ec2Error.invalidParameterCombination(
                    "Only one of the parameters AvailabilityZone and AvailabilityZoneId may be specified.");
        }
        if (name == null && id == null) {
            throw Ec2Error.missingParameter("AvailabilityZone or AvailabilityZoneId");
        }
        List<ZoneInfo> zones = RegionCatalog.standard().region(region.region()).map(RegionInfo::zones)
                .orElse(List.of());
        if (name != null) {
            return zones.stream().filter(z -> z.zoneName().equals(name)).findFirst()
                    .orElseThrow(() -> Ec2Error.invalidParameterValue("Invalid availability zone: ["
                            + Ec2Error.shorten(name) + "]"));
        }
        return zones.stream().filter(z -> z.zoneId().equals(id)).findFirst()
                .orElseThrow(() -> Ec2Error.invalidParameterValue("Invalid availability zone ID: ["
                        + Ec2Error.shorten(id) + "]"));
    }

    /** DeleteVolume: only an {@code available} volume; afterwards it is gone. */
    public void delete(String volumeId) {
        Volume volume = volumes.require(volumeId);
        if (!volume.attachments().isEmpty()) {
            throw Ec2Error.client("VolumeInUse", "Volume " + volumeId + " is currently attached to "
                    + volume.attachments().get(0).instanceId());
        }
        if (!volume.state().equals("available")) {
            throw Ec2Error.client("IncorrectState", "The volume '" + volumeId + "' is in the '" + volume.state()
                    + "' state; only 'available' volumes can be deleted.");
        }
        volumes.remove(volumeId);
    }

    /** A volume created for a launch and attached to the instance at once (DeleteOnTermination as mapped). */
    public Volume createAttached(int size, String volumeType, Integer iops, Integer throughput, String snapshotId,
                                 String zone, String zoneId, boolean encrypted, String instanceId, String device,
                                 boolean deleteOnTermination) {
        boolean encrypt = encrypted || encryptionByDefault();
        Volume volume = new Volume(volumes.newId(), size, volumeType, iops, throughput, snapshotId, zone, zoneId,
                "in-use", encrypt, encrypt ? defaultKmsKeyId() : null, region.clock().instant(), false,
                List.of(new VolumeAttachment(instanceId, device, "attached", region.clock().instant(),
                        deleteOnTermination)), false);
        volumes.put(volume);
        return volume;
    }

    /** Detaches everything attached to {@code instanceId}: volumes marked delete-on-termination are deleted. */
    public void instanceTerminated(String instanceId) {
        for (String volumeId : List.copyOf(volumes.store().lookup("attached-to", instanceId))) {
            Volume volume = volumes.require(volumeId);
            boolean delete = volume.attachments().stream()
                    .anyMatch(a -> a.instanceId().equals(instanceId) && a.deleteOnTermination());
            List<VolumeAttachment> rest = volume.attachments().stream()
                    .filter(a -> !a.instanceId().equals(instanceId)).toList();
            if (delete && rest.isEmpty()) {
                volumes.remove(volume.volumeId());
            } else {
                volumes.put(volume.withState(rest.isEmpty() ? "available" : "in-use", rest));
            }
        }
    }

    /** DescribeVolumes; a {@code MaxResults} above 500 returns 500, as EC2 documents. */
    public Page<Volume> describe(List<String> ids, List<FilterCriterion> filters, Integer maxResults, String nextToken) {
        Integer pageSize = maxResults != null && maxResults > VolumeKind.VOLUME.maxResults()
                ? Integer.valueOf(VolumeKind.VOLUME.maxResults()) : maxResults;
        return volumes.describe(ids, filters, pageSize, nextToken);
    }

    /** DescribeVolumeStatus: MaxResults 5–1,000, filters as {@link #STATUS_FILTERS}. */
    public Page<Volume> describeStatus(List<String> ids, List<FilterCriterion> filters, Integer maxResults,
                                       String nextToken) {
        for (String id : ids) {
            volumes.require(id);
        }
        PageRequest page = PageRequest.of(maxResults, nextToken, 5, 1000);
        ResourceQuery<Volume> query = ResourceQuery.over(volumes.store(), region.tags(), STATUS_FILTERS)
                .filters(filters);
        if (!ids.isEmpty()) {
            query.onlyIds(ids);
        }
        return query.page(page);
    }

    /** DescribeVolumeAttribute: checks the attribute name and returns the volume. */
    public Volume describeAttribute(String volumeId, String attribute) {
        if (!ATTRIBUTES.contains(attribute)) {
            throw Ec2Error.invalidParameterValue("Value (" + Ec2Error.shorten(attribute)
                    + ") for parameter attribute is invalid. Unknown attribute.");
        }
        return volumes.require(volumeId);
    }

    /** ModifyVolumeAttribute: sets {@code autoEnableIO}. */
    public void modifyAttribute(String volumeId, Boolean autoEnableIo) {
        Volume volume = volumes.require(volumeId);
        if (autoEnableIo == null) {
            throw Ec2Error.missingParameter("AutoEnableIO");
        }
        volumes.put(volume.withAutoEnableIo(autoEnableIo));
    }

    /** GetEbsEncryptionByDefault. */
    public boolean encryptionByDefault() {
        return region.accountSettings().flag(ENCRYPTION_BY_DEFAULT);
    }

    /** Enable/DisableEbsEncryptionByDefault; returns the new setting. */
    public boolean setEncryptionByDefault(boolean value) {
        region.accountSettings().set(ENCRYPTION_BY_DEFAULT, Boolean.toString(value));
        return value;
    }

    /** GetEbsDefaultKmsKeyId: the AWS managed key's alias ARN until modified. */
    public String defaultKmsKeyId() {
        return region.accountSettings().get(DEFAULT_KMS_KEY_ID, awsManagedKey());
    }

    /** ModifyEbsDefaultKmsKeyId; returns the key as it will be reported. */
    public String modifyDefaultKmsKeyId(String kmsKeyId) {
        return setDefaultKmsKeyId(kmsKey(kmsKeyId));
    }

    /** ResetEbsDefaultKmsKeyId: back to the AWS managed key. */
    public String resetDefaultKmsKeyId() {
        return setDefaultKmsKeyId(awsManagedKey());
    }

    private String setDefaultKmsKeyId(String value) {
        region.accountSettings().set(DEFAULT_KMS_KEY_ID, value);
        return value;
    }

    private String awsManagedKey() {
        return "arn:aws:kms:" + region.region() + ":" + region.accountId() + AWS_MANAGED_KEY_SUFFIX;
    }

    /** Whether a volume's or snapshot's KMS key is the account's AWS managed key for EBS ({@code aws/ebs}). */
    public static boolean isAwsManagedKey(String kmsKeyId) {
        return kmsKeyId != null && kmsKeyId.endsWith(AWS_MANAGED_KEY_SUFFIX);
    }

    /** A KMS key as a key ID, key ARN, alias name or alias ARN, reported as an ARN. */
    private String kmsKey(String value) {
        if (KEY_ARN.matcher(value).matches()) {
            return value;
        }
        String prefix = "arn:aws:kms:" + region.region() + ":" + region.accountId() + ":";
        if (ALIAS.matcher(value).matches()) {
            return prefix + value;
        }
        if (KEY_ID.matcher(value).matches()) {
            return prefix + "key/" + value;
        }
        throw Ec2Error.invalidParameterValue("Value (" + Ec2Error.shorten(value) + ") for parameter kmsKeyId is "
                + "invalid. Expected a key ID, key ARN, alias name or alias ARN.");
    }

    private void advanceTo(Instant now) {
        for (String id : List.copyOf(volumes.store().lookup(STATE_INDEX, "creating"))) {
            Volume volume = volumes.require(id);
            if (!volume.createTime().plus(region.settings().bootDelay()).isAfter(now)) {
                volumes.put(volume.withState("available", volume.attachments()));
            }
        }
    }
}
