package io.ec2emulator.api.actions;

import io.ec2emulator.api.dispatch.ActionContext;
import io.ec2emulator.api.dispatch.ActionGroup;
import io.ec2emulator.api.dispatch.ActionRegistry;
import io.ec2emulator.core.account.AccountAttributes;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ec2.model.AccountAttribute;
import software.amazon.awssdk.services.ec2.model.AccountAttributeValue;
import software.amazon.awssdk.services.ec2.model.DescribeAccountAttributesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeAccountAttributesResponse;

/** DescribeAccountAttributes. */
public final class AccountAttributeActions implements ActionGroup {

    @Override
    public void registerWith(ActionRegistry registry) {
        registry.register("DescribeAccountAttributes", DescribeAccountAttributesRequest.class, this::describe);
    }

    private DescribeAccountAttributesResponse describe(ActionContext ctx, DescribeAccountAttributesRequest request) {
        Map<String, List<String>> attributes = AccountAttributes.describe(ctx.state(), request.attributeNamesAsStrings());
        return DescribeAccountAttributesResponse.builder()
                .accountAttributes(attributes.entrySet().stream().map(a -> AccountAttribute.builder()
                        .attributeName(a.getKey())
                        .attributeValues(a.getValue().stream()
                                .map(v -> AccountAttributeValue.builder().attributeValue(v).build()).toList())
                        .build()).toList())
                .build();
    }
}
