package io.ec2emulator.api.actions;

import io.ec2emulator.api.dispatch.ActionContext;
import io.ec2emulator.api.dispatch.ActionGroup;
import io.ec2emulator.api.dispatch.ActionRegistry;
import io.ec2emulator.core.Ec2Error;
import io.ec2emulator.core.addresses.AddressAssociation;
import io.ec2emulator.core.addresses.ElasticIp;
import io.ec2emulator.core.state.RegionState;
import java.util.List;
import software.amazon.awssdk.services.ec2.model.Address;
import software.amazon.awssdk.services.ec2.model.AddressAttribute;
import software.amazon.awssdk.services.ec2.model.AllocateAddressRequest;
import software.amazon.awssdk.services.ec2.model.AllocateAddressResponse;
import software.amazon.awssdk.services.ec2.model.AssociateAddressRequest;
import software.amazon.awssdk.services.ec2.model.AssociateAddressResponse;
import software.amazon.awssdk.services.ec2.model.DescribeAddressesAttributeRequest;
import software.amazon.awssdk.services.ec2.model.DescribeAddressesAttributeResponse;
import software.amazon.awssdk.services.ec2.model.DescribeAddressesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeAddressesResponse;
import software.amazon.awssdk.services.ec2.model.DisassociateAddressRequest;
import software.amazon.awssdk.services.ec2.model.DisassociateAddressResponse;
import software.amazon.awssdk.services.ec2.model.ReleaseAddressRequest;
import software.amazon.awssdk.services.ec2.model.ReleaseAddressResponse;

/**
 * Elastic IPs: AllocateAddress, AssociateAddress, DisassociateAddress, ReleaseAddress, DescribeAddresses,
 * DescribeAddressesAttribute.
 */
public final class AddressActions implements ActionGroup {

    @Override
    public void registerWith(ActionRegistry registry) {
        registry.register("AllocateAddress", AllocateAddressRequest.class, this::allocate)
                .register("AssociateAddress", AssociateAddressRequest.class, (ctx, r) -> AssociateAddressResponse.builder()
                        .associationId(ctx.state().elasticIps().associate(r.allocationId(), r.publicIp(), r.instanceId(),
                                r.networkInterfaceId(), r.privateIpAddress(), r.allowReassociation()))
                        .build())
                .register("DisassociateAddress", DisassociateAddressRequest.class, (ctx, r) -> {
                    ctx.state().elasticIps().disassociate(r.associationId(), r.publicIp());
                    return DisassociateAddressResponse.builder().build();
                })
                .register("ReleaseAddress", ReleaseAddressRequest.class, (ctx, r) -> {
                    NotImplementedYet.reject("ReleaseAddress", "NetworkBorderGroup", differentGroup(ctx, r.networkBorderGroup()));
                    ctx.state().elasticIps().release(r.allocationId(), r.publicIp());
                    return ReleaseAddressResponse.builder().build();
                })
                .register("DescribeAddresses", DescribeAddressesRequest.class, this::describe)
                .register("DescribeAddressesAttribute", DescribeAddressesAttributeRequest.class, this::describeAttribute);
    }

    private AllocateAddressResponse allocate(ActionContext ctx, AllocateAddressRequest r) {
        String action = "AllocateAddress";
        String domain = r.domainAsString();
        if (domain != null && !domain.equals("vpc")) {
            if (!domain.equals("standard")) {
                throw Ec2Error.invalidParameterValue("Value (" + Ec2Error.shorten(domain)
                        + ") for parameter domain is invalid. Expected: 'vpc', 'standard'.");
            }
            NotImplementedYet.reject(action, "Domain=standard", domain);
        }
        NotImplementedYet.reject(action, "Address", r.address());
        NotImplementedYet.reject(action, "PublicIpv4Pool", r.publicIpv4Pool());
        NotImplementedYet.reject(action, "NetworkBorderGroup", differentGroup(ctx, r.networkBorderGroup()));
        NotImplementedYet.reject(action, "CustomerOwnedIpv4Pool", r.customerOwnedIpv4Pool());
        NotImplementedYet.reject(action, "IpamPoolId", r.ipamPoolId());
        ElasticIp address = ctx.state().elasticIps().allocate(Wire.tagSpecifications(r.tagSpecifications()));
        return AllocateAddressResponse.builder().allocationId(address.allocationId()).publicIp(address.publicIp())
                .domain(address.domain()).networkBorderGroup(address.networkBorderGroup()).publicIpv4Pool("amazon")
                .build();
    }

    /** A network border group other than the region's own (the only one emulated). */
    private static String differentGroup(ActionContext ctx, String group) {
        return group == null || group.equals(ctx.state().region()) ? null : group;
    }

    private DescribeAddressesResponse describe(ActionContext ctx, DescribeAddressesRequest r) {
        RegionState state = ctx.state();
        return DescribeAddressesResponse.builder()
                .addresses(state.elasticIps().describe(r.publicIps(), r.allocationIds(), Wire.filters(r.filters()))
                        .stream().map(a -> sdk(state, a)).toList())
                .build();
    }

    /** The {@code domain-name} attribute: reverse DNS records are not emulated, so no address has one. */
    private DescribeAddressesAttributeResponse describeAttribute(ActionContext ctx, DescribeAddressesAttributeRequest r) {
        String attribute = r.attributeAsString();
        if (attribute != null && !attribute.equals("domain-name")) {
            throw Ec2Error.invalidParameterValue("Value (" + Ec2Error.shorten(attribute)
                    + ") for parameter attribute is invalid. Expected: 'domain-name'.");
        }
        var page = ctx.state().elasticIps().resources().describe(r.allocationIds(), List.of(), r.maxResults(),
                r.nextToken());
        return DescribeAddressesAttributeResponse.builder()
                .addresses(page.items().stream().map(a -> AddressAttribute.builder().allocationId(a.allocationId())
                        .publicIp(a.publicIp()).build()).toList())
                .nextToken(page.nextToken())
                .build();
    }

    private static Address sdk(RegionState state, ElasticIp a) {
        AddressAssociation association = state.elasticIps().associationOf(a).orElse(null);
        var builder = Address.builder()
                .allocationId(a.allocationId())
                .publicIp(a.publicIp())
                .domain(a.domain())
                .networkBorderGroup(a.networkBorderGroup())
                .publicIpv4Pool("amazon")
                .tags(Wire.sdkTags(state.tags().tagsOf(a.allocationId())));
        if (association != null) {
            builder.associationId(association.associationId())
                    .networkInterfaceId(association.networkInterfaceId())
                    .networkInterfaceOwnerId(association.networkInterfaceOwnerId())
                    .privateIpAddress(association.privateIpAddress())
                    .instanceId(association.instanceId());
        }
        return builder.build();
    }
}
