package io.ec2emulator.api.actions;

import io.ec2emulator.api.dispatch.ActionRegistry;

/**
 * The dispatch table of every implemented action, one group per resource family, each added with the
 * names of its actions so that it is made at its first request (ActionRegistryTest checks the names
 * against what each group registers).
 */
public final class StandardActions {

    private StandardActions() {
    }

    public static ActionRegistry registry() {
        return new ActionRegistry()
                .add(RegionActions::new, "DescribeAvailabilityZones", "DescribeRegions")
                .add(InstanceTypeActions::new, "DescribeInstanceTypeOfferings", "DescribeInstanceTypes")
                .add(KeyPairActions::new, "CreateKeyPair", "DeleteKeyPair", "DescribeKeyPairs", "ImportKeyPair")
                .add(ImageActions::new, "DescribeImages")
                .add(ImageLifecycleActions::new, "CopyImage", "CreateImage", "DeregisterImage",
                        "DescribeImageAttribute", "ModifyImageAttribute", "RegisterImage", "ResetImageAttribute")
                .add(SnapshotActions::new, "CopySnapshot", "CreateSnapshot", "CreateSnapshots", "DeleteSnapshot",
                        "DescribeSnapshotAttribute", "DescribeSnapshots", "ModifySnapshotAttribute",
                        "ResetSnapshotAttribute")
                .add(TagActions::new, "CreateTags", "DeleteTags", "DescribeTags")
                .add(AccountAttributeActions::new, "DescribeAccountAttributes")
                .add(VpcActions::new, "DescribeDhcpOptions", "DescribeInternetGateways", "DescribeNetworkAcls",
                        "DescribeRouteTables", "DescribeSubnets", "DescribeVpcs")
                .add(VpcLifecycleActions::new, "AttachInternetGateway", "CreateInternetGateway", "CreateSubnet",
                        "CreateVpc", "DeleteInternetGateway", "DeleteSubnet", "DeleteVpc", "DescribeVpcAttribute",
                        "DetachInternetGateway", "ModifySubnetAttribute", "ModifyVpcAttribute")
                .add(VpcCidrActions::new, "AssociateSubnetCidrBlock", "AssociateVpcCidrBlock",
                        "DisassociateSubnetCidrBlock", "DisassociateVpcCidrBlock")
                .add(RouteTableActions::new, "AssociateRouteTable", "CreateRoute", "CreateRouteTable", "DeleteRoute",
                        "DeleteRouteTable", "DisassociateRouteTable", "ReplaceRoute", "ReplaceRouteTableAssociation")
                .add(NetworkAclActions::new, "CreateNetworkAcl", "CreateNetworkAclEntry", "DeleteNetworkAcl",
                        "DeleteNetworkAclEntry", "ReplaceNetworkAclAssociation", "ReplaceNetworkAclEntry")
                .add(DhcpOptionsActions::new, "AssociateDhcpOptions", "CreateDhcpOptions", "DeleteDhcpOptions")
                .add(EgressOnlyGatewayActions::new, "CreateEgressOnlyInternetGateway",
                        "DeleteEgressOnlyInternetGateway", "DescribeEgressOnlyInternetGateways")
                .add(SecurityGroupActions::new, "AuthorizeSecurityGroupEgress", "AuthorizeSecurityGroupIngress",
                        "CreateSecurityGroup", "DeleteSecurityGroup", "DescribeSecurityGroupRules",
                        "DescribeSecurityGroups", "ModifySecurityGroupRules", "RevokeSecurityGroupEgress",
                        "RevokeSecurityGroupIngress", "UpdateSecurityGroupRuleDescriptionsEgress",
                        "UpdateSecurityGroupRuleDescriptionsIngress")
                .add(InstanceActions::new, "DescribeInstances", "RebootInstances", "RunInstances", "StartInstances",
                        "StopInstances", "TerminateInstances")
                .add(InstanceStatusActions::new, "DescribeInstanceStatus")
                .add(WindowsPasswordActions::new, "GetPasswordData")
                .add(InstanceAttributeActions::new, "DescribeInstanceAttribute",
                        "DescribeInstanceCreditSpecifications", "GetConsoleOutput", "ModifyInstanceAttribute",
                        "ModifyInstanceCreditSpecification", "ModifyInstanceMetadataOptions")
                .add(IamInstanceProfileActions::new, "AssociateIamInstanceProfile",
                        "DescribeIamInstanceProfileAssociations", "DisassociateIamInstanceProfile",
                        "ReplaceIamInstanceProfileAssociation")
                .add(EbsEncryptionActions::new, "DisableEbsEncryptionByDefault", "EnableEbsEncryptionByDefault",
                        "GetEbsDefaultKmsKeyId", "GetEbsEncryptionByDefault", "ModifyEbsDefaultKmsKeyId",
                        "ResetEbsDefaultKmsKeyId")
                .add(VolumeActions::new, "CreateVolume", "DeleteVolume", "DescribeVolumeAttribute",
                        "DescribeVolumeStatus", "DescribeVolumes", "ModifyVolumeAttribute")
                .add(VolumeAttachmentActions::new, "AttachVolume", "DetachVolume")
                .add(VolumeModificationActions::new, "DescribeVolumesModifications", "ModifyVolume")
                .add(NetworkInterfaceActions::new, "AssignPrivateIpAddresses", "AttachNetworkInterface",
                        "CreateNetworkInterface", "DeleteNetworkInterface", "DescribeNetworkInterfaceAttribute",
                        "DescribeNetworkInterfaces", "DetachNetworkInterface", "ModifyNetworkInterfaceAttribute",
                        "UnassignPrivateIpAddresses")
                .add(AddressActions::new, "AllocateAddress", "AssociateAddress", "DescribeAddresses",
                        "DescribeAddressesAttribute", "DisassociateAddress", "ReleaseAddress")
                .add(NatGatewayActions::new, "CreateNatGateway", "DeleteNatGateway", "DescribeNatGateways")
                .add(VpcPeeringActions::new, "AcceptVpcPeeringConnection", "CreateVpcPeeringConnection",
                        "DeleteVpcPeeringConnection", "DescribeVpcPeeringConnections", "RejectVpcPeeringConnection");
    }
}
