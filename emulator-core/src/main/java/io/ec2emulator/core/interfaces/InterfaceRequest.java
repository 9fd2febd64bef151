package io.ec2emulator.core.interfaces;

import java.util.List;

/**
 * A new network interface, as CreateNetworkInterface or a RunInstances {@code NetworkInterface}
 * specification asks for it. Null means "not given".
 *
 * @param privateIpAddress     the primary private address (null: any free address)
 * @param secondaryAddresses   secondary private addresses asked for by value
 * @param secondaryCount       how many secondary addresses to choose
 * @param groupIds             empty: the VPC's default security group
 */
public record InterfaceRequest(String subnetId, String description, String privateIpAddress,
                               List<String> secondaryAddresses, Integer secondaryCount, List<String> groupIds) {

    public InterfaceRequest {
        secondaryAddresses = secondaryAddresses == null ? List.of() : List.copyOf(secondaryAddresses);
        groupIds = groupIds == null ? List.of() : List.copyOf(groupIds);
    }
}
