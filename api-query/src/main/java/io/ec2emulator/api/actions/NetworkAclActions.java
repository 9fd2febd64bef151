package io.ec2emulator.api.actions;

import io.ec2emulator.api.dispatch.ActionContext;
import io.ec2emulator.api.dispatch.ActionGroup;
import io.ec2emulator.api.dispatch.ActionRegistry;
import io.ec2emulator.core.state.RegionState;
import io.ec2emulator.core.vpc.AclEntryRequest;
import io.ec2emulator.core.vpc.NetworkAcl;
import io.ec2emulator.core.vpc.NetworkAcls;
import software.amazon.awssdk.services.ec2.model.CreateNetworkAclEntryRequest;
import software.amazon.awssdk.services.ec2.model.CreateNetworkAclEntryResponse;
import software.amazon.awssdk.services.ec2.model.CreateNetworkAclRequest;
import software.amazon.awssdk.services.ec2.model.CreateNetworkAclResponse;
import software.amazon.awssdk.services.ec2.model.DeleteNetworkAclEntryRequest;
import software.amazon.awssdk.services.ec2.model.DeleteNetworkAclEntryResponse;
import software.amazon.awssdk.services.ec2.model.DeleteNetworkAclRequest;
import software.amazon.awssdk.services.ec2.model.DeleteNetworkAclResponse;
import software.amazon.awssdk.services.ec2.model.IcmpTypeCode;
import software.amazon.awssdk.services.ec2.model.NetworkAclAssociation;
import software.amazon.awssdk.services.ec2.model.NetworkAclEntry;
import software.amazon.awssdk.services.ec2.model.PortRange;
import software.amazon.awssdk.services.ec2.model.ReplaceNetworkAclAssociationRequest;
import software.amazon.awssdk.services.ec2.model.ReplaceNetworkAclAssociationResponse;
import software.amazon.awssdk.services.ec2.model.ReplaceNetworkAclEntryRequest;
import software.amazon.awssdk.services.ec2.model.ReplaceNetworkAclEntryResponse;

/**
 * CreateNetworkAcl, DeleteNetworkAcl, CreateNetworkAclEntry, ReplaceNetworkAclEntry,
 * DeleteNetworkAclEntry and ReplaceNetworkAclAssociation.
 */
public final class NetworkAclActions implements ActionGroup {

    @Override
    public void registerWith(ActionRegistry registry) {
        registry.register("CreateNetworkAcl", CreateNetworkAclRequest.class, this::create, "VpcId")
                .register("DeleteNetworkAcl", DeleteNetworkAclRequest.class, this::delete, "NetworkAclId")
                .register("CreateNetworkAclEntry", CreateNetworkAclEntryRequest.class, this::createEntry,
                        "NetworkAclId", "RuleNumber", "Protocol", "RuleAction", "Egress")
                .register("ReplaceNetworkAclEntry", ReplaceNetworkAclEntryRequest.class, this::replaceEntry,
                        "NetworkAclId", "RuleNumber", "Protocol", "RuleAction", "Egress")
                .register("DeleteNetworkAclEntry", DeleteNetworkAclEntryRequest.class, this::deleteEntry,
                        "NetworkAclId", "RuleNumber", "Egress")
                .register("ReplaceNetworkAclAssociation", ReplaceNetworkAclAssociationRequest.class,
                        this::replaceAssociation, "AssociationId", "NetworkAclId");
    }

    private CreateNetworkAclResponse create(ActionContext ctx, CreateNetworkAclRequest request) {
        RegionState state = ctx.state();
        NetworkAcl acl = new NetworkAcls(state).create(request.vpcId(),
                Wire.tagSpecifications(request.tagSpecifications()), request.clientToken());
        return CreateNetworkAclResponse.builder().networkAcl(sdkNetworkAcl(state, acl))
                .clientToken(request.clientToken()).build();
    }

