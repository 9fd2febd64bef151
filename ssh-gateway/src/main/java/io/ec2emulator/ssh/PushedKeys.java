package io.ec2emulator.ssh;

import io.ec2emulator.core.state.RegionState;
import java.util.List;

/** Keys pushed for an OS user of an instance (EC2 Instance Connect) that are still valid now. */
@FunctionalInterface
public interface PushedKeys {

    /** No pushed keys at all. */
    PushedKeys NONE = (region, instanceId, osUser) -> List.of();

    /** The keys {@code SendSSHPublicKey} pushed in the last 60 seconds of the region's clock. */
    PushedKeys INSTANCE_CONNECT = (region, instanceId, osUser) ->
            region.instanceConnect().validKeys(instanceId, osUser, region.clock().instant());

    /** OpenSSH public key lines; called inside a transaction of {@code region}. */
    List<String> validKeys(RegionState region, String instanceId, String osUser);
}
