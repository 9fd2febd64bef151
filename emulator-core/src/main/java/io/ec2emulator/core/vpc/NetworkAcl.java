package io.ec2emulator.core.vpc;

import java.util.List;

/** A network ACL of a VPC: its numbered rules in both directions and the subnets it guards. */
public record NetworkAcl(String networkAclId, String vpcId, boolean isDefault, List<NetworkAclEntry> entries,
                         List<NetworkAclAssociation> associations, String ownerId) {

    public NetworkAcl {
        entries = List.copyOf(entries);
        associations = List.copyOf(associations);
    }

    public NetworkAcl withEntries(List<NetworkAclEntry> newEntries) {
        return new NetworkAcl(networkAclId, vpcId, isDefault, newEntries, associations, ownerId);
    }

    public NetworkAcl withAssociations(List<NetworkAclAssociation> newAssociations) {
        return new NetworkAcl(networkAclId, vpcId, isDefault, entries, newAssociations, ownerId);
    }
}
