package io.ec2emulator.core.securitygroups;

import java.util.ArrayList;
import java.util.List;

/**
 * The flat parameters of AuthorizeSecurityGroupIngress and its kin ({@code IpProtocol},
 * {@code FromPort}, {@code ToPort}, {@code CidrIp}, {@code SourceSecurityGroupName},
 * {@code SourceSecurityGroupOwnerId}), an older way to write one permission.
 */
public record LegacyPermission(String ipProtocol, Integer fromPort, Integer toPort, String cidrIp,
                               String sourceGroupName, String sourceGroupOwnerId) {

    /** No flat parameter at all. */
    public static LegacyPermission none() {
        return new LegacyPermission(null, null, null, null, null, null);
    }

    public boolean isEmpty() {
        return ipProtocol == null && fromPort == null && toPort == null && cidrIp == null
                && sourceGroupName == null && sourceGroupOwnerId == null;
    }

    /**
     * The permissions of a request: its {@code IpPermissions}, or the flat parameters; both together
     * is {@code InvalidParameterCombination}.
     */
    public List<PermissionRequest> with(List<PermissionRequest> ipPermissions) {
        if (isEmpty()) {
            return ipPermissions;
        }
        if (!ipPermissions.isEmpty()) {
            throw io.ec2emulator.core.Ec2Error.invalidParameterCombination(
                    "The parameter IpPermissions cannot be used with the parameter " + firstFlatParameter());
        }
        return toRequests();
    }

    private String firstFlatParameter() {
        if (ipProtocol != null) {
            return "IpProtocol";
        }
        if (fromPort != null) {
            return "FromPort";
        }
        if (toPort != null) {
            return "ToPort";
        }
        if (cidrIp != null) {
            return "CidrIp";
        }
        return sourceGroupName != null ? "SourceSecurityGroupName" : "SourceSecurityGroupOwnerId";
    }

    /**
     * The permissions the flat parameters stand for. A source group without a protocol grants full
     * ICMP, TCP and UDP access, as EC2 documents for {@code SourceSecurityGroupName}.
     */
    public List<PermissionRequest> toRequests() {
        List<PermissionRequest.Peer> cidrs = cidrIp == null ? List.of() : List.of(new PermissionRequest.Peer(cidrIp, null));
        List<PermissionRequest.GroupPeer> groups = sourceGroupName == null ? List.of()
                : List.of(new PermissionRequest.GroupPeer(null, sourceGroupName, sourceGroupOwnerId, null));
        if (ipProtocol == null && !groups.isEmpty() && cidrs.isEmpty() && fromPort == null && toPort == null) {
            List<PermissionRequest> full = new ArrayList<>();
            full.add(new PermissionRequest("icmp", -1, -1, cidrs, List.of(), groups, List.of()));
            full.add(new PermissionRequest("tcp", 0, 65535, cidrs, List.of(), groups, List.of()));
            full.add(new PermissionRequest("udp", 0, 65535, cidrs, List.of(), groups, List.of()));
            return full;
        }
        return List.of(new PermissionRequest(ipProtocol, fromPort, toPort, cidrs, List.of(), groups, List.of()));
    }
}
