package io.ec2emulator.core.vpc;

/**
 * One rule of a network ACL. {@code protocol} is EC2's string: {@code -1} for all, else a protocol
 * number; ports apply to TCP (6) and UDP (17) only and are null otherwise.
 */
public record NetworkAclEntry(int ruleNumber, String protocol, String ruleAction, boolean egress,
                              String cidrBlock, Integer fromPort, Integer toPort) {
}
