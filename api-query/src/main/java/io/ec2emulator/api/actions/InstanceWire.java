package io.ec2emulator.api.actions;

import io.ec2emulator.core.instances.Instance;
import io.ec2emulator.core.instances.InstanceState;
import io.ec2emulator.core.instances.StateChange;
import io.ec2emulator.core.instancetypes.InstanceTypeCatalog;
import io.ec2emulator.core.interfaces.NetworkInterface;
import io.ec2emulator.core.interfaces.PublicIpAssociation;
import io.ec2emulator.core.network.DnsNames;
import io.ec2emulator.core.securitygroups.SecurityGroup;
import io.ec2emulator.core.state.RegionState;
import java.util.List;
import software.amazon.awssdk.services.ec2.model.CpuOptions;
import software.amazon.awssdk.services.ec2.model.EbsInstanceBlockDevice;
import software.amazon.awssdk.services.ec2.model.GroupIdentifier;
import software.amazon.awssdk.services.ec2.model.InstanceBlockDeviceMapping;
import software.amazon.awssdk.services.ec2.model.InstanceMetadataOptionsResponse;
import software.amazon.awssdk.services.ec2.model.InstanceNetworkInterface;
import software.amazon.awssdk.services.ec2.model.InstanceNetworkInterfaceAssociation;
import software.amazon.awssdk.services.ec2.model.InstanceNetworkInterfaceAttachment;
import software.amazon.awssdk.services.ec2.model.InstancePrivateIpAddress;
import software.amazon.awssdk.services.ec2.model.InstanceStateChange;
import software.amazon.awssdk.services.ec2.model.Monitoring;
import software.amazon.awssdk.services.ec2.model.Placement;

/** The core's instances as the SDK's {@code Instance} shape that DescribeInstances and RunInstances answer. */
final class InstanceWire {

    private InstanceWire() {
    }

    static software.amazon.awssdk.services.ec2.model.InstanceState state(InstanceState state) {
        return software.amazon.awssdk.services.ec2.model.InstanceState.builder()
                .code(state.code()).name(state.wireName()).build();
    }

    static InstanceStateChange change(StateChange change) {
        return InstanceStateChange.builder().instanceId(change.instanceId())
                .previousState(state(change.previous())).currentState(state(change.current())).build();
    }

    static List<GroupIdentifier> groups(RegionState region, List<String> groupIds) {
        return groupIds.stream().map(id -> GroupIdentifier.builder().groupId(id)
                .groupName(region.securityGroups().resources().get(id).map(SecurityGroup::groupName).orElse(null))
                .build()).toList();
    }

    /** The state of the volume's attachment to this instance ({@code attaching}, {@code attached}, …). */
    private static String attachmentState(RegionState region, Instance i, io.ec2emulator.core.instances.InstanceBlockDevice d) {
        return region.volumes().resources().get(d.volumeId())
                .flatMap(v -> v.attachments().stream().filter(a -> a.instanceId().equals(i.instanceId())).findFirst())
                .map(io.ec2emulator.core.volumes.VolumeAttachment::state).orElse("attached");
    }

