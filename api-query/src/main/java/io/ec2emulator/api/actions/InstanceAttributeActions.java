package io.ec2emulator.api.actions;

import io.ec2emulator.api.dispatch.ActionContext;
import io.ec2emulator.api.dispatch.ActionGroup;
import io.ec2emulator.api.dispatch.ActionRegistry;
import io.ec2emulator.core.Ec2Error;
import io.ec2emulator.core.filter.Page;
import io.ec2emulator.core.instances.Instance;
import io.ec2emulator.core.instances.InstanceAttributes;
import io.ec2emulator.core.instances.LaunchRequest;
import io.ec2emulator.core.instances.MetadataOptions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import software.amazon.awssdk.services.ec2.model.AttributeBooleanValue;
import software.amazon.awssdk.services.ec2.model.AttributeValue;
import software.amazon.awssdk.services.ec2.model.DescribeInstanceAttributeRequest;
import software.amazon.awssdk.services.ec2.model.DescribeInstanceAttributeResponse;
import software.amazon.awssdk.services.ec2.model.DescribeInstanceCreditSpecificationsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeInstanceCreditSpecificationsResponse;
import software.amazon.awssdk.services.ec2.model.EbsInstanceBlockDevice;
import software.amazon.awssdk.services.ec2.model.GetConsoleOutputRequest;
import software.amazon.awssdk.services.ec2.model.GetConsoleOutputResponse;
import software.amazon.awssdk.services.ec2.model.InstanceBlockDeviceMapping;
import software.amazon.awssdk.services.ec2.model.InstanceBlockDeviceMappingSpecification;
import software.amazon.awssdk.services.ec2.model.InstanceCreditSpecification;
import software.amazon.awssdk.services.ec2.model.InstanceMetadataOptionsResponse;
import software.amazon.awssdk.services.ec2.model.ModifyInstanceAttributeRequest;
import software.amazon.awssdk.services.ec2.model.ModifyInstanceAttributeResponse;
import software.amazon.awssdk.services.ec2.model.ModifyInstanceCreditSpecificationRequest;
import software.amazon.awssdk.services.ec2.model.ModifyInstanceCreditSpecificationResponse;
import software.amazon.awssdk.services.ec2.model.ModifyInstanceMetadataOptionsRequest;
import software.amazon.awssdk.services.ec2.model.ModifyInstanceMetadataOptionsResponse;
import software.amazon.awssdk.services.ec2.model.SuccessfulInstanceCreditSpecificationItem;
import software.amazon.awssdk.services.ec2.model.UnsuccessfulInstanceCreditSpecificationErrorCode;
import software.amazon.awssdk.services.ec2.model.UnsuccessfulInstanceCreditSpecificationItem;
import software.amazon.awssdk.services.ec2.model.UnsuccessfulInstanceCreditSpecificationItemError;

/**
 * DescribeInstanceAttribute, ModifyInstanceAttribute, ModifyInstanceMetadataOptions, GetConsoleOutput,
 * DescribeInstanceCreditSpecifications and ModifyInstanceCreditSpecification.
 */
public final class InstanceAttributeActions implements ActionGroup {

    @Override
    public void registerWith(ActionRegistry registry) {
        registry.register("DescribeInstanceAttribute", DescribeInstanceAttributeRequest.class, this::describe,
                        "InstanceId", "Attribute")
                .register("ModifyInstanceAttribute", ModifyInstanceAttributeRequest.class, this::modify, "InstanceId")
                .register("ModifyInstanceMetadataOptions", ModifyInstanceMetadataOptionsRequest.class,
                        this::modifyMetadata, "InstanceId")
                .register("GetConsoleOutput", GetConsoleOutputRequest.class, (ctx, r) -> GetConsoleOutputResponse.builder()
                        .instanceId(r.instanceId()).timestamp(ctx.now())
                        .output(ctx.state().instances().consoleOutput(r.instanceId())).build(), "InstanceId")
                .register("DescribeInstanceCreditSpecifications", DescribeInstanceCreditSpecificationsRequest.class,
                        this::describeCredits)
                .register("ModifyInstanceCreditSpecification", ModifyInstanceCreditSpecificationRequest.class,
                        this::modifyCredits, "InstanceCreditSpecification");
    }

