package io.ec2emulator.core.interfaces;

import io.ec2emulator.core.instances.InstanceState;
import io.ec2emulator.core.state.RegionState;
import java.util.List;

/**
 * Automatic public IPv4 addresses, EC2's rules: the primary interface of an instance launched with a
 * public address has one while the instance runs; it is released on stop (never to come back) and a
 * new one is assigned on start; an Elastic IP on the primary private address replaces it, and when
 * that Elastic IP is disassociated a new automatic address is assigned, unless the instance has more
 * than one network interface.
 */
public final class PublicIps {

    private final RegionState region;
    private final NetworkInterfaces interfaces;

    PublicIps(RegionState region, NetworkInterfaces interfaces) {
        this.region = region;
        this.interfaces = interfaces;
    }

    /** The interface with a new automatic address on its primary private address (if that has none). */
    NetworkInterface withAutomatic(NetworkInterface eni) {
        if (eni.primaryIp().association() != null) {
            return eni;
        }
        String address = region.publicIps().allocate();
        region.undoLog().record(() -> region.publicIps().release(address));
        return eni.withAssociation(eni.privateIpAddress(), PublicIpAssociation.automatic(address));
    }

    /** The interface without automatic addresses; they go back to the pool when the action commits. */
    NetworkInterface withoutAutomatic(NetworkInterface eni) {
        NetworkInterface result = eni;
        for (InterfacePrivateIp ip : eni.privateIps()) {
            if (ip.association() != null && ip.association().isAutomatic()) {
                String address = ip.association().publicIp();
                region.undoLog().onCommit(() -> region.publicIps().release(address));
                result = result.withAssociation(ip.address(), null);
            }
        }
        return result;
    }

    /**
     * The interface with an automatic address again if EC2 would give it one now: it is the primary
     * interface of an instance launched with a public address, its only interface, its primary
     * private address has no Elastic IP, and the instance is starting ({@code starting}) or running.
     */
    NetworkInterface restored(NetworkInterface eni, boolean starting) {
        if (!eni.publicIpOnLaunch() || eni.attachment() == null || eni.attachment().deviceIndex() != 0) {
            return eni;
        }
        String instanceId = eni.attachment().instanceId();
        if (interfaces.attachedTo(instanceId).size() != 1) {
            return eni;
        }
        InstanceState state = region.instances().resources().require(instanceId).state();
        boolean live = state == InstanceState.PENDING || state == InstanceState.RUNNING;
        return starting || live ? withAutomatic(eni) : eni;
    }

    /**
     * Maps an Elastic IP to one private address of an interface (an automatic address there is
     * released for good); returns the stored interface.
     */
    public NetworkInterface associate(NetworkInterface eni, String privateIp, PublicIpAssociation association) {
        NetworkInterface current = eni;
        InterfacePrivateIp ip = current.privateIp(privateIp).orElseThrow();
        if (ip.association() != null && ip.association().isAutomatic()) {
            String address = ip.association().publicIp();
            region.undoLog().onCommit(() -> region.publicIps().release(address));
        }
        NetworkInterface updated = current.withAssociation(privateIp, association);
        interfaces.save(updated);
        return updated;
    }

    /** Removes an Elastic IP association; the primary interface may get an automatic address back. */
    public void disassociate(NetworkInterface eni, String associationId) {
        NetworkInterface updated = eni;
        for (InterfacePrivateIp ip : eni.privateIps()) {
            if (ip.association() != null && associationId.equals(ip.association().associationId())) {
                updated = updated.withAssociation(ip.address(), null);
            }
        }
        interfaces.save(restored(updated, false));
    }

    /** Whether any interface of the VPC has a public address mapped, automatic or Elastic IP (internet gateway detach). */
    public boolean anyMappedIn(String vpcId) {
        List<NetworkInterface> inVpc = interfaces.resources().store().lookup("vpc", vpcId).stream()
                .map(id -> interfaces.resources().get(id).orElseThrow()).toList();
        return inVpc.stream().anyMatch(n -> !n.associations().isEmpty());
    }
}
