package io.ec2emulator.core.vpc;

import io.ec2emulator.core.Ec2Error;
import io.ec2emulator.core.network.Ipv4;
import io.ec2emulator.core.state.RegionState;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The private IPv4 addresses in use in each subnet. EC2 reserves the first four addresses and the
 * last one of every subnet; the rest are handed out, and the subnet's {@code AvailableIpAddressCount}
 * follows. Changes join the region's transaction.
 */
public final class SubnetAddresses {

    static final int RESERVED_AT_START = 4;

    private final RegionState region;
    private final Networking networking;
    private final Map<String, Set<Long>> used = new HashMap<>();
    private final SplittableRandom random = new SplittableRandom();

    SubnetAddresses(RegionState region, Networking networking) {
        this.region = region;
        this.networking = networking;
    }

    /** How many addresses a subnet of {@code block} offers. */
    static int usable(Ipv4.Block block) {
        return (int) block.size() - RESERVED_AT_START - 1;
    }

    public int free(String subnetId) {
        return networking.subnets().require(subnetId).availableIpAddressCount();
    }

    /** Takes {@code requested} (null: any free address) in the subnet and returns it. */
    public String allocate(String subnetId, String requested) {
        Subnet subnet = networking.subnets().require(subnetId);
        Ipv4.Block block = Ipv4.Block.parse(subnet.cidrBlock());
        Set<Long> taken = used.computeIfAbsent(subnetId, s -> new HashSet<>());
        long address;
        if (requested != null) {
            try {
                address = Ipv4.parse(requested);
            } catch (IllegalArgumentException e) {
                throw Ec2Error.invalidParameterValue("Invalid value '" + Ec2Error.shorten(requested)
                        + "' for IP address. The value must be a valid IPv4 address.");
            }
            if (address < block.first() + RESERVED_AT_START || address >= block.last()) {
                throw Ec2Error.invalidParameterValue("Address " + requested + " does not fall within the subnet's "
                        + "address range");
            }
            if (taken.contains(address)) {
                throw Ec2Error.client("InvalidIPAddress.InUse", "Address " + requested + " is in use.");
            }
        } else {
            if (subnet.availableIpAddressCount() <= 0) {
                throw insufficient(subnetId);
            }
            int span = usable(block);
            long candidate = block.first() + RESERVED_AT_START + random.nextInt(span);
            while (taken.contains(candidate)) {
                candidate = candidate + 1 >= block.last() ? block.first() + RESERVED_AT_START : candidate + 1;
            }
            address = candidate;
        }
        long chosen = address;
        taken.add(chosen);
        region.undoLog().record(() -> taken.remove(chosen));
        networking.subnets().put(withCount(subnet, subnet.availableIpAddressCount() - 1));
        return Ipv4.format(chosen);
    }

    /**
     * After a restore: marks an address as taken again, outside any transaction (the subnet's
     * available count was restored with the subnet).
     */
    public void reserve(String subnetId, String address) {
        used.computeIfAbsent(subnetId, s -> new HashSet<>()).add(Ipv4.parse(address));
    }

    public void release(String subnetId, String address) {
        Set<Long> taken = used.get(subnetId);
        long value = Ipv4.parse(address);
        if (taken != null && taken.remove(value)) {
            region.undoLog().record(() -> taken.add(value));
            networking.subnets().get(subnetId).ifPresent(subnet ->
                    networking.subnets().put(withCount(subnet, subnet.availableIpAddressCount() + 1)));
        }
    }

    public static Ec2Error insufficient(String subnetId) {
        return Ec2Error.client("InsufficientFreeAddressesInSubnet", "There are not enough free addresses in subnet '"
                + subnetId + "' to satisfy the requested number of instances.");
    }

    private static Subnet withCount(Subnet s, int count) {
        return s.withAvailableIpAddressCount(count);
    }
}
