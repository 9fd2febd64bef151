package io.ec2emulator.core.network;

import io.ec2emulator.core.Ec2Error;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The public IPv4 addresses the emulator hands out, shared by every account and region (a public
 * address names one instance in the whole emulated cloud, as on AWS). Thread-safe.
 */
public final class PublicIpv4Pool {

    private final Ipv4.Block block;
    private final Set<Long> inUse = new HashSet<>();
    private final SplittableRandom random = new SplittableRandom();

    public PublicIpv4Pool(String cidr) {
        this.block = Ipv4.Block.parse(cidr);
    }

    /** A free address of the pool, chosen at random (never the block's first or last address). */
    public synchronized String allocate() {
        long usable = block.size() - 2;
        if (inUse.size() >= usable) {
            throw Ec2Error.client("InsufficientAddressCapacity",
                    "There are no free public IPv4 addresses left in the emulator's pool " + block);
        }
        while (true) {
            long candidate = block.first() + 1 + random.nextLong(usable);
            if (inUse.add(candidate)) {
                return Ipv4.format(candidate);
            }
        }
    }

    /** Takes a given address (restoring state); false if it is taken or outside the pool. */
    public synchronized boolean reserve(String address) {
        long value = Ipv4.parse(address);
        return block.contains(value) && inUse.add(value);
    }

    public synchronized void release(String address) {
        inUse.remove(Ipv4.parse(address));
    }

    public synchronized void clear() {
        inUse.clear();
    }

    public synchronized int inUseCount() {
        return inUse.size();
    }

    public Ipv4.Block block() {
        return block;
    }
}
