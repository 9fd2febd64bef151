package io.ec2emulator.api.actions;

import io.ec2emulator.api.dispatch.ActionContext;
import io.ec2emulator.api.dispatch.ActionGroup;
import io.ec2emulator.api.dispatch.ActionRegistry;
import io.ec2emulator.core.Ec2Error;
import io.ec2emulator.core.filter.Page;
import io.ec2emulator.core.instances.Instance;
import io.ec2emulator.core.instances.LaunchRequest;
import io.ec2emulator.core.instances.LaunchResult;
import io.ec2emulator.core.state.RegionState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ec2.model.BlockDeviceMapping;
import software.amazon.awssdk.services.ec2.model.DescribeInstancesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeInstancesResponse;
import software.amazon.awssdk.services.ec2.model.InstanceNetworkInterfaceSpecification;
import software.amazon.awssdk.services.ec2.model.RebootInstancesRequest;
import software.amazon.awssdk.services.ec2.model.RebootInstancesResponse;
import software.amazon.awssdk.services.ec2.model.Reservation;
import software.amazon.awssdk.services.ec2.model.RunInstancesRequest;
import software.amazon.awssdk.services.ec2.model.RunInstancesResponse;
import software.amazon.awssdk.services.ec2.model.StartInstancesRequest;
import software.amazon.awssdk.services.ec2.model.StartInstancesResponse;
import software.amazon.awssdk.services.ec2.model.StopInstancesRequest;
import software.amazon.awssdk.services.ec2.model.StopInstancesResponse;
import software.amazon.awssdk.services.ec2.model.TerminateInstancesRequest;
import software.amazon.awssdk.services.ec2.model.TerminateInstancesResponse;

/** RunInstances, DescribeInstances, StartInstances, StopInstances, RebootInstances, TerminateInstances. */
public final class InstanceActions implements ActionGroup {

    @Override
    public void registerWith(ActionRegistry registry) {
        registry.register("RunInstances", RunInstancesRequest.class, this::run, "MinCount", "MaxCount")
                .register("DescribeInstances", DescribeInstancesRequest.class, this::describe)
                .register("StartInstances", StartInstancesRequest.class,
                        (ctx, r) -> StartInstancesResponse.builder().startingInstances(ctx.state().instances()
                                .start(r.instanceIds()).stream().map(InstanceWire::change).toList()).build(), "InstanceId")
                .register("StopInstances", StopInstancesRequest.class,
                        (ctx, r) -> StopInstancesResponse.builder().stoppingInstances(ctx.state().instances()
                                .stop(r.instanceIds(), Boolean.TRUE.equals(r.hibernate())).stream()
                                .map(InstanceWire::change).toList()).build(), "InstanceId")
                .register("TerminateInstances", TerminateInstancesRequest.class,
                        (ctx, r) -> TerminateInstancesResponse.builder().terminatingInstances(ctx.state().instances()
                                .terminate(r.instanceIds()).stream().map(InstanceWire::change).toList()).build(), "InstanceId")
                .register("RebootInstances", RebootInstancesRequest.class, (ctx, r) -> {
                    ctx.state().instances().reboot(r.instanceIds());
                    return RebootInstancesResponse.builder().build();
                }, "InstanceId");
    }

