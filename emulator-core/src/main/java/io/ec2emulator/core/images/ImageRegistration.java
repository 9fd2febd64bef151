package io.ec2emulator.core.images;

import io.ec2emulator.core.tags.TagSpecification;
import java.util.List;

/** What RegisterImage asks for; nulls take EC2's defaults (architecture i386, virtualization hvm). */
public record ImageRegistration(String name, String description, String architecture, String rootDeviceName,
                                List<BlockDeviceMapping> mappings, String imageLocation, String virtualizationType,
                                Boolean enaSupport, String sriovNetSupport, String bootMode, String tpmSupport,
                                String imdsSupport, List<TagSpecification> tags) {

    public ImageRegistration {
        mappings = mappings == null ? List.of() : List.copyOf(mappings);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
