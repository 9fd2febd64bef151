package io.ec2emulator.api.actions;

import io.ec2emulator.api.dispatch.ActionContext;
import io.ec2emulator.api.dispatch.ActionGroup;
import io.ec2emulator.api.dispatch.ActionRegistry;
import io.ec2emulator.core.filter.Page;
import io.ec2emulator.core.filter.PageRequest;
import io.ec2emulator.core.tags.TagDescription;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.ec2.model.CreateTagsRequest;
import software.amazon.awssdk.services.ec2.model.CreateTagsResponse;
import software.amazon.awssdk.services.ec2.model.DeleteTagsRequest;
import software.amazon.awssdk.services.ec2.model.DeleteTagsResponse;
import software.amazon.awssdk.services.ec2.model.DescribeTagsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeTagsResponse;

/** CreateTags, DeleteTags, DescribeTags for every taggable resource the region holds. */
public final class TagActions implements ActionGroup {

    @Override
    public void registerWith(ActionRegistry registry) {
        registry.register("CreateTags", CreateTagsRequest.class, this::create, "ResourceId", "Tag")
                .register("DeleteTags", DeleteTagsRequest.class, this::delete, "ResourceId")
                .register("DescribeTags", DescribeTagsRequest.class, this::describe);
    }

    private CreateTagsResponse create(ActionContext ctx, CreateTagsRequest request) {
        ctx.state().tagging().createTags(request.resources(), Wire.tags(request.tags()));
        return CreateTagsResponse.builder().build();
    }

    private DeleteTagsResponse delete(ActionContext ctx, DeleteTagsRequest request) {
        Set<String> keysWithoutValue = request.tags().stream().filter(t -> t.value() == null)
                .map(t -> t.key() == null ? "" : t.key()).collect(Collectors.toSet());
        ctx.state().tagging().deleteTags(request.resources(),
                request.hasTags() ? Wire.tags(request.tags()) : null, keysWithoutValue);
        return DeleteTagsResponse.builder().build();
    }

    private DescribeTagsResponse describe(ActionContext ctx, DescribeTagsRequest request) {
        Page<TagDescription> page = ctx.state().tagging().describe(Wire.filters(request.filters()),
                PageRequest.of(request.maxResults(), request.nextToken(), 5, 1000));
        return DescribeTagsResponse.builder()
                .tags(page.items().stream().map(t -> software.amazon.awssdk.services.ec2.model.TagDescription.builder()
                        .resourceId(t.resourceId())
                        .resourceType(t.resourceType())
                        .key(t.key())
                        .value(t.value())
                        .build()).toList())
                .nextToken(page.nextToken())
                .build();
    }
}
