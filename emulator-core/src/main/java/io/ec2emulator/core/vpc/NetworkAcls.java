package io.ec2emulator.core.vpc;

import io.ec2emulator.core.Ec2Error;
import io.ec2emulator.core.state.RegionState;
import io.ec2emulator.core.tags.TagSpecification;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * CreateNetworkAcl, DeleteNetworkAcl, the entry calls (Create, Replace, Delete) and
 * ReplaceNetworkAclAssociation. A new ACL denies everything (rule 32767, and 32768 for IPv6 once the
 * VPC has an IPv6 block); rules 1 to 32766 are the caller's, one per number and direction.
 */
public final class NetworkAcls {

    static final String RESOURCE_TYPE = "network-acl";
    /** The catch-all rule of each direction, which no call can change. */
    static final int DEFAULT_RULE = 32767;
    /** The IPv6 catch-all rule. */
    static final int DEFAULT_IPV6_RULE = 32768;
    static final int MAX_RULE = 32766;
    /** EC2's default quota of network ACLs per VPC. */
    static final int MAX_ACLS_PER_VPC = 200;
    /** EC2's default quota of rules per ACL and direction (IPv4 and IPv6 together). */
    static final int MAX_RULES_PER_DIRECTION = 20;

    private final RegionState region;
    private final Networking net;

    public NetworkAcls(RegionState region) {
        this.region = region;
        this.net = region.networking();
    }

    /** The catch-all deny rules of an ACL in a VPC (IPv6 ones when the VPC has an IPv6 block). */
    static List<NetworkAclEntry> denyAll(Vpc vpc) {
        List<NetworkAclEntry> entries = new ArrayList<>();
        for (boolean egress : new boolean[] {true, false}) {
            entries.add(NetworkAclEntry.all(DEFAULT_RULE, "deny", egress, "0.0.0.0/0"));
            if (!vpc.ipv6CidrBlocks().isEmpty()) {
                entries.add(NetworkAclEntry.allIpv6(DEFAULT_IPV6_RULE, "deny", egress, "::/0"));
            }
        }
        return entries;
    }

    /** CreateNetworkAcl; the same {@code clientToken} returns the same ACL. */
    public NetworkAcl create(String vpcId, List<TagSpecification> tags, String clientToken) {
        Vpc vpc = net.vpcs().require(vpcId);
        return net.creationTokens().once("CreateNetworkAcl", clientToken, vpc.vpcId(), net.networkAcls(),
                () -> create(vpc, tags));
    }

    private NetworkAcl create(Vpc vpc, List<TagSpecification> tags) {
        region.tagging().matching(tags, Set.of(RESOURCE_TYPE));
        if (net.networkAcls().all().stream().filter(a -> a.vpcId().equals(vpc.vpcId())).count() >= MAX_ACLS_PER_VPC) {
            throw Ec2Error.client("NetworkAclLimitExceeded", "The maximum number of network ACLs has been reached.");
        }
        NetworkAcl acl = new NetworkAcl(net.networkAcls().newId(), vpc.vpcId(), false, denyAll(vpc), List.of(),
                region.accountId());
        net.networkAcls().put(acl);
        region.tagging().applySpecifications(tags, acl.networkAclId(), RESOURCE_TYPE);
        return acl;
    }

    /** DeleteNetworkAcl: not the VPC's default ACL, and not while subnets are associated with it. */
    public void delete(String networkAclId) {
        NetworkAcl acl = net.networkAcls().require(networkAclId);
        if (acl.isDefault()) {
            throw Ec2Error.client("InvalidParameterValue", "cannot delete default network ACL " + acl.networkAclId());
        }
        if (!acl.associations().isEmpty()) {
            throw Ec2Error.client("DependencyViolation", "The networkAcl '" + acl.networkAclId()
                    + "' has dependencies and cannot be deleted.");
        }
        net.networkAcls().remove(acl.networkAclId());
    }

    public NetworkAclEntry createEntry(String networkAclId, AclEntryRequest request) {
        return putEntry(networkAclId, request, false);
    }

    public NetworkAclEntry replaceEntry(String networkAclId, AclEntryRequest request) {
        return putEntry(networkAclId, request, true);
    }

