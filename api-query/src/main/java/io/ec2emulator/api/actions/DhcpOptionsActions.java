package io.ec2emulator.api.actions;

import io.ec2emulator.api.dispatch.ActionContext;
import io.ec2emulator.api.dispatch.ActionGroup;
import io.ec2emulator.api.dispatch.ActionRegistry;
import io.ec2emulator.core.state.RegionState;
import io.ec2emulator.core.vpc.DhcpOptions;
import io.ec2emulator.core.vpc.DhcpOptionsSets;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ec2.model.AssociateDhcpOptionsRequest;
import software.amazon.awssdk.services.ec2.model.AssociateDhcpOptionsResponse;
import software.amazon.awssdk.services.ec2.model.AttributeValue;
import software.amazon.awssdk.services.ec2.model.CreateDhcpOptionsRequest;
import software.amazon.awssdk.services.ec2.model.CreateDhcpOptionsResponse;
import software.amazon.awssdk.services.ec2.model.DeleteDhcpOptionsRequest;
import software.amazon.awssdk.services.ec2.model.DeleteDhcpOptionsResponse;
import software.amazon.awssdk.services.ec2.model.DhcpConfiguration;

/** CreateDhcpOptions, DeleteDhcpOptions and AssociateDhcpOptions. */
public final class DhcpOptionsActions implements ActionGroup {

    @Override
    public void registerWith(ActionRegistry registry) {
        registry.register("CreateDhcpOptions", CreateDhcpOptionsRequest.class, this::create, "DhcpConfiguration")
                .register("DeleteDhcpOptions", DeleteDhcpOptionsRequest.class, this::delete, "DhcpOptionsId")
                .register("AssociateDhcpOptions", AssociateDhcpOptionsRequest.class, this::associate,
                        "DhcpOptionsId", "VpcId");
    }

    private CreateDhcpOptionsResponse create(ActionContext ctx, CreateDhcpOptionsRequest request) {
        RegionState state = ctx.state();
        List<Map.Entry<String, List<String>>> configurations = request.dhcpConfigurations().stream()
                .map(c -> Map.entry(c.key() == null ? "" : c.key(), List.copyOf(c.values())))
                .toList();
        DhcpOptions options = new DhcpOptionsSets(state).create(configurations,
                Wire.tagSpecifications(request.tagSpecifications()));
        return CreateDhcpOptionsResponse.builder().dhcpOptions(sdkDhcpOptions(state, options)).build();
    }

    private DeleteDhcpOptionsResponse delete(ActionContext ctx, DeleteDhcpOptionsRequest request) {
        new DhcpOptionsSets(ctx.state()).delete(request.dhcpOptionsId());
        return DeleteDhcpOptionsResponse.builder().build();
    }

    private AssociateDhcpOptionsResponse associate(ActionContext ctx, AssociateDhcpOptionsRequest request) {
        new DhcpOptionsSets(ctx.state()).associate(request.dhcpOptionsId(), request.vpcId());
        return AssociateDhcpOptionsResponse.builder().build();
    }

    static software.amazon.awssdk.services.ec2.model.DhcpOptions sdkDhcpOptions(RegionState state, DhcpOptions d) {
        return software.amazon.awssdk.services.ec2.model.DhcpOptions.builder()
                .dhcpOptionsId(d.dhcpOptionsId())
                .ownerId(d.ownerId())
                .dhcpConfigurations(d.configurations().entrySet().stream()
                        .sorted(Map.Entry.comparingByKey())
                        .map(c -> DhcpConfiguration.builder().key(c.getKey())
                                .values(c.getValue().stream().map(v -> AttributeValue.builder().value(v).build())
                                        .toList())
                                .build()).toList())
                .tags(Wire.sdkTags(state.tags().tagsOf(d.dhcpOptionsId())))
                .build();
    }
}
