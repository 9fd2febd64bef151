package io.ec2emulator.core.reachability;

import io.ec2emulator.core.network.Ipv4;
import io.ec2emulator.core.vpc.NetworkAcl;
import io.ec2emulator.core.vpc.NetworkAclEntry;
import java.util.Comparator;

/**
 * How a network ACL treats one TCP packet: its rules of the packet's direction are read in
 * ascending rule number and the first that matches decides, as AWS evaluates them. ACLs are
 * stateless, so return traffic is a packet of its own that the other direction must allow.
 *
 * @param rule the entry that decided; null if no entry matched (AWS's rule {@code *} denies then)
 */
record AclDecision(NetworkAcl acl, boolean egress, NetworkAclEntry rule) {

    static AclDecision of(NetworkAcl acl, boolean egress, long peer, int port) {
        NetworkAclEntry decided = acl.entries().stream()
                .filter(e -> e.egress() == egress)
                .sorted(Comparator.comparingInt(NetworkAclEntry::ruleNumber))
                .filter(e -> matches(e, peer, port))
                .findFirst().orElse(null);
        return new AclDecision(acl, egress, decided);
    }

    boolean allows() {
        return rule != null && rule.ruleAction().equals("allow");
    }

    /** {@code rule 100}, or {@code rule *} for AWS's catch-all deny. */
    String ruleName() {
        return rule == null || rule.ruleNumber() == 32767 ? "rule *" : "rule " + rule.ruleNumber();
    }

    private static boolean matches(NetworkAclEntry entry, long peer, int port) {
        if (entry.cidrBlock() == null || !Ipv4.Block.parse(entry.cidrBlock()).contains(peer)) {
            return false;
        }
        if (entry.protocol().equals("-1")) {
            return true;
        }
        if (!entry.protocol().equals("6") && !entry.protocol().equalsIgnoreCase("tcp")) {
            return false;
        }
        return entry.fromPort() == null || (entry.fromPort() <= port && port <= entry.toPort());
    }
}
