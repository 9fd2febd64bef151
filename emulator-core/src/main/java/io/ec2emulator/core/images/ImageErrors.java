package io.ec2emulator.core.images;

import io.ec2emulator.core.Ec2Error;
import java.util.Collection;

/** The errors EC2 answers for image ids and owners it does not accept. */
final class ImageErrors {

    private ImageErrors() {
    }

    /** An id that does not have the shape {@code ami-} and 8 or 17 hex digits. */
    static Ec2Error malformedId(String id) {
        return Ec2Error.client("InvalidAMIID.Malformed",
                "Invalid id: \"" + Ec2Error.shorten(id) + "\" (expecting \"ami-...\")");
    }

    /** Well-formed ids of images that do not exist (or that the caller may not see), all named at once. */
    static Ec2Error notFound(Collection<String> ids) {
        String list = "[" + String.join(", ", ids.stream().map(Ec2Error::shorten).toList()) + "]";
        return ids.size() == 1
                ? Ec2Error.client("InvalidAMIID.NotFound", "The image id '" + list + "' does not exist")
                : Ec2Error.client("InvalidAMIID.NotFound", "The image ids '" + list + "' do not exist");
    }

    /** An owner or executable user that is neither an account id nor one of the accepted words. */
    static Ec2Error invalidUser(String value) {
        return Ec2Error.client("InvalidUserID.Malformed", "Invalid user id: \"" + Ec2Error.shorten(value) + "\"");
    }
}