    public void deleteEntry(String networkAclId, Integer ruleNumber, Boolean egress) {
        NetworkAcl acl = net.networkAcls().require(networkAclId);
        int number = ruleNumber(ruleNumber);
        boolean out = requireEgress(egress);
        NetworkAclEntry existing = find(acl, number, out);
        if (existing == null) {
            throw notFound(number);
        }
        net.networkAcls().put(acl.withEntries(acl.entries().stream().filter(e -> e != existing).toList()));
    }

    /** ReplaceNetworkAclAssociation: moves a subnet to another ACL of its VPC; returns the new association id. */
    public String replaceAssociation(String associationId, String networkAclId) {
        NetworkAcl from = net.networkAcls().all().stream()
                .filter(a -> a.associations().stream().anyMatch(s -> s.associationId().equals(associationId)))
                .findFirst()
                .orElseThrow(() -> Ec2Error.client("InvalidAssociationID.NotFound", "The association ID '"
                        + Ec2Error.shorten(associationId) + "' does not exist"));
        NetworkAcl to = net.networkAcls().require(networkAclId);
        NetworkAclAssociation old = from.associations().stream()
                .filter(s -> s.associationId().equals(associationId)).findFirst().orElseThrow();
        if (!to.vpcId().equals(from.vpcId())) {
            throw Ec2Error.invalidParameterValue("Network ACL " + to.networkAclId() + " and subnet " + old.subnetId()
                    + " belong to different networks");
        }
        NetworkAclAssociation moved = new NetworkAclAssociation(region.ids().next("aclassoc"), old.subnetId());
        net.networkAcls().put(from.withAssociations(from.associations().stream().filter(s -> s != old).toList()));
        NetworkAcl target = net.networkAcls().require(to.networkAclId());
        List<NetworkAclAssociation> associations = new ArrayList<>(target.associations());
        associations.add(moved);
        net.networkAcls().put(target.withAssociations(associations));
        return moved.associationId();
    }

    /** Adds the IPv6 rules an ACL gets when its VPC gains an IPv6 block. */
    void addIpv6Defaults(String vpcId) {
        for (NetworkAcl acl : List.copyOf(net.networkAcls().all())) {
            if (!acl.vpcId().equals(vpcId) || acl.entries().stream().anyMatch(e -> e.ruleNumber() == DEFAULT_IPV6_RULE)) {
                continue;
            }
            List<NetworkAclEntry> entries = new ArrayList<>(acl.entries());
            for (boolean egress : new boolean[] {true, false}) {
                if (acl.isDefault()) {
                    entries.add(NetworkAclEntry.allIpv6(101, "allow", egress, "::/0"));
                }
                entries.add(NetworkAclEntry.allIpv6(DEFAULT_IPV6_RULE, "deny", egress, "::/0"));
            }
            net.networkAcls().put(acl.withEntries(sorted(entries)));
        }
    }

    private NetworkAclEntry putEntry(String networkAclId, AclEntryRequest request, boolean replace) {
        NetworkAcl acl = net.networkAcls().require(networkAclId);
        NetworkAclEntry entry = entry(request);
        NetworkAclEntry existing = find(acl, entry.ruleNumber(), entry.egress());
        if (replace && existing == null) {
            throw notFound(entry.ruleNumber());
        }
        if (!replace && existing != null) {
            throw Ec2Error.client("NetworkAclEntryAlreadyExists", "The network acl entry identified by "
                    + entry.ruleNumber() + " already exists.");
        }
        List<NetworkAclEntry> entries = new ArrayList<>(acl.entries());
        entries.remove(existing);
        long inDirection = entries.stream()
                .filter(e -> e.egress() == entry.egress() && e.ruleNumber() <= MAX_RULE).count();
        if (inDirection >= MAX_RULES_PER_DIRECTION) {
            throw Ec2Error.client("NetworkAclEntryLimitExceeded", "The maximum number of network acl entries has "
                    + "been reached.");
        }
        entries.add(entry);
        net.networkAcls().put(acl.withEntries(sorted(entries)));
        return entry;
    }

