package io.ec2emulator.api.actions;

import io.ec2emulator.api.dispatch.ActionRegistry;

/** The dispatch table of every implemented action, one group per resource family. */
public final class StandardActions {

    private StandardActions() {
    }

    public static ActionRegistry registry() {
        return new ActionRegistry()
                .add(new RegionActions())
                .add(new InstanceTypeActions())
                .add(new KeyPairActions())
                .add(new ImageActions())
                .add(new ImageLifecycleActions())
                .add(new SnapshotActions())
                .add(new TagActions())
                .add(new AccountAttributeActions())
                .add(new VpcActions())
                .add(new VpcLifecycleActions())
                .add(new VpcCidrActions())
                .add(new RouteTableActions())
                .add(new NetworkAclActions())
                .add(new DhcpOptionsActions())
                .add(new EgressOnlyGatewayActions())
                .add(new SecurityGroupActions())
                .add(new InstanceActions())
                .add(new InstanceStatusActions())
                .add(new InstanceAttributeActions())
                .add(new WindowsPasswordActions())
                .add(new IamInstanceProfileActions())
                .add(new EbsEncryptionActions())
                .add(new VolumeActions())
                .add(new VolumeAttachmentActions())
                .add(new VolumeModificationActions())
                .add(new NetworkInterfaceActions())
                .add(new AddressActions())
                .add(new NatGatewayActions())
                .add(new VpcPeeringActions());
    }
}