    private RunInstancesResponse run(ActionContext ctx, RunInstancesRequest r) {
        rejectUnimplemented(r);
        var placement = r.placement();
        var metadata = r.metadataOptions();
        PrimaryInterface nic = PrimaryInterface.of(r);
        LaunchRequest request = new LaunchRequest(r.imageId(), r.instanceTypeAsString(), r.minCount(), r.maxCount(),
                r.keyName(), nic.groupIds(), r.securityGroups(), nic.subnetId(),
                placement == null ? null : placement.availabilityZone(), nic.privateIpAddress(),
                nic.associatePublicIpAddress(), r.userData(),
                r.clientToken(), Wire.tagSpecifications(r.tagSpecifications()), r.disableApiTermination(),
                r.disableApiStop(), r.instanceInitiatedShutdownBehaviorAsString(),
                metadata == null ? null : new LaunchRequest.MetadataRequest(metadata.httpTokensAsString(),
                        metadata.httpPutResponseHopLimit(), metadata.httpEndpointAsString(),
                        metadata.httpProtocolIpv6AsString(), metadata.instanceMetadataTagsAsString()),
                r.iamInstanceProfile() == null ? null : r.iamInstanceProfile().arn(),
                r.iamInstanceProfile() == null ? null : r.iamInstanceProfile().name(),
                r.ebsOptimized(), devices(r.blockDeviceMappings()),
                r.creditSpecification() == null ? null : r.creditSpecification().cpuCredits(),
                r.monitoring() == null ? null : r.monitoring().enabled(),
                placement == null ? null : placement.tenancyAsString(), nic.specs());
        LaunchResult result = ctx.state().instances().run(request);
        return RunInstancesResponse.builder()
                .reservationId(result.reservationId())
                .ownerId(ctx.accountId())
                .groups(InstanceWire.groups(ctx.state(), result.groupIds()))
                .instances(result.instances().stream().map(i -> InstanceWire.instance(ctx.state(), i)).toList())
                .build();
    }

    /** Deprecated accessors included: AWS retired those accelerators, but a request may still name them. */
    @SuppressWarnings("deprecation")
    private static void rejectUnimplemented(RunInstancesRequest r) {
        String action = "RunInstances";
        NotImplementedYet.reject(action, "LaunchTemplate", r.launchTemplate());
        NotImplementedYet.reject(action, "InstanceMarketOptions", r.instanceMarketOptions());
        NotImplementedYet.reject(action, "Ipv6AddressCount", r.ipv6AddressCount());
        NotImplementedYet.reject(action, "Ipv6Address", r.ipv6Addresses());
        NotImplementedYet.reject(action, "KernelId", r.kernelId());
        NotImplementedYet.reject(action, "RamdiskId", r.ramdiskId());
        NotImplementedYet.reject(action, "CpuOptions", r.cpuOptions());
        NotImplementedYet.reject(action, "HibernationOptions", r.hibernationOptions());
        NotImplementedYet.reject(action, "CapacityReservationSpecification", r.capacityReservationSpecification());
        NotImplementedYet.reject(action, "LicenseSpecification", r.licenseSpecifications());
        NotImplementedYet.reject(action, "EnclaveOptions", r.enclaveOptions());
        NotImplementedYet.reject(action, "ElasticGpuSpecification", r.elasticGpuSpecification());
        NotImplementedYet.reject(action, "ElasticInferenceAccelerator", r.elasticInferenceAccelerators());
        NotImplementedYet.reject(action, "PrivateDnsNameOptions", r.privateDnsNameOptions());
        NotImplementedYet.reject(action, "MaintenanceOptions", r.maintenanceOptions());
        NotImplementedYet.reject(action, "EnablePrimaryIpv6", r.enablePrimaryIpv6());
        NotImplementedYet.reject(action, "NetworkPerformanceOptions", r.networkPerformanceOptions());
        NotImplementedYet.reject(action, "Operator", r.operator());
        NotImplementedYet.reject(action, "SecondaryInterface", r.secondaryInterfaces());
        NotImplementedYet.reject(action, "AdditionalInfo", r.additionalInfo());
        if (r.placement() != null) {
            NotImplementedYet.reject(action, "Placement.GroupName", emptyToNull(r.placement().groupName()));
            NotImplementedYet.reject(action, "Placement.GroupId", r.placement().groupId());
            NotImplementedYet.reject(action, "Placement.PartitionNumber", r.placement().partitionNumber());
            NotImplementedYet.reject(action, "Placement.HostId", r.placement().hostId());
            NotImplementedYet.reject(action, "Placement.Affinity", r.placement().affinity());
            NotImplementedYet.reject(action, "Placement.HostResourceGroupArn", r.placement().hostResourceGroupArn());
            NotImplementedYet.reject(action, "Placement.AvailabilityZoneId", r.placement().availabilityZoneId());
            String tenancy = r.placement().tenancyAsString();
            NotImplementedYet.reject(action, "Placement.Tenancy=" + tenancy,
                    tenancy == null || tenancy.equals("default") ? null : tenancy);
        }
    }

