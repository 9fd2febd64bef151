package io.ec2emulator.api.actions;

import io.ec2emulator.api.dispatch.ActionContext;
import io.ec2emulator.api.dispatch.ActionGroup;
import io.ec2emulator.api.dispatch.ActionRegistry;
import io.ec2emulator.core.Ec2Error;
import io.ec2emulator.core.state.RegionState;
import io.ec2emulator.core.vpc.InternetGateway;
import io.ec2emulator.core.vpc.InternetGateways;
import io.ec2emulator.core.vpc.Subnet;
import io.ec2emulator.core.vpc.SubnetCidrBlocks;
import io.ec2emulator.core.vpc.Subnets;
import io.ec2emulator.core.vpc.Vpc;
import io.ec2emulator.core.vpc.VpcCidrBlocks;
import io.ec2emulator.core.vpc.Vpcs;
import software.amazon.awssdk.services.ec2.model.AttachInternetGatewayRequest;
import software.amazon.awssdk.services.ec2.model.AttachInternetGatewayResponse;
import software.amazon.awssdk.services.ec2.model.AttributeBooleanValue;
import software.amazon.awssdk.services.ec2.model.CreateInternetGatewayRequest;
import software.amazon.awssdk.services.ec2.model.CreateInternetGatewayResponse;
import software.amazon.awssdk.services.ec2.model.CreateSubnetRequest;
import software.amazon.awssdk.services.ec2.model.CreateSubnetResponse;
import software.amazon.awssdk.services.ec2.model.CreateVpcRequest;
import software.amazon.awssdk.services.ec2.model.CreateVpcResponse;
import software.amazon.awssdk.services.ec2.model.DeleteInternetGatewayRequest;
import software.amazon.awssdk.services.ec2.model.DeleteInternetGatewayResponse;
import software.amazon.awssdk.services.ec2.model.DeleteSubnetRequest;
import software.amazon.awssdk.services.ec2.model.DeleteSubnetResponse;
import software.amazon.awssdk.services.ec2.model.DeleteVpcRequest;
import software.amazon.awssdk.services.ec2.model.DeleteVpcResponse;
import software.amazon.awssdk.services.ec2.model.DescribeVpcAttributeRequest;
import software.amazon.awssdk.services.ec2.model.DescribeVpcAttributeResponse;
import software.amazon.awssdk.services.ec2.model.DetachInternetGatewayRequest;
import software.amazon.awssdk.services.ec2.model.DetachInternetGatewayResponse;
import software.amazon.awssdk.services.ec2.model.ModifySubnetAttributeRequest;
import software.amazon.awssdk.services.ec2.model.ModifySubnetAttributeResponse;
import software.amazon.awssdk.services.ec2.model.ModifyVpcAttributeRequest;
import software.amazon.awssdk.services.ec2.model.ModifyVpcAttributeResponse;

/**
 * CreateVpc, DeleteVpc, ModifyVpcAttribute, DescribeVpcAttribute, CreateSubnet, DeleteSubnet,
 * ModifySubnetAttribute and the internet gateway calls: Create, Attach, Detach, Delete.
 */
public final class VpcLifecycleActions implements ActionGroup {

    @Override
    public void registerWith(ActionRegistry registry) {
        registry.register("CreateVpc", CreateVpcRequest.class, this::createVpc)
                .register("DeleteVpc", DeleteVpcRequest.class, this::deleteVpc, "VpcId")
                .register("ModifyVpcAttribute", ModifyVpcAttributeRequest.class, this::modifyVpcAttribute, "VpcId")
                .register("DescribeVpcAttribute", DescribeVpcAttributeRequest.class, this::describeVpcAttribute,
                        "VpcId", "Attribute")
                .register("CreateSubnet", CreateSubnetRequest.class, this::createSubnet, "VpcId")
                .register("DeleteSubnet", DeleteSubnetRequest.class, this::deleteSubnet, "SubnetId")
                .register("ModifySubnetAttribute", ModifySubnetAttributeRequest.class, this::modifySubnetAttribute,
                        "SubnetId")
                .register("CreateInternetGateway", CreateInternetGatewayRequest.class, this::createGateway)
                .register("AttachInternetGateway", AttachInternetGatewayRequest.class, this::attachGateway,
                        "InternetGatewayId", "VpcId")
                .register("DetachInternetGateway", DetachInternetGatewayRequest.class, this::detachGateway,
                        "InternetGatewayId", "VpcId")
                .register("DeleteInternetGateway", DeleteInternetGatewayRequest.class, this::deleteGateway,
                        "InternetGatewayId");
    }

