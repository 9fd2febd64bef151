package io.ec2emulator.core.tags;

import io.ec2emulator.core.Ec2Error;
import java.util.List;

/** EC2's rules for tag keys and values, and for the number of tags on one resource. */
public final class TagRules {

    public static final int MAX_KEY_LENGTH = 127;
    public static final int MAX_VALUE_LENGTH = 256;
    public static final int MAX_TAGS_PER_RESOURCE = 50;

    private TagRules() {
    }

    /** Checks tags that a caller wants to set on a resource. */
    public static void validateForCreate(List<Tag> tags) {
        for (Tag tag : tags) {
            validateKey(tag.key());
            if (tag.value().codePointCount(0, tag.value().length()) > MAX_VALUE_LENGTH) {
                throw Ec2Error.invalidParameterValue("Tag value exceeds the maximum length of "
                        + MAX_VALUE_LENGTH + " characters");
            }
        }
    }

    public static void validateKey(String key) {
        if (key.isEmpty()) {
            throw Ec2Error.invalidParameterValue("Tag key cannot be empty");
        }
        if (key.codePointCount(0, key.length()) > MAX_KEY_LENGTH) {
            throw Ec2Error.invalidParameterValue("Tag key exceeds the maximum length of "
                    + MAX_KEY_LENGTH + " characters");
        }
        if (key.regionMatches(true, 0, "aws:", 0, 4)) {
            throw Ec2Error.invalidParameterValue(
                    "Tag keys starting with 'aws:' are reserved for internal use");
        }
    }
}
