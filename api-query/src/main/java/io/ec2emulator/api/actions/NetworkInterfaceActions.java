package io.ec2emulator.api.actions;

import io.ec2emulator.api.dispatch.ActionContext;
import io.ec2emulator.api.dispatch.ActionGroup;
import io.ec2emulator.api.dispatch.ActionRegistry;
import io.ec2emulator.core.Ec2Error;
import io.ec2emulator.core.filter.Page;
import io.ec2emulator.core.interfaces.InterfaceRequest;
import io.ec2emulator.core.interfaces.NetworkInterfaces;
import io.ec2emulator.core.interfaces.PublicIpAssociation;
import io.ec2emulator.core.network.DnsNames;
import io.ec2emulator.core.state.RegionState;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.ec2.model.AssignPrivateIpAddressesRequest;
import software.amazon.awssdk.services.ec2.model.AssignPrivateIpAddressesResponse;
import software.amazon.awssdk.services.ec2.model.AssignedPrivateIpAddress;
import software.amazon.awssdk.services.ec2.model.AttachNetworkInterfaceRequest;
import software.amazon.awssdk.services.ec2.model.AttachNetworkInterfaceResponse;
import software.amazon.awssdk.services.ec2.model.AttributeBooleanValue;
import software.amazon.awssdk.services.ec2.model.AttributeValue;
import software.amazon.awssdk.services.ec2.model.CreateNetworkInterfaceRequest;
import software.amazon.awssdk.services.ec2.model.CreateNetworkInterfaceResponse;
import software.amazon.awssdk.services.ec2.model.DeleteNetworkInterfaceRequest;
import software.amazon.awssdk.services.ec2.model.DeleteNetworkInterfaceResponse;
import software.amazon.awssdk.services.ec2.model.DescribeNetworkInterfaceAttributeRequest;
import software.amazon.awssdk.services.ec2.model.DescribeNetworkInterfaceAttributeResponse;
import software.amazon.awssdk.services.ec2.model.DescribeNetworkInterfacesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeNetworkInterfacesResponse;
import software.amazon.awssdk.services.ec2.model.DetachNetworkInterfaceRequest;
import software.amazon.awssdk.services.ec2.model.DetachNetworkInterfaceResponse;
import software.amazon.awssdk.services.ec2.model.ModifyNetworkInterfaceAttributeRequest;
import software.amazon.awssdk.services.ec2.model.ModifyNetworkInterfaceAttributeResponse;
import software.amazon.awssdk.services.ec2.model.NetworkInterface;
import software.amazon.awssdk.services.ec2.model.NetworkInterfaceAssociation;
import software.amazon.awssdk.services.ec2.model.NetworkInterfaceAttachment;
import software.amazon.awssdk.services.ec2.model.NetworkInterfacePrivateIpAddress;
import software.amazon.awssdk.services.ec2.model.UnassignPrivateIpAddressesRequest;
import software.amazon.awssdk.services.ec2.model.UnassignPrivateIpAddressesResponse;

/**
 * CreateNetworkInterface, DeleteNetworkInterface, DescribeNetworkInterfaces, Attach/DetachNetworkInterface,
 * Modify/DescribeNetworkInterfaceAttribute, Assign/UnassignPrivateIpAddresses.
 */
public final class NetworkInterfaceActions implements ActionGroup {

