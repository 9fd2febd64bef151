package io.ec2emulator.core.vpc;

/**
 * A CreateNetworkAclEntry or ReplaceNetworkAclEntry request as given: the protocol as a name or
 * number, ports and ICMP type/code null when absent.
 */
public record AclEntryRequest(Integer ruleNumber, String protocol, String ruleAction, Boolean egress,
                              String cidrBlock, String ipv6CidrBlock, Integer fromPort, Integer toPort,
                              Integer icmpType, Integer icmpCode) {
}