    /**
     * The instance's primary network interface: from the top-level {@code SubnetId},
     * {@code SecurityGroupId} and {@code PrivateIpAddress}, or from the {@code NetworkInterface}
     * specification at device index 0 (which is how {@code AssociatePublicIpAddress} is asked for);
     * {@code specs} are all the specifications, in the core's words.
     */
    private record PrimaryInterface(String subnetId, List<String> groupIds, String privateIpAddress,
                                    Boolean associatePublicIpAddress, List<LaunchRequest.InterfaceSpec> specs) {

        static PrimaryInterface of(RunInstancesRequest r) {
            if (!r.hasNetworkInterfaces()) {
                return new PrimaryInterface(r.subnetId(), r.securityGroupIds(), r.privateIpAddress(), null, List.of());
            }
            List<LaunchRequest.InterfaceSpec> specs = new ArrayList<>();
            int n = 0;
            for (var spec : r.networkInterfaces()) {
                n++;
                specs.add(spec(n, spec));
            }
            var primary = r.networkInterfaces().stream().filter(s -> Integer.valueOf(0).equals(s.deviceIndex()))
                    .findFirst().orElse(null);
            if (r.subnetId() != null) {
                throw Ec2Error.invalidParameterCombination(
                        "Network interfaces and an instance-level subnet ID may not be specified on the same request");
            }
            if (r.hasSecurityGroupIds() || r.hasSecurityGroups()) {
                throw Ec2Error.invalidParameterCombination(
                        "Network interfaces and an instance-level security groups may not be specified on the same request");
            }
            if (primary == null) {
                return new PrimaryInterface(null, List.of(), r.privateIpAddress(), null, specs);
            }
            String primaryIp = specs.stream().filter(s -> s.deviceIndex() == 0).findFirst().orElseThrow().privateIpAddress();
            if (r.privateIpAddress() != null && primaryIp != null) {
                throw Ec2Error.invalidParameterCombination(
                        "Network interfaces and an instance-level private IP address may not be specified on the same request");
            }
            boolean otherPublic = r.networkInterfaces().stream()
                    .anyMatch(s -> s != primary && s.associatePublicIpAddress() != null);
            if (otherPublic) {
                throw Ec2Error.invalidParameterValue(
                        "The associatePublicIPAddress parameter can only be specified for the network interface with DeviceIndex 0.");
            }
            return new PrimaryInterface(primary.subnetId(), primary.groups(),
                    r.privateIpAddress() != null ? r.privateIpAddress() : primaryIp,
                    primary.associatePublicIpAddress(), specs);
        }

        private static LaunchRequest.InterfaceSpec spec(int n, InstanceNetworkInterfaceSpecification spec) {
            String action = "RunInstances";
            String prefix = "NetworkInterface." + n + ".";
            if (spec.deviceIndex() == null) {
                throw Ec2Error.missingParameter(prefix + "DeviceIndex");
            }
            NotImplementedYet.reject(action, prefix + "Ipv6AddressCount", spec.ipv6AddressCount());
            NotImplementedYet.reject(action, prefix + "Ipv6Addresses", spec.hasIpv6Addresses() ? spec.ipv6Addresses() : null);
            NotImplementedYet.reject(action, prefix + "InterfaceType", spec.interfaceType());
            NotImplementedYet.reject(action, prefix + "NetworkCardIndex", spec.networkCardIndex());
            NotImplementedYet.reject(action, prefix + "Ipv4Prefixes", spec.hasIpv4Prefixes() ? spec.ipv4Prefixes() : null);
            NotImplementedYet.reject(action, prefix + "Ipv4PrefixCount", spec.ipv4PrefixCount());
            NotImplementedYet.reject(action, prefix + "Ipv6Prefixes", spec.hasIpv6Prefixes() ? spec.ipv6Prefixes() : null);
            NotImplementedYet.reject(action, prefix + "Ipv6PrefixCount", spec.ipv6PrefixCount());
            NotImplementedYet.reject(action, prefix + "AssociateCarrierIpAddress", spec.associateCarrierIpAddress());
            NotImplementedYet.reject(action, prefix + "PrimaryIpv6", spec.primaryIpv6());
            NotImplementedYet.reject(action, prefix + "EnaSrdSpecification", spec.enaSrdSpecification());
            NotImplementedYet.reject(action, prefix + "ConnectionTrackingSpecification",
                    spec.connectionTrackingSpecification());
            NotImplementedYet.reject(action, prefix + "EnaQueueCount", spec.enaQueueCount());
            String privateIp = spec.privateIpAddress();
            List<String> secondary = new ArrayList<>();
            if (spec.hasPrivateIpAddresses()) {
                for (var address : spec.privateIpAddresses()) {
                    if (Boolean.TRUE.equals(address.primary())) {
                        if (privateIp != null && !privateIp.equals(address.privateIpAddress())) {
                            throw Ec2Error.invalidParameterCombination("The primary private IP address is specified twice "
                                    + "for network interface " + n + ".");
                        }
                        privateIp = address.privateIpAddress();
                    } else {
                        secondary.add(address.privateIpAddress());
                    }
                }
            }
            return new LaunchRequest.InterfaceSpec(spec.deviceIndex(), spec.networkInterfaceId(), spec.subnetId(),
                    spec.hasGroups() ? spec.groups() : List.of(), privateIp,
                    secondary, spec.secondaryPrivateIpAddressCount(), spec.description(), spec.deleteOnTermination());
        }
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private static List<LaunchRequest.DeviceRequest> devices(List<BlockDeviceMapping> mappings) {
        List<LaunchRequest.DeviceRequest> devices = new ArrayList<>();
        for (BlockDeviceMapping m : mappings) {
            var ebs = m.ebs();
            devices.add(new LaunchRequest.DeviceRequest(m.deviceName(), m.virtualName(), m.noDevice(),
                    ebs == null ? null : ebs.volumeSize(), ebs == null ? null : ebs.volumeTypeAsString(),
                    ebs == null ? null : ebs.iops(), ebs == null ? null : ebs.throughput(),
                    ebs == null ? null : ebs.deleteOnTermination(), ebs == null ? null : ebs.encrypted(),
                    ebs == null ? null : ebs.snapshotId()));
        }
        return devices;
    }

    private DescribeInstancesResponse describe(ActionContext ctx, DescribeInstancesRequest request) {
        RegionState state = ctx.state();
        Page<Instance> page = state.instances().describe(request.instanceIds(), Wire.filters(request.filters()),
                request.maxResults(), request.nextToken());
        Map<String, List<Instance>> byReservation = new LinkedHashMap<>();
        for (Instance instance : page.items()) {
            byReservation.computeIfAbsent(instance.reservationId(), k -> new ArrayList<>()).add(instance);
        }
        List<Reservation> reservations = new ArrayList<>();
        byReservation.forEach((reservationId, instances) -> reservations.add(Reservation.builder()
                .reservationId(reservationId)
                .ownerId(ctx.accountId())
                .groups(List.of())
                .instances(instances.stream().map(i -> InstanceWire.instance(state, i)).toList())
                .build()));
        return DescribeInstancesResponse.builder().reservations(reservations).nextToken(page.nextToken()).build();
    }
}