    @Override
    public void registerWith(ActionRegistry registry) {
        registry.register("CreateNetworkInterface", CreateNetworkInterfaceRequest.class, this::create, "SubnetId")
                .register("DeleteNetworkInterface", DeleteNetworkInterfaceRequest.class, (ctx, r) -> {
                    ctx.state().networkInterfaces().delete(r.networkInterfaceId());
                    return DeleteNetworkInterfaceResponse.builder().build();
                }, "NetworkInterfaceId")
                .register("DescribeNetworkInterfaces", DescribeNetworkInterfacesRequest.class, this::describe)
                .register("AttachNetworkInterface", AttachNetworkInterfaceRequest.class, this::attach,
                        "NetworkInterfaceId", "InstanceId", "DeviceIndex")
                .register("DetachNetworkInterface", DetachNetworkInterfaceRequest.class, this::detach, "AttachmentId")
                .register("ModifyNetworkInterfaceAttribute", ModifyNetworkInterfaceAttributeRequest.class, this::modify,
                        "NetworkInterfaceId")
                .register("DescribeNetworkInterfaceAttribute", DescribeNetworkInterfaceAttributeRequest.class,
                        this::describeAttribute, "NetworkInterfaceId")
                .register("AssignPrivateIpAddresses", AssignPrivateIpAddressesRequest.class, this::assign,
                        "NetworkInterfaceId")
                .register("UnassignPrivateIpAddresses", UnassignPrivateIpAddressesRequest.class, (ctx, r) -> {
                    NotImplementedYet.reject("UnassignPrivateIpAddresses", "Ipv4Prefix", r.ipv4Prefixes());
                    ctx.state().networkInterfaces().unassignPrivateIps(r.networkInterfaceId(), r.privateIpAddresses());
                    return UnassignPrivateIpAddressesResponse.builder().build();
                }, "NetworkInterfaceId");
    }

    private CreateNetworkInterfaceResponse create(ActionContext ctx, CreateNetworkInterfaceRequest r) {
        String action = "CreateNetworkInterface";
        NotImplementedYet.reject(action, "Ipv6Addresses", r.ipv6Addresses());
        NotImplementedYet.reject(action, "Ipv6AddressCount", r.ipv6AddressCount());
        NotImplementedYet.reject(action, "Ipv4Prefix", r.ipv4Prefixes());
        NotImplementedYet.reject(action, "Ipv4PrefixCount", r.ipv4PrefixCount());
        NotImplementedYet.reject(action, "Ipv6Prefix", r.ipv6Prefixes());
        NotImplementedYet.reject(action, "Ipv6PrefixCount", r.ipv6PrefixCount());
        NotImplementedYet.reject(action, "InterfaceType", r.interfaceTypeAsString());
        NotImplementedYet.reject(action, "EnablePrimaryIpv6", r.enablePrimaryIpv6());
        NotImplementedYet.reject(action, "ConnectionTrackingSpecification", r.connectionTrackingSpecification());
        NotImplementedYet.reject(action, "Operator", r.operator());
        String primary = r.privateIpAddress();
        List<String> secondary = new ArrayList<>();
        for (var address : r.privateIpAddresses()) {
            if (Boolean.TRUE.equals(address.primary())) {
                if (primary != null && !primary.equals(address.privateIpAddress())) {
                    throw Ec2Error.invalidParameterCombination("The primary private IP address is specified twice.");
                }
                primary = address.privateIpAddress();
            } else {
                secondary.add(address.privateIpAddress());
            }
        }
        RegionState state = ctx.state();
        var created = state.networkInterfaces().create(new InterfaceRequest(r.subnetId(), r.description(), primary,
                secondary, r.secondaryPrivateIpAddressCount(), r.groups()),
                Wire.tagSpecifications(r.tagSpecifications()), r.clientToken());
        return CreateNetworkInterfaceResponse.builder().networkInterface(sdk(state, created))
                .clientToken(r.clientToken()).build();
    }

    private DescribeNetworkInterfacesResponse describe(ActionContext ctx, DescribeNetworkInterfacesRequest r) {
        RegionState state = ctx.state();
        if (r.hasNetworkInterfaceIds() && r.maxResults() != null) {
            throw Ec2Error.invalidParameterCombination(
                    "The parameter networkInterfaceIdSet cannot be used with the parameter maxResults");
        }
        Page<io.ec2emulator.core.interfaces.NetworkInterface> page = state.networkInterfaces().resources()
                .describe(r.networkInterfaceIds(), Wire.filters(r.filters()), r.maxResults(), r.nextToken());
        return DescribeNetworkInterfacesResponse.builder()
                .networkInterfaces(page.items().stream().map(n -> sdk(state, n)).toList())
                .nextToken(page.nextToken())
                .build();
    }

