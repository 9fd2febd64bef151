package io.ec2emulator.ssh;

import io.ec2emulator.core.state.RegionState;
import java.util.List;

/** Keys pushed for an OS user of an instance (EC2 Instance Connect) that are still valid now. */
@FunctionalInterface
public interface PushedKeys {

    /** No pushed keys at all. */
    PushedKeys NONE = (region, instanceId, osUser) -> List.of();

    /** OpenSSH public key lines; called inside a transaction of {@code region}. */
    List<String> validKeys(RegionState region, String instanceId, String osUser);
}
