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
                            Boolean monitoring, String tenancy, List<InterfaceSpec> networkInterfaces) {

    /** A launch without {@code NetworkInterface} specifications. */
    public LaunchRequest(String imageId, String instanceType, Integer minCount, Integer maxCount, String keyName,
                         List<String> securityGroupIds, List<String> securityGroupNames, String subnetId,
                         String availabilityZone, String privateIpAddress, Boolean associatePublicIpAddress,
                         String userData, String clientToken, List<TagSpecification> tagSpecifications,
                         Boolean disableApiTermination, Boolean disableApiStop, String shutdownBehavior,
                         MetadataRequest metadataOptions, String iamInstanceProfileArn, String iamInstanceProfileName,
                         Boolean ebsOptimized, List<DeviceRequest> blockDeviceMappings, String cpuCredits,
                         Boolean monitoring, String tenancy) {
        this(imageId, instanceType, minCount, maxCount, keyName, securityGroupIds, securityGroupNames, subnetId,
                availabilityZone, privateIpAddress, associatePublicIpAddress, userData, clientToken, tagSpecifications,
                disableApiTermination, disableApiStop, shutdownBehavior, metadataOptions, iamInstanceProfileArn,
                iamInstanceProfileName, ebsOptimized, blockDeviceMappings, cpuCredits, monitoring, tenancy, List.of());
    }

    public LaunchRequest {
        networkInterfaces = networkInterfaces == null ? List.of() : List.copyOf(networkInterfaces);
        securityGroupIds = securityGroupIds == null ? List.of() : List.copyOf(securityGroupIds);
        securityGroupNames = securityGroupNames == null ? List.of() : List.copyOf(securityGroupNames);
        tagSpecifications = tagSpecifications == null ? List.of() : List.copyOf(tagSpecifications);
        blockDeviceMappings = blockDeviceMappings == null ? List.of() : List.copyOf(blockDeviceMappings);
    }

    /** The {@code MetadataOptions} of a launch or of ModifyInstanceMetadataOptions; nulls keep the current value. */
    public record MetadataRequest(String httpTokens, Integer httpPutResponseHopLimit, String httpEndpoint,
                                  String httpProtocolIpv6, String instanceMetadataTags) {
    }

    /**
     * One {@code NetworkInterface} specification of a launch: an existing interface
     * ({@code networkInterfaceId}) or a new one in {@code subnetId}. For device index 0 the launch's
     * subnet, groups, private address and public address choice are also given at the top level.
     */
    public record InterfaceSpec(int deviceIndex, String networkInterfaceId, String subnetId, List<String> groupIds,
                                String privateIpAddress, List<String> secondaryPrivateIps, Integer secondaryPrivateIpCount,
                                String description, Boolean deleteOnTermination) {

        public InterfaceSpec {
            groupIds = groupIds == null ? List.of() : List.copyOf(groupIds);
            secondaryPrivateIps = secondaryPrivateIps == null ? List.of() : List.copyOf(secondaryPrivateIps);
        }
    }

    /** One {@code BlockDeviceMapping} of a launch. */
    public record DeviceRequest(String deviceName, String virtualName, String noDevice, Integer volumeSize,
                                String volumeType, Integer iops, Integer throughput, Boolean deleteOnTermination,
                                Boolean encrypted, String snapshotId) {
    }
}