    private AttachNetworkInterfaceResponse attach(ActionContext ctx, AttachNetworkInterfaceRequest r) {
        NotImplementedYet.reject("AttachNetworkInterface", "NetworkCardIndex", r.networkCardIndex());
        NotImplementedYet.reject("AttachNetworkInterface", "EnaSrdSpecification", r.enaSrdSpecification());
        NotImplementedYet.reject("AttachNetworkInterface", "EnaQueueCount", r.enaQueueCount());
        String attachmentId = ctx.state().networkInterfaces().attach(r.networkInterfaceId(), r.instanceId(),
                r.deviceIndex());
        return AttachNetworkInterfaceResponse.builder().attachmentId(attachmentId).networkCardIndex(0).build();
    }

    private DetachNetworkInterfaceResponse detach(ActionContext ctx, DetachNetworkInterfaceRequest r) {
        ctx.state().networkInterfaces().detach(r.attachmentId());
        return DetachNetworkInterfaceResponse.builder().build();
    }

    private ModifyNetworkInterfaceAttributeResponse modify(ActionContext ctx, ModifyNetworkInterfaceAttributeRequest r) {
        String action = "ModifyNetworkInterfaceAttribute";
        NotImplementedYet.reject(action, "EnaSrdSpecification", r.enaSrdSpecification());
        NotImplementedYet.reject(action, "EnablePrimaryIpv6", r.enablePrimaryIpv6());
        NotImplementedYet.reject(action, "ConnectionTrackingSpecification", r.connectionTrackingSpecification());
        NotImplementedYet.reject(action, "AssociatePublicIpAddress", r.associatePublicIpAddress());
        NotImplementedYet.reject(action, "AssociatedSubnetId", r.associatedSubnetIds());
        NetworkInterfaces interfaces = ctx.state().networkInterfaces();
        String id = r.networkInterfaceId();
        List<Runnable> changes = new ArrayList<>();
        if (r.description() != null) {
            changes.add(() -> interfaces.setDescription(id, r.description().value()));
        }
        if (r.sourceDestCheck() != null) {
            changes.add(() -> interfaces.setSourceDestCheck(id, Boolean.TRUE.equals(r.sourceDestCheck().value())));
        }
        if (r.hasGroups()) {
            changes.add(() -> interfaces.setGroups(id, r.groups()));
        }
        if (r.attachment() != null) {
            changes.add(() -> {
                if (r.attachment().deleteOnTermination() == null) {
                    throw Ec2Error.missingParameter("Attachment.DeleteOnTermination");
                }
                interfaces.setDeleteOnTermination(id, r.attachment().attachmentId(),
                        r.attachment().deleteOnTermination());
            });
        }
        interfaces.require(id);
        if (changes.isEmpty()) {
            throw Ec2Error.missingParameter("Attribute");
        }
        if (changes.size() > 1) {
            throw Ec2Error.invalidParameterCombination("Fields for multiple attribute types specified.");
        }
        changes.get(0).run();
        return ModifyNetworkInterfaceAttributeResponse.builder().build();
    }

    private DescribeNetworkInterfaceAttributeResponse describeAttribute(ActionContext ctx,
                                                                         DescribeNetworkInterfaceAttributeRequest r) {
        RegionState state = ctx.state();
        var n = state.networkInterfaces().require(r.networkInterfaceId());
        String attribute = r.attributeAsString();
        var response = DescribeNetworkInterfaceAttributeResponse.builder().networkInterfaceId(n.networkInterfaceId());
        if (attribute == null) {
            throw Ec2Error.missingParameter("Attribute");
        }
        switch (attribute) {
            case "description" -> response.description(AttributeValue.builder().value(n.description()).build());
            case "groupSet" -> response.groups(InstanceWire.groups(state, n.groupIds()));
            case "sourceDestCheck" -> response.sourceDestCheck(AttributeBooleanValue.builder()
                    .value(n.sourceDestCheck()).build());
            case "attachment" -> response.attachment(n.attachment() == null ? null : attachment(n));
            case "associatePublicIpAddress" -> response.associatePublicIpAddress(n.publicIpOnLaunch());
            default -> throw Ec2Error.invalidParameterValue("Value (" + Ec2Error.shorten(attribute)
                    + ") for parameter attribute is invalid. Unknown attribute.");
        }
        return response.build();
    }

