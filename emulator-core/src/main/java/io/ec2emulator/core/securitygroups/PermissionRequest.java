package io.ec2emulator.core.securitygroups;

import java.util.List;

/**
 * One {@code IpPermission} of an authorize, revoke or update-description request, as the caller wrote
 * it: a protocol, ports, and the peers it applies to. {@link PermissionExpansion} validates it and
 * turns it into one rule per peer.
 */
public record PermissionRequest(String ipProtocol, Integer fromPort, Integer toPort, List<Peer> ipv4Ranges,
                                List<Peer> ipv6Ranges, List<GroupPeer> groupPairs, List<Peer> prefixListIds) {

    public PermissionRequest {
        ipv4Ranges = ipv4Ranges == null ? List.of() : List.copyOf(ipv4Ranges);
        ipv6Ranges = ipv6Ranges == null ? List.of() : List.copyOf(ipv6Ranges);
        groupPairs = groupPairs == null ? List.of() : List.copyOf(groupPairs);
        prefixListIds = prefixListIds == null ? List.of() : List.copyOf(prefixListIds);
    }

    /** A CIDR block or prefix list id with its optional description. */
    public record Peer(String value, String description) {
    }

    /** A {@code UserIdGroupPair}: a group by id, or by name in the default VPC. */
    public record GroupPeer(String groupId, String groupName, String userId, String description) {
    }

    public boolean hasPeers() {
        return !ipv4Ranges.isEmpty() || !ipv6Ranges.isEmpty() || !groupPairs.isEmpty() || !prefixListIds.isEmpty();
    }
}
