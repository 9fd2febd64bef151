package io.ec2emulator.core.interfaces;

import java.time.Instant;

/**
 * A network interface's attachment to an instance ({@code eni-attach-…}). Attaching and detaching take
 * effect at once, so the status is always {@code attached}.
 */
public record InterfaceAttachment(String attachmentId, String instanceId, String instanceOwnerId, int deviceIndex,
                                  String status, Instant attachTime, boolean deleteOnTermination) {

    public InterfaceAttachment withDeleteOnTermination(boolean value) {
        return new InterfaceAttachment(attachmentId, instanceId, instanceOwnerId, deviceIndex, status, attachTime, value);
    }
}