    private CreateVpcResponse createVpc(ActionContext ctx, CreateVpcRequest request) {
        NotImplementedYet.reject("CreateVpc", "Ipv6CidrBlockNetworkBorderGroup",
                request.ipv6CidrBlockNetworkBorderGroup());
        NotImplementedYet.reject("CreateVpc", "VpcEncryptionControl", request.vpcEncryptionControl());
        NotImplementedYet.reject("CreateVpc", "Ipv6CidrBlock", request.ipv6CidrBlock());
        NotImplementedYet.reject("CreateVpc", "Ipv6Pool", request.ipv6Pool());
        NotImplementedYet.reject("CreateVpc", "Ipv4IpamPoolId", request.ipv4IpamPoolId());
        NotImplementedYet.reject("CreateVpc", "Ipv4NetmaskLength", request.ipv4NetmaskLength());
        NotImplementedYet.reject("CreateVpc", "Ipv6IpamPoolId", request.ipv6IpamPoolId());
        NotImplementedYet.reject("CreateVpc", "Ipv6NetmaskLength", request.ipv6NetmaskLength());
        String tenancy = request.instanceTenancyAsString();
        if (tenancy != null && !tenancy.equals("default")) {
            if (tenancy.equals("dedicated")) {
                NotImplementedYet.reject("CreateVpc", "InstanceTenancy", tenancy);
            }
            throw Ec2Error.invalidParameterValue("Value (" + Ec2Error.shorten(tenancy)
                    + ") for parameter instanceTenancy is invalid.");
        }
        RegionState state = ctx.state();
        Vpc vpc = new Vpcs(state).create(request.cidrBlock(), Wire.tagSpecifications(request.tagSpecifications()));
        if (Boolean.TRUE.equals(request.amazonProvidedIpv6CidrBlock())) {
            new VpcCidrBlocks(state).associateAmazonIpv6(vpc.vpcId());
            vpc = state.networking().vpcs().require(vpc.vpcId());
        }
        return CreateVpcResponse.builder().vpc(VpcActions.sdkVpc(state, vpc)).build();
    }

    private DeleteVpcResponse deleteVpc(ActionContext ctx, DeleteVpcRequest request) {
        new Vpcs(ctx.state()).delete(request.vpcId());
        return DeleteVpcResponse.builder().build();
    }

    private ModifyVpcAttributeResponse modifyVpcAttribute(ActionContext ctx, ModifyVpcAttributeRequest request) {
        NotImplementedYet.reject("ModifyVpcAttribute", "EnableNetworkAddressUsageMetrics",
                request.enableNetworkAddressUsageMetrics());
        new Vpcs(ctx.state()).modifyAttribute(request.vpcId(), value(request.enableDnsSupport()),
                value(request.enableDnsHostnames()));
        return ModifyVpcAttributeResponse.builder().build();
    }

    private DescribeVpcAttributeResponse describeVpcAttribute(ActionContext ctx, DescribeVpcAttributeRequest request) {
        Vpc vpc = ctx.state().networking().vpcs().require(request.vpcId());
        DescribeVpcAttributeResponse.Builder response = DescribeVpcAttributeResponse.builder().vpcId(vpc.vpcId());
        String attribute = request.attributeAsString();
        switch (attribute) {
            case "enableDnsSupport" -> response.enableDnsSupport(bool(vpc.enableDnsSupport()));
            case "enableDnsHostnames" -> response.enableDnsHostnames(bool(vpc.enableDnsHostnames()));
            case "enableNetworkAddressUsageMetrics" -> response.enableNetworkAddressUsageMetrics(bool(false));
            default -> throw Ec2Error.invalidParameterValue("Value (" + Ec2Error.shorten(attribute)
                    + ") for parameter attribute is invalid. Unknown attribute.");
        }
        return response.build();
    }