    private DescribeInstanceAttributeResponse describe(ActionContext ctx, DescribeInstanceAttributeRequest r) {
        Instance i = ctx.state().instances().attributes().describe(r.instanceId(), r.attributeAsString());
        var b = DescribeInstanceAttributeResponse.builder().instanceId(i.instanceId());
        switch (r.attributeAsString()) {
            case "instanceType" -> b.instanceType(value(i.instanceType()));
            case "kernel" -> b.kernelId(AttributeValue.builder().build());
            case "ramdisk" -> b.ramdiskId(AttributeValue.builder().build());
            case "userData" -> b.userData(AttributeValue.builder().value(i.userData()).build());
            case "disableApiTermination" -> b.disableApiTermination(flag(i.disableApiTermination()));
            case "disableApiStop" -> b.disableApiStop(flag(i.disableApiStop()));
            case "instanceInitiatedShutdownBehavior" -> b.instanceInitiatedShutdownBehavior(value(i.shutdownBehavior()));
            case "rootDeviceName" -> b.rootDeviceName(value(i.rootDeviceName()));
            case "blockDeviceMapping" -> b.blockDeviceMappings(i.blockDevices().stream()
                    .map(d -> InstanceBlockDeviceMapping.builder().deviceName(d.deviceName())
                            .ebs(EbsInstanceBlockDevice.builder().volumeId(d.volumeId()).status("attached")
                                    .attachTime(d.attachTime()).deleteOnTermination(d.deleteOnTermination()).build())
                            .build()).toList());
            case "productCodes" -> b.productCodes(List.of());
            case "sourceDestCheck" -> b.sourceDestCheck(flag(i.sourceDestCheck()));
            case "groupSet" -> b.groups(InstanceWire.groups(ctx.state(), i.securityGroupIds()));
            case "ebsOptimized" -> b.ebsOptimized(flag(i.ebsOptimized()));
            case "sriovNetSupport" -> b.sriovNetSupport(value("simple"));
            case "enaSupport" -> b.enaSupport(flag(i.enaSupport()));
            case "enclaveOptions" -> b.enclaveOptions(o -> o.enabled(false));
            default -> throw new IllegalStateException(r.attributeAsString());
        }
        return b.build();
    }

    private ModifyInstanceAttributeResponse modify(ActionContext ctx, ModifyInstanceAttributeRequest r) {
        InstanceAttributes attributes = ctx.state().instances().attributes();
        String id = r.instanceId();
        List<Runnable> changes = new ArrayList<>();
        String legacy = r.attributeAsString();
        String legacyValue = r.value();
        if (legacy != null) {
            if (legacyValue == null) {
                throw Ec2Error.missingParameter("Value");
            }
            changes.add(() -> applyLegacy(attributes, id, legacy, legacyValue));
        }
        if (r.instanceType() != null) {
            changes.add(() -> attributes.setInstanceType(id, r.instanceType().value()));
        }
        if (r.userData() != null) {
            changes.add(() -> attributes.setUserData(id, r.userData().value() == null ? null
                    : Base64.getEncoder().encodeToString(r.userData().value().asByteArray())));
        }
        if (r.disableApiTermination() != null) {
            changes.add(() -> attributes.setDisableApiTermination(id, bool(r.disableApiTermination())));
        }
        if (r.disableApiStop() != null) {
            changes.add(() -> attributes.setDisableApiStop(id, bool(r.disableApiStop())));
        }
        if (r.sourceDestCheck() != null) {
            changes.add(() -> attributes.setSourceDestCheck(id, bool(r.sourceDestCheck())));
        }
        if (r.ebsOptimized() != null) {
            changes.add(() -> attributes.setEbsOptimized(id, bool(r.ebsOptimized())));
        }
        if (r.instanceInitiatedShutdownBehavior() != null) {
            changes.add(() -> attributes.setShutdownBehavior(id, r.instanceInitiatedShutdownBehavior().value()));
        }
        if (r.hasGroups()) {
            changes.add(() -> attributes.setGroups(id, r.groups()));
        }
        if (r.hasBlockDeviceMappings()) {
            changes.add(() -> {
                for (InstanceBlockDeviceMappingSpecification m : r.blockDeviceMappings()) {
                    if (m.ebs() == null || m.ebs().deleteOnTermination() == null) {
                        throw Ec2Error.missingParameter("BlockDeviceMapping.Ebs.DeleteOnTermination");
                    }
                    attributes.setDeleteOnTermination(id, m.deviceName(), m.ebs().deleteOnTermination());
                }
            });
        }
        NotImplementedYet.reject("ModifyInstanceAttribute", "Kernel", r.kernel());
        NotImplementedYet.reject("ModifyInstanceAttribute", "Ramdisk", r.ramdisk());
        NotImplementedYet.reject("ModifyInstanceAttribute", "SriovNetSupport", r.sriovNetSupport());
        NotImplementedYet.reject("ModifyInstanceAttribute", "EnaSupport", r.enaSupport());
        NotImplementedYet.reject("ModifyInstanceAttribute", "EnclaveOptions", r.enclaveOptions());
        if (changes.isEmpty()) {
            throw Ec2Error.missingParameter("Attribute");
        }
        if (changes.size() > 1) {
            throw Ec2Error.invalidParameterCombination("Fields for multiple attribute types specified.");
        }
        changes.get(0).run();
        return ModifyInstanceAttributeResponse.builder().build();
    }

