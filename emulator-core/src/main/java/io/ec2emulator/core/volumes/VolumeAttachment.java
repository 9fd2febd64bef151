package io.ec2emulator.core.volumes;

import java.time.Instant;

/** A volume's attachment to one instance: device name, state and whether termination deletes it. */
public record VolumeAttachment(String instanceId, String device, String state, Instant attachTime,
                               boolean deleteOnTermination) {
}
