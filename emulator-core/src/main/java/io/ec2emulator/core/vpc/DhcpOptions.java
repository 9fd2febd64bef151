package io.ec2emulator.core.vpc;

import java.util.List;
import java.util.Map;

/** A DHCP options set: {@code domain-name}, {@code domain-name-servers}, … each with its values. */
public record DhcpOptions(String dhcpOptionsId, Map<String, List<String>> configurations, String ownerId) {

    public DhcpOptions {
        configurations = Map.copyOf(configurations);
    }
}
