package io.ec2emulator.core.vpc;

import io.ec2emulator.core.Ec2Error;
import io.ec2emulator.core.network.Ipv4;
import io.ec2emulator.core.state.RegionState;
import io.ec2emulator.core.tags.TagSpecification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CreateDhcpOptions, DeleteDhcpOptions and AssociateDhcpOptions. A set holds EC2's six keys with at
 * most four servers per server key; a VPC uses one set, or none ({@code default}).
 */
public final class DhcpOptionsSets {

    static final String RESOURCE_TYPE = "dhcp-options";
    /** What a VPC without a DHCP options set reports as its {@code DhcpOptionsId}. */
    public static final String NONE = "default";
    static final int MAX_SERVERS = 4;
    static final long MIN_LEASE_TIME = 140;
    static final long MAX_LEASE_TIME = 2147483647L;
    static final Set<String> NODE_TYPES = Set.of("1", "2", "4", "8");
    static final List<String> KEYS = List.of("domain-name", "domain-name-servers", "ntp-servers",
            "netbios-name-servers", "netbios-node-type", "ipv6-address-preferred-lease-time");

    private final RegionState region;
    private final Networking net;

    public DhcpOptionsSets(RegionState region) {
        this.region = region;
        this.net = region.networking();
    }

    /** CreateDhcpOptions with each key's values in request order; a key given twice is refused. */
    public DhcpOptions create(List<Map.Entry<String, List<String>>> configurations, List<TagSpecification> tags) {
        if (configurations.isEmpty()) {
            throw Ec2Error.missingParameter("dhcpConfiguration");
        }
        Map<String, List<String>> checked = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> c : configurations) {
            String key = c.getKey() == null ? "" : c.getKey();
            if (!KEYS.contains(key)) {
                throw Ec2Error.invalidParameterValue("Value (" + Ec2Error.shorten(key) + ") for parameter "
                        + "dhcpConfiguration.key is invalid. Valid keys are: " + String.join(", ", KEYS) + ".");
            }
            if (checked.containsKey(key)) {
                throw Ec2Error.invalidParameterValue("The DHCP option " + key + " is specified more than once.");
            }
            List<String> values = c.getValue() == null ? List.of() : List.copyOf(c.getValue());
            if (values.isEmpty()) {
                throw Ec2Error.invalidParameterValue("The DHCP option " + key + " requires at least one value.");
            }
            checkValues(key, values);
            checked.put(key, values);
        }
        region.tagging().matching(tags, Set.of(RESOURCE_TYPE));
        DhcpOptions options = new DhcpOptions(net.dhcpOptions().newId(), checked, region.accountId());
        net.dhcpOptions().put(options);
        region.tagging().applySpecifications(tags, options.dhcpOptionsId(), RESOURCE_TYPE);
        return options;
    }

    private static void checkValues(String key, List<String> values) {
        switch (key) {
            case "domain-name" -> single(key, values);
            case "domain-name-servers" -> servers(key, values, true);
            case "ntp-servers", "netbios-name-servers" -> servers(key, values, false);
            case "netbios-node-type" -> {
                single(key, values);
                if (!NODE_TYPES.contains(values.get(0))) {
                    throw invalidValue(key, values.get(0), "The NetBIOS node type must be 1, 2, 4 or 8.");
                }
            }
            case "ipv6-address-preferred-lease-time" -> {
                single(key, values);
                long seconds;
                try {
                    seconds = Long.parseLong(values.get(0));
                } catch (NumberFormatException e) {
                    seconds = -1;
                }
                if (seconds < MIN_LEASE_TIME || seconds > MAX_LEASE_TIME) {
                    throw invalidValue(key, values.get(0), "The lease time must be between " + MIN_LEASE_TIME
                            + " and " + MAX_LEASE_TIME + " seconds.");
                }
            }
            default -> throw new IllegalStateException(key);
        }
    }

    private static void single(String key, List<String> values) {
        if (values.size() > 1) {
            throw Ec2Error.invalidParameterValue("The DHCP option " + key + " takes a single value.");
        }
    }

    private static void servers(String key, List<String> values, boolean amazonDns) {
        if (values.size() > MAX_SERVERS) {
            throw Ec2Error.invalidParameterValue("The DHCP option " + key + " takes at most " + MAX_SERVERS
                    + " values.");
        }
        for (String value : values) {
            if (amazonDns && value.equals("AmazonProvidedDNS")) {
                continue;
            }
            try {
                Ipv4.parse(value);
            } catch (IllegalArgumentException e) {
                throw invalidValue(key, value, "It is not a valid IPv4 address"
                        + (amazonDns ? " or AmazonProvidedDNS." : "."));
            }
        }
    }

    private static Ec2Error invalidValue(String key, String value, String why) {
        return Ec2Error.invalidParameterValue("Value (" + Ec2Error.shorten(value) + ") for DHCP option " + key
                + " is invalid. " + why);
    }

    /** DeleteDhcpOptions: refused while a VPC uses the set. */
    public void delete(String dhcpOptionsId) {
        DhcpOptions options = net.dhcpOptions().require(dhcpOptionsId);
        if (net.vpcs().all().stream().anyMatch(v -> v.dhcpOptionsId().equals(options.dhcpOptionsId()))) {
            throw Ec2Error.client("DependencyViolation", "The dhcpOptions '" + options.dhcpOptionsId()
                    + "' has dependencies and cannot be deleted.");
        }
        net.dhcpOptions().remove(options.dhcpOptionsId());
    }

    /** AssociateDhcpOptions: the VPC uses the set, or none with {@code default}. */
    public void associate(String dhcpOptionsId, String vpcId) {
        String id = NONE.equals(dhcpOptionsId) ? NONE : net.dhcpOptions().require(dhcpOptionsId).dhcpOptionsId();
        Vpc vpc = net.vpcs().require(vpcId);
        net.vpcs().put(vpc.withDhcpOptionsId(id));
    }
}