    private DeleteNetworkAclResponse delete(ActionContext ctx, DeleteNetworkAclRequest request) {
        new NetworkAcls(ctx.state()).delete(request.networkAclId());
        return DeleteNetworkAclResponse.builder().build();
    }

    private CreateNetworkAclEntryResponse createEntry(ActionContext ctx, CreateNetworkAclEntryRequest r) {
        new NetworkAcls(ctx.state()).createEntry(r.networkAclId(), entry(r.ruleNumber(), r.protocol(),
                r.ruleActionAsString(), r.egress(), r.cidrBlock(), r.ipv6CidrBlock(), r.portRange(), r.icmpTypeCode()));
        return CreateNetworkAclEntryResponse.builder().build();
    }

    private ReplaceNetworkAclEntryResponse replaceEntry(ActionContext ctx, ReplaceNetworkAclEntryRequest r) {
        new NetworkAcls(ctx.state()).replaceEntry(r.networkAclId(), entry(r.ruleNumber(), r.protocol(),
                r.ruleActionAsString(), r.egress(), r.cidrBlock(), r.ipv6CidrBlock(), r.portRange(), r.icmpTypeCode()));
        return ReplaceNetworkAclEntryResponse.builder().build();
    }

    private DeleteNetworkAclEntryResponse deleteEntry(ActionContext ctx, DeleteNetworkAclEntryRequest r) {
        new NetworkAcls(ctx.state()).deleteEntry(r.networkAclId(), r.ruleNumber(), r.egress());
        return DeleteNetworkAclEntryResponse.builder().build();
    }

    private ReplaceNetworkAclAssociationResponse replaceAssociation(ActionContext ctx,
                                                                    ReplaceNetworkAclAssociationRequest r) {
        String id = new NetworkAcls(ctx.state()).replaceAssociation(r.associationId(), r.networkAclId());
        return ReplaceNetworkAclAssociationResponse.builder().newAssociationId(id).build();
    }

    private static AclEntryRequest entry(Integer ruleNumber, String protocol, String ruleAction, Boolean egress,
                                         String cidrBlock, String ipv6CidrBlock, PortRange ports, IcmpTypeCode icmp) {
        return new AclEntryRequest(ruleNumber, protocol, ruleAction, egress, cidrBlock, ipv6CidrBlock,
                ports == null ? null : ports.from(), ports == null ? null : ports.to(),
                icmp == null ? null : icmp.type(), icmp == null ? null : icmp.code());
    }

    static software.amazon.awssdk.services.ec2.model.NetworkAcl sdkNetworkAcl(RegionState state, NetworkAcl a) {
        return software.amazon.awssdk.services.ec2.model.NetworkAcl.builder()
                .networkAclId(a.networkAclId())
                .vpcId(a.vpcId())
                .isDefault(a.isDefault())
                .ownerId(a.ownerId())
                .entries(a.entries().stream().map(e -> NetworkAclEntry.builder()
                        .ruleNumber(e.ruleNumber())
                        .protocol(e.protocol())
                        .ruleAction(e.ruleAction())
                        .egress(e.egress())
                        .cidrBlock(e.cidrBlock())
                        .ipv6CidrBlock(e.ipv6CidrBlock())
                        .portRange(e.fromPort() == null ? null
                                : PortRange.builder().from(e.fromPort()).to(e.toPort()).build())
                        .icmpTypeCode(e.icmpType() == null ? null
                                : IcmpTypeCode.builder().type(e.icmpType()).code(e.icmpCode()).build())
                        .build()).toList())
                .associations(a.associations().stream().map(s -> NetworkAclAssociation.builder()
                        .networkAclAssociationId(s.associationId())
                        .networkAclId(a.networkAclId())
                        .subnetId(s.subnetId())
                        .build()).toList())
                .tags(Wire.sdkTags(state.tags().tagsOf(a.networkAclId())))
                .build();
    }
}
