package io.ec2emulator.ssh;

import io.ec2emulator.core.Emulator;
import io.ec2emulator.core.filter.FilterCriterion;
import io.ec2emulator.core.instances.Instance;
import io.ec2emulator.core.instances.InstanceState;
import io.ec2emulator.core.network.Ipv4;
import io.ec2emulator.core.state.RegionState;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the instance an SSH client names: by instance id, by public IPv4 address or public DNS name
 * (unique across the emulator, since every account and region shares one public address pool), or,
 * from another instance, by private IPv4 address or private DNS name within its VPC or a peered one.
 * Terminated instances are not found, as their addresses are gone.
 */
public final class InstanceDirectory {

    private static final Pattern PUBLIC_NAME = Pattern.compile("ec2-(\\d+)-(\\d+)-(\\d+)-(\\d+)\\..*amazonaws\\.com");
    private static final Pattern PRIVATE_NAME = Pattern.compile("ip-(\\d+)-(\\d+)-(\\d+)-(\\d+)(\\..*)?");

    private final Emulator emulator;

    public InstanceDirectory(Emulator emulator) {
        this.emulator = emulator;
    }

    /** Reads one region's state inside its transaction, so timed transitions are applied first. */
    public <T> T read(InstanceRef ref, Function<RegionState, T> reader) {
        RegionState region = emulator.state(ref.accountId(), ref.region());
        return region.transact(false, () -> reader.apply(region));
    }

    /** The instance's current version, if it still exists. */
    public Optional<Instance> instance(InstanceRef ref) {
        return read(ref, region -> region.instances().resources().get(ref.instanceId()));
    }

    /** An instance by id, in any account and region. */
    public Optional<InstanceRef> byId(String instanceId) {
        for (RegionState region : emulator.existingStates()) {
            Optional<Instance> found = region.transact(false,
                    () -> region.instances().resources().get(instanceId));
            if (found.isPresent()) {
                return Optional.of(new InstanceRef(region.accountId(), region.region(), instanceId));
            }
        }
        return Optional.empty();
    }

    /** The instance that holds a public address, given as an IPv4 address or a public DNS name. */
    public Optional<InstanceRef> byPublicAddress(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        Optional<String> address = addressIn(lower, PUBLIC_NAME);
        boolean byName = address.isPresent();
        String ip = address.orElse(lower);
        if (!isIpv4(ip)) {
            return Optional.empty();
        }
        for (RegionState region : emulator.existingStates()) {
            Optional<Instance> found = region.transact(false, () -> withAddress(region, "ip-address", ip).stream()
                    .filter(i -> !byName || lower.equalsIgnoreCase(i.publicDnsName()))
                    .findFirst());
            if (found.isPresent()) {
                return Optional.of(new InstanceRef(region.accountId(), region.region(), found.get().instanceId()));
            }
        }
        return Optional.empty();
    }

    /**
     * The instance with a private address (IPv4 or private DNS name) as seen from {@code source}: in its
     * account and region, preferring its own VPC; whether the address can be reached is the network
     * model's question, not this one's.
     */
    public Optional<InstanceRef> byPrivateAddress(InstanceRef source, String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        Optional<String> address = addressIn(lower, PRIVATE_NAME);
        boolean byName = address.isPresent() && !isIpv4(lower);
        String ip = address.orElse(lower);
        if (!isIpv4(ip)) {
            return Optional.empty();
        }
        return read(source, region -> {
            String vpcId = region.instances().resources().get(source.instanceId()).map(Instance::vpcId).orElse(null);
            return withAddress(region, "private-ip-address", ip).stream()
                    .filter(i -> !byName || lower.equalsIgnoreCase(i.privateDnsName())
                            || lower.equalsIgnoreCase(i.privateDnsName().split("\\.")[0]))
                    .min(Comparator.comparing(i -> i.vpcId().equals(vpcId) ? 0 : 1))
                    .map(i -> new InstanceRef(source.accountId(), source.region(), i.instanceId()));
        });
    }

    /** Whether {@code host} is an address of the emulator's public IPv4 pool (held by an instance or not). */
    public boolean inPublicPool(String host) {
        return isIpv4(host) && Ipv4.Block.parse(emulator.settings().publicIpPool()).contains(Ipv4.parse(host));
    }

    /** The instances (not terminated) holding an address, through DescribeInstances' indexed address filter. */
    private static List<Instance> withAddress(RegionState region, String filter, String ip) {
        return region.instances().describe(List.of(), List.of(FilterCriterion.of(filter, ip)), null, null).items().stream()
                .filter(i -> i.state() != InstanceState.TERMINATED).toList();
    }

    private static Optional<String> addressIn(String host, Pattern pattern) {
        Matcher m = pattern.matcher(host);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(m.group(1) + "." + m.group(2) + "." + m.group(3) + "." + m.group(4));
    }

    static boolean isIpv4(String text) {
        try {
            Ipv4.parse(text);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
