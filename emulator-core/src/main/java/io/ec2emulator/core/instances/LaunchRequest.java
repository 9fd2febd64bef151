package io.ec2emulator.core.instances;

import io.ec2emulator.core.tags.TagSpecification;
import java.util.List;

/**
 * What RunInstances asks for, in the core's words. Null means "not given" (EC2's default applies).
 *
 * @param userData base64 text as sent on the wire
 */
public record LaunchRequest(String imageId, String instanceType, Integer minCount, Integer maxCount, String keyName,
                            List<String> securityGroupIds, List<String> securityGroupNames, String subnetId,
                            String availabilityZone, String privateIpAddress, Boolean associatePublicIpAddress,
                            String userData, String clientToken, List<TagSpecification> tagSpecifications,
                            Boolean disableApiTermination, Boolean disableApiStop, String shutdownBehavior,
                            MetadataRequest metadataOptions, String iamInstanceProfileArn, String iamInstanceProfileName,
                            Boolean ebsOptimized, List<DeviceRequest> blockDeviceMappings, String cpuCredits,
                            Boolean monitoring, String tenancy) {

    public LaunchRequest {
        securityGroupIds = securityGroupIds == null ? List.of() : List.copyOf(securityGroupIds);
        securityGroupNames = securityGroupNames == null ? List.of() : List.copyOf(securityGroupNames);
        tagSpecifications = tagSpecifications == null ? List.of() : List.copyOf(tagSpecifications);
        blockDeviceMappings = blockDeviceMappings == null ? List.of() : List.copyOf(blockDeviceMappings);
    }

    /** The {@code MetadataOptions} of a launch or of ModifyInstanceMetadataOptions; nulls keep the current value. */
    public record MetadataRequest(String httpTokens, Integer httpPutResponseHopLimit, String httpEndpoint,
                                  String httpProtocolIpv6, String instanceMetadataTags) {
    }

    /** One {@code BlockDeviceMapping} of a launch. */
    public record DeviceRequest(String deviceName, String virtualName, String noDevice, Integer volumeSize,
                                String volumeType, Integer iops, Integer throughput, Boolean deleteOnTermination,
                                Boolean encrypted, String snapshotId) {
    }
}