    /** Validates a request and builds the rule EC2 stores. */
    static NetworkAclEntry entry(AclEntryRequest r) {
        int number = ruleNumber(r.ruleNumber());
        boolean egress = requireEgress(r.egress());
        String protocol = AclProtocols.normalise(r.protocol());
        if (r.ruleAction() == null || !(r.ruleAction().equals("allow") || r.ruleAction().equals("deny"))) {
            throw Ec2Error.invalidParameterValue("Value (" + Ec2Error.shorten(r.ruleAction())
                    + ") for parameter ruleAction is invalid. Must be allow or deny.");
        }
        boolean v4 = r.cidrBlock() != null && !r.cidrBlock().isEmpty();
        boolean v6 = r.ipv6CidrBlock() != null && !r.ipv6CidrBlock().isEmpty();
        if (v4 && v6) {
            throw Ec2Error.invalidParameterCombination(
                    "The parameter cidrBlock cannot be used with the parameter ipv6CidrBlock");
        }
        if (!v4 && !v6) {
            throw Ec2Error.missingParameter("cidrBlock or ipv6CidrBlock");
        }
        String cidr = v4 ? Cidrs.ipv4(r.cidrBlock(), "cidrBlock").toString() : null;
        String ipv6 = v6 ? Ipv6Block.parse(r.ipv6CidrBlock(), "ipv6CidrBlock").toString() : null;
        Integer from = null;
        Integer to = null;
        Integer type = null;
        Integer code = null;
        if (AclProtocols.hasPorts(protocol)) {
            if (r.fromPort() == null || r.toPort() == null) {
                throw Ec2Error.missingParameter("portRange");
            }
            if (r.fromPort() < 0 || r.fromPort() > 65535 || r.toPort() < 0 || r.toPort() > 65535
                    || r.fromPort() > r.toPort()) {
                throw Ec2Error.invalidParameterValue("Invalid port range " + r.fromPort() + "-" + r.toPort()
                        + ": ports must be between 0 and 65535 and from must not exceed to.");
            }
            from = r.fromPort();
            to = r.toPort();
        } else if (protocol.equals(AclProtocols.ICMP) || protocol.equals(AclProtocols.ICMPV6) && v6) {
            if (r.icmpType() == null || r.icmpCode() == null) {
                throw Ec2Error.missingParameter("icmpTypeCode");
            }
            if (r.icmpType() < -1 || r.icmpType() > 255 || r.icmpCode() < -1 || r.icmpCode() > 255) {
                throw Ec2Error.invalidParameterValue("Invalid ICMP type " + r.icmpType() + " and code " + r.icmpCode()
                        + ": each must be -1 (all) or between 0 and 255.");
            }
            type = r.icmpType();
            code = r.icmpCode();
        }
        return new NetworkAclEntry(number, protocol, r.ruleAction(), egress, cidr, ipv6, from, to, type, code);
    }

    private static int ruleNumber(Integer ruleNumber) {
        if (ruleNumber == null) {
            throw Ec2Error.missingParameter("ruleNumber");
        }
        if (ruleNumber < 1 || ruleNumber > MAX_RULE) {
            throw Ec2Error.invalidParameterValue("Value (" + ruleNumber + ") for parameter ruleNumber is invalid. "
                    + "Rule numbers must be between 1 and " + MAX_RULE + ".");
        }
        return ruleNumber;
    }

    private static boolean requireEgress(Boolean egress) {
        if (egress == null) {
            throw Ec2Error.missingParameter("egress");
        }
        return egress;
    }

    private static NetworkAclEntry find(NetworkAcl acl, int ruleNumber, boolean egress) {
        return acl.entries().stream().filter(e -> e.ruleNumber() == ruleNumber && e.egress() == egress)
                .findFirst().orElse(null);
    }

    private static Ec2Error notFound(int ruleNumber) {
        return Ec2Error.client("InvalidNetworkAclEntry.NotFound", "The network acl entry identified by "
                + ruleNumber + " does not exist");
    }

    /** Egress rules first, then ingress, each by rule number, as EC2 lists them. */
    private static List<NetworkAclEntry> sorted(List<NetworkAclEntry> entries) {
        return entries.stream().sorted(Comparator.comparing((NetworkAclEntry e) -> !e.egress())
                .thenComparingInt(NetworkAclEntry::ruleNumber)).toList();
    }
}