    private CreateSubnetResponse createSubnet(ActionContext ctx, CreateSubnetRequest request) {
        NotImplementedYet.reject("CreateSubnet", "Ipv6Native", request.ipv6Native());
        NotImplementedYet.reject("CreateSubnet", "OutpostArn", request.outpostArn());
        NotImplementedYet.reject("CreateSubnet", "Ipv4IpamPoolId", request.ipv4IpamPoolId());
        NotImplementedYet.reject("CreateSubnet", "Ipv4NetmaskLength", request.ipv4NetmaskLength());
        NotImplementedYet.reject("CreateSubnet", "Ipv6IpamPoolId", request.ipv6IpamPoolId());
        NotImplementedYet.reject("CreateSubnet", "Ipv6NetmaskLength", request.ipv6NetmaskLength());
        RegionState state = ctx.state();
        Subnet subnet = new Subnets(state).create(request.vpcId(), request.cidrBlock(), request.availabilityZone(),
                request.availabilityZoneId(), Wire.tagSpecifications(request.tagSpecifications()));
        if (request.ipv6CidrBlock() != null) {
            new SubnetCidrBlocks(state).associate(subnet.subnetId(), request.ipv6CidrBlock());
            subnet = state.networking().subnets().require(subnet.subnetId());
        }
        return CreateSubnetResponse.builder().subnet(VpcActions.sdkSubnet(state, subnet)).build();
    }

    private DeleteSubnetResponse deleteSubnet(ActionContext ctx, DeleteSubnetRequest request) {
        new Subnets(ctx.state()).delete(request.subnetId());
        return DeleteSubnetResponse.builder().build();
    }

    private ModifySubnetAttributeResponse modifySubnetAttribute(ActionContext ctx,
                                                                ModifySubnetAttributeRequest request) {
        String action = "ModifySubnetAttribute";
        NotImplementedYet.reject(action, "AssignIpv6AddressOnCreation", value(request.assignIpv6AddressOnCreation()));
        NotImplementedYet.reject(action, "MapCustomerOwnedIpOnLaunch", value(request.mapCustomerOwnedIpOnLaunch()));
        NotImplementedYet.reject(action, "CustomerOwnedIpv4Pool", request.customerOwnedIpv4Pool());
        NotImplementedYet.reject(action, "EnableDns64", value(request.enableDns64()));
        NotImplementedYet.reject(action, "PrivateDnsHostnameTypeOnLaunch", request.privateDnsHostnameTypeOnLaunchAsString());
        NotImplementedYet.reject(action, "EnableResourceNameDnsARecordOnLaunch",
                value(request.enableResourceNameDnsARecordOnLaunch()));
        NotImplementedYet.reject(action, "EnableResourceNameDnsAAAARecordOnLaunch",
                value(request.enableResourceNameDnsAAAARecordOnLaunch()));
        NotImplementedYet.reject(action, "EnableLniAtDeviceIndex", request.enableLniAtDeviceIndex());
        NotImplementedYet.reject(action, "DisableLniAtDeviceIndex", value(request.disableLniAtDeviceIndex()));
        new Subnets(ctx.state()).modifyMapPublicIpOnLaunch(request.subnetId(), value(request.mapPublicIpOnLaunch()));
        return ModifySubnetAttributeResponse.builder().build();
    }

    private CreateInternetGatewayResponse createGateway(ActionContext ctx, CreateInternetGatewayRequest request) {
        RegionState state = ctx.state();
        InternetGateway gateway = new InternetGateways(state)
                .create(Wire.tagSpecifications(request.tagSpecifications()));
        return CreateInternetGatewayResponse.builder().internetGateway(VpcActions.sdkGateway(state, gateway)).build();
    }

    private AttachInternetGatewayResponse attachGateway(ActionContext ctx, AttachInternetGatewayRequest request) {
        new InternetGateways(ctx.state()).attach(request.internetGatewayId(), request.vpcId());
        return AttachInternetGatewayResponse.builder().build();
    }

    private DetachInternetGatewayResponse detachGateway(ActionContext ctx, DetachInternetGatewayRequest request) {
        new InternetGateways(ctx.state()).detach(request.internetGatewayId(), request.vpcId());
        return DetachInternetGatewayResponse.builder().build();
    }

    private DeleteInternetGatewayResponse deleteGateway(ActionContext ctx, DeleteInternetGatewayRequest request) {
        new InternetGateways(ctx.state()).delete(request.internetGatewayId());
        return DeleteInternetGatewayResponse.builder().build();
    }

    private static Boolean value(AttributeBooleanValue attribute) {
        return attribute == null ? null : attribute.value();
    }

    private static AttributeBooleanValue bool(boolean value) {
        return AttributeBooleanValue.builder().value(value).build();
    }
}