    private static void applyLegacy(InstanceAttributes attributes, String id, String attribute, String value) {
        switch (attribute) {
            case "instanceType" -> attributes.setInstanceType(id, value);
            case "userData" -> attributes.setUserData(id, value);
            case "disableApiTermination" -> attributes.setDisableApiTermination(id, parseBool(value));
            case "disableApiStop" -> attributes.setDisableApiStop(id, parseBool(value));
            case "sourceDestCheck" -> attributes.setSourceDestCheck(id, parseBool(value));
            case "ebsOptimized" -> attributes.setEbsOptimized(id, parseBool(value));
            case "instanceInitiatedShutdownBehavior" -> attributes.setShutdownBehavior(id, value);
            case "groupSet" -> attributes.setGroups(id, List.of(value));
            default -> throw Ec2Error.invalidParameterValue("Value (" + Ec2Error.shorten(attribute)
                    + ") for parameter attribute is invalid. This attribute cannot be modified with Value.");
        }
    }

    private static boolean parseBool(String value) {
        if (!"true".equalsIgnoreCase(value) && !"false".equalsIgnoreCase(value)) {
            throw Ec2Error.invalidParameterValue("Value (" + Ec2Error.shorten(value)
                    + ") for parameter value is invalid. Expected: 'true', 'false'.");
        }
        return Boolean.parseBoolean(value);
    }

    private static boolean bool(AttributeBooleanValue value) {
        if (value.value() == null) {
            throw Ec2Error.missingParameter("Value");
        }
        return value.value();
    }

    private static AttributeValue value(String value) {
        return AttributeValue.builder().value(value).build();
    }

    private static AttributeBooleanValue flag(boolean value) {
        return AttributeBooleanValue.builder().value(value).build();
    }

    private ModifyInstanceMetadataOptionsResponse modifyMetadata(ActionContext ctx, ModifyInstanceMetadataOptionsRequest r) {
        MetadataOptions options = ctx.state().instances().attributes().modifyMetadataOptions(r.instanceId(),
                new LaunchRequest.MetadataRequest(r.httpTokensAsString(), r.httpPutResponseHopLimit(),
                        r.httpEndpointAsString(), r.httpProtocolIpv6AsString(), r.instanceMetadataTagsAsString()));
        return ModifyInstanceMetadataOptionsResponse.builder().instanceId(r.instanceId())
                .instanceMetadataOptions(InstanceMetadataOptionsResponse.builder().state("pending")
                        .httpTokens(options.httpTokens()).httpPutResponseHopLimit(options.httpPutResponseHopLimit())
                        .httpEndpoint(options.httpEndpoint()).httpProtocolIpv6(options.httpProtocolIpv6())
                        .instanceMetadataTags(options.instanceMetadataTags()).build())
                .build();
    }

    private DescribeInstanceCreditSpecificationsResponse describeCredits(ActionContext ctx,
                                                                         DescribeInstanceCreditSpecificationsRequest r) {
        var filters = new ArrayList<>(Wire.filters(r.filters()));
        Page<Instance> page = ctx.state().instances().describe(r.instanceIds(), filters, r.maxResults(), r.nextToken());
        return DescribeInstanceCreditSpecificationsResponse.builder()
                .instanceCreditSpecifications(page.items().stream().filter(i -> i.cpuCredits() != null)
                        .map(i -> InstanceCreditSpecification.builder().instanceId(i.instanceId())
                                .cpuCredits(i.cpuCredits()).build()).toList())
                .nextToken(page.nextToken())
                .build();
    }

    private ModifyInstanceCreditSpecificationResponse modifyCredits(ActionContext ctx,
                                                                    ModifyInstanceCreditSpecificationRequest r) {
        List<SuccessfulInstanceCreditSpecificationItem> ok = new ArrayList<>();
        List<UnsuccessfulInstanceCreditSpecificationItem> failed = new ArrayList<>();
        for (var spec : r.instanceCreditSpecifications()) {
            try {
                ctx.state().instances().attributes().setCpuCredits(spec.instanceId(), spec.cpuCredits());
                ok.add(SuccessfulInstanceCreditSpecificationItem.builder().instanceId(spec.instanceId()).build());
            } catch (Ec2Error error) {
                String code = error.code().equals("InvalidInstanceID.NotFound")
                        ? UnsuccessfulInstanceCreditSpecificationErrorCode.INVALID_INSTANCE_ID_NOT_FOUND.toString()
                        : error.code().equals("InvalidInstanceID.Malformed")
                        ? UnsuccessfulInstanceCreditSpecificationErrorCode.INVALID_INSTANCE_ID_MALFORMED.toString()
                        : error.code().equals("IncorrectInstanceState")
                        ? UnsuccessfulInstanceCreditSpecificationErrorCode.INCORRECT_INSTANCE_STATE.toString()
                        : UnsuccessfulInstanceCreditSpecificationErrorCode.INSTANCE_CREDIT_SPECIFICATION_NOT_SUPPORTED
                        .toString();
                failed.add(UnsuccessfulInstanceCreditSpecificationItem.builder().instanceId(spec.instanceId())
                        .error(UnsuccessfulInstanceCreditSpecificationItemError.builder().code(code)
                                .message(error.getMessage()).build()).build());
            }
        }
        return ModifyInstanceCreditSpecificationResponse.builder().successfulInstanceCreditSpecifications(ok)
                .unsuccessfulInstanceCreditSpecifications(failed).build();
    }
}