    private AssignPrivateIpAddressesResponse assign(ActionContext ctx, AssignPrivateIpAddressesRequest r) {
        NotImplementedYet.reject("AssignPrivateIpAddresses", "AllowReassignment", r.allowReassignment());
        NotImplementedYet.reject("AssignPrivateIpAddresses", "Ipv4Prefix", r.ipv4Prefixes());
        NotImplementedYet.reject("AssignPrivateIpAddresses", "Ipv4PrefixCount", r.ipv4PrefixCount());
        List<String> assigned = ctx.state().networkInterfaces().assignPrivateIps(r.networkInterfaceId(),
                r.privateIpAddresses(), r.secondaryPrivateIpAddressCount());
        return AssignPrivateIpAddressesResponse.builder().networkInterfaceId(r.networkInterfaceId())
                .assignedPrivateIpAddresses(assigned.stream().map(a -> AssignedPrivateIpAddress.builder()
                        .privateIpAddress(a).build()).toList())
                .assignedIpv4Prefixes(List.of())
                .build();
    }

    /** The core's interface as the SDK's {@code NetworkInterface} shape. */
    static NetworkInterface sdk(RegionState state, io.ec2emulator.core.interfaces.NetworkInterface n) {
        String region = state.region();
        return NetworkInterface.builder()
                .networkInterfaceId(n.networkInterfaceId())
                .subnetId(n.subnetId())
                .vpcId(n.vpcId())
                .availabilityZone(n.availabilityZone())
                .availabilityZoneId(n.availabilityZoneId())
                .description(n.description())
                .ownerId(n.ownerId())
                .requesterId(n.requesterId())
                .requesterManaged(n.requesterManaged())
                .status(n.status())
                .macAddress(n.macAddress())
                .privateIpAddress(n.privateIpAddress())
                .privateDnsName(DnsNames.privateName(region, n.privateIpAddress()))
                .sourceDestCheck(n.sourceDestCheck())
                .groups(InstanceWire.groups(state, n.groupIds()))
                .interfaceType(n.interfaceType())
                .ipv6Addresses(List.of())
                .attachment(n.attachment() == null ? null : attachment(n))
                .association(n.association().map(a -> association(region, a)).orElse(null))
                .privateIpAddresses(n.privateIps().stream().map(p -> NetworkInterfacePrivateIpAddress.builder()
                        .primary(p.primary())
                        .privateIpAddress(p.address())
                        .privateDnsName(DnsNames.privateName(region, p.address()))
                        .association(p.association() == null ? null : association(region, p.association()))
                        .build()).toList())
                .tagSet(Wire.sdkTags(state.tags().tagsOf(n.networkInterfaceId())))
                .build();
    }

    private static NetworkInterfaceAttachment attachment(io.ec2emulator.core.interfaces.NetworkInterface n) {
        var a = n.attachment();
        return NetworkInterfaceAttachment.builder().attachmentId(a.attachmentId()).instanceId(a.instanceId())
                .instanceOwnerId(a.instanceOwnerId()).deviceIndex(a.deviceIndex()).networkCardIndex(0)
                .status(a.status()).attachTime(a.attachTime()).deleteOnTermination(a.deleteOnTermination()).build();
    }

    private static NetworkInterfaceAssociation association(String region, PublicIpAssociation a) {
        return NetworkInterfaceAssociation.builder().publicIp(a.publicIp()).ipOwnerId(a.ipOwnerId())
                .allocationId(a.allocationId()).associationId(a.associationId())
                .publicDnsName(DnsNames.publicName(region, a.publicIp())).build();
    }
}
