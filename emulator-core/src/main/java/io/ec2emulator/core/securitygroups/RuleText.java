package io.ec2emulator.core.securitygroups;

import io.ec2emulator.core.Ec2Error;

/** How EC2 names a rule in its messages, e.g. {@code peer: 0.0.0.0/0, TCP, from port: 22, to port: 22, ALLOW}. */
final class RuleText {

    private RuleText() {
    }

    static String describe(SecurityGroupRule rule) {
        StringBuilder text = new StringBuilder("peer: ").append(rule.peer()).append(", ");
        switch (rule.ipProtocol()) {
            case "-1" -> text.append("ALL");
            case "tcp", "udp" -> text.append(rule.ipProtocol().toUpperCase(java.util.Locale.ROOT))
                    .append(", from port: ").append(rule.fromPort()).append(", to port: ").append(rule.toPort());
            case "icmp" -> text.append("ICMP, type: ").append(rule.fromPort()).append(", code: ").append(rule.toPort());
            case "icmpv6" -> text.append("ICMPV6, type: ").append(rule.fromPort()).append(", code: ")
                    .append(rule.toPort());
            default -> text.append("protocol: ").append(rule.ipProtocol());
        }
        return text.append(", ALLOW").toString();
    }

    /** {@code InvalidPermission.Duplicate}, with EC2's lower-case "the". */
    static Ec2Error duplicate(SecurityGroupRule rule) {
        return Ec2Error.client("InvalidPermission.Duplicate", "the specified rule \"" + describe(rule)
                + "\" already exists");
    }
}
