package io.ec2emulator.core.images;

import io.ec2emulator.core.Ec2Error;
import java.util.regex.Pattern;

/** EC2's rule for AMI names: 3 to 128 characters from letters, digits and {@code ()[] ./-'@_}. */
final class ImageNames {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9()\\[\\] ./\\-'@_]{3,128}");

    private ImageNames() {
    }

    static String check(String name) {
        if (name == null || name.isEmpty()) {
            throw Ec2Error.missingParameter("Name");
        }
        if (!NAME.matcher(name).matches()) {
            throw Ec2Error.client("InvalidAMIName.Malformed", "AMI names must be between 3 and 128 characters long, "
                    + "and may contain letters, numbers, '(', ')', '[', ']', ' ', '.', '/', '-', ''', '@' and '_'");
        }
        return name;
    }
}