    static software.amazon.awssdk.services.ec2.model.Instance instance(RegionState region, Instance i) {
        boolean live = i.state() != InstanceState.TERMINATED;
        List<GroupIdentifier> groups = live ? groups(region, i.securityGroupIds()) : List.of();
        var builder = software.amazon.awssdk.services.ec2.model.Instance.builder()
                .instanceId(i.instanceId())
                .imageId(i.imageId())
                .state(state(i.state()))
                .privateDnsName(i.privateDnsName())
                .publicDnsName(i.publicDnsName())
                .stateTransitionReason(i.stateTransitionReason())
                .keyName(i.keyName())
                .amiLaunchIndex(i.amiLaunchIndex())
                .productCodes(List.of())
                .instanceType(i.instanceType())
                .launchTime(i.launchTime())
                .placement(Placement.builder().availabilityZone(i.availabilityZone())
                        .availabilityZoneId(i.availabilityZoneId()).groupName("").tenancy(i.tenancy()).build())
                .platform(i.platform())
                .monitoring(Monitoring.builder().state(i.monitoring()).build())
                .subnetId(live ? i.subnetId() : null)
                .vpcId(live ? i.vpcId() : null)
                .privateIpAddress(live ? i.privateIpAddress() : null)
                .publicIpAddress(i.publicIpAddress())
                .architecture(i.architecture())
                .rootDeviceType(i.rootDeviceType())
                .rootDeviceName(i.rootDeviceName())
                .blockDeviceMappings(i.blockDevices().stream().map(d -> InstanceBlockDeviceMapping.builder()
                        .deviceName(d.deviceName())
                        .ebs(EbsInstanceBlockDevice.builder().volumeId(d.volumeId()).status(attachmentState(region, i, d))
                                .attachTime(d.attachTime()).deleteOnTermination(d.deleteOnTermination()).build())
                        .build()).toList())
                .virtualizationType(i.virtualizationType())
                .clientToken(i.clientToken() == null ? "" : i.clientToken())
                .tags(Wire.sdkTags(region.tags().tagsOf(i.instanceId())))
                .securityGroups(groups)
                .sourceDestCheck(i.sourceDestCheck())
                .hypervisor(i.hypervisor())
                .ebsOptimized(i.ebsOptimized())
                .enaSupport(i.enaSupport())
                .bootMode(i.bootMode())
                .currentInstanceBootMode(i.currentBootMode())
                .platformDetails(i.platformDetails())
                .usageOperation(i.usageOperation())
                .usageOperationUpdateTime(i.firstLaunchTime())
                .metadataOptions(InstanceMetadataOptionsResponse.builder()
                        .state("applied")
                        .httpTokens(i.metadataOptions().httpTokens())
                        .httpPutResponseHopLimit(i.metadataOptions().httpPutResponseHopLimit())
                        .httpEndpoint(i.metadataOptions().httpEndpoint())
                        .httpProtocolIpv6(i.metadataOptions().httpProtocolIpv6())
                        .instanceMetadataTags(i.metadataOptions().instanceMetadataTags())
                        .build());
        if (i.stateReason() != null) {
            builder.stateReason(software.amazon.awssdk.services.ec2.model.StateReason.builder()
                    .code(i.stateReason().code()).message(i.stateReason().message()).build());
        }
        if (i.iamInstanceProfile() != null) {
            builder.iamInstanceProfile(software.amazon.awssdk.services.ec2.model.IamInstanceProfile.builder()
                    .arn(i.iamInstanceProfile().arn()).id(i.iamInstanceProfile().id()).build());
        }
        builder.networkInterfaces(live ? region.networkInterfaces().attachedTo(i.instanceId()).stream()
                .map(n -> networkInterface(region, n)).toList() : List.of());
        InstanceTypeCatalog.standard().find(i.instanceType()).ifPresent(type -> builder.cpuOptions(CpuOptions.builder()
                .coreCount(type.vCpuInfo().defaultCores()).threadsPerCore(type.vCpuInfo().defaultThreadsPerCore()).build()));
        return builder.build();
    }

    /** One attached interface as DescribeInstances shows it in {@code networkInterfaceSet}. */
    private static InstanceNetworkInterface networkInterface(RegionState region, NetworkInterface n) {
        String privateDns = DnsNames.privateName(region.region(), n.privateIpAddress());
        return InstanceNetworkInterface.builder()
                .networkInterfaceId(n.networkInterfaceId())
                .subnetId(n.subnetId())
                .vpcId(n.vpcId())
                .description(n.description())
                .ownerId(n.ownerId())
                .status(n.status())
                .macAddress(n.macAddress())
                .privateIpAddress(n.privateIpAddress())
                .privateDnsName(privateDns)
                .sourceDestCheck(n.sourceDestCheck())
                .groups(groups(region, n.groupIds()))
                .interfaceType(n.interfaceType())
                .ipv6Addresses(List.of())
                .attachment(InstanceNetworkInterfaceAttachment.builder()
                        .attachmentId(n.attachment().attachmentId())
                        .deviceIndex(n.attachment().deviceIndex()).networkCardIndex(0)
                        .status(n.attachment().status()).attachTime(n.attachment().attachTime())
                        .deleteOnTermination(n.attachment().deleteOnTermination()).build())
                .association(n.association().map(a -> association(region, a)).orElse(null))
                .privateIpAddresses(n.privateIps().stream().map(p -> InstancePrivateIpAddress.builder()
                        .primary(p.primary()).privateIpAddress(p.address())
                        .privateDnsName(DnsNames.privateName(region.region(), p.address()))
                        .association(p.association() == null ? null : association(region, p.association()))
                        .build()).toList())
                .build();
    }

    private static InstanceNetworkInterfaceAssociation association(RegionState region, PublicIpAssociation a) {
        return InstanceNetworkInterfaceAssociation.builder().publicIp(a.publicIp())
                .publicDnsName(DnsNames.publicName(region.region(), a.publicIp())).ipOwnerId(a.ipOwnerId()).build();
    }
}
