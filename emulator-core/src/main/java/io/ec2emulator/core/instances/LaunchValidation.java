package io.ec2emulator.core.instances;

import io.ec2emulator.core.Ec2Error;
import io.ec2emulator.core.images.Image;
import io.ec2emulator.core.instancetypes.InstanceTypeInfo;
import io.ec2emulator.core.keypairs.KeyPair;
import io.ec2emulator.core.keypairs.KeyType;
import java.util.Base64;
import java.util.Set;

/** RunInstances' checks of single parameters, each with EC2's error. Pure functions. */
final class LaunchValidation {

    /** EC2 limits user data to 16 KB before base64 encoding. */
    static final int MAX_USER_DATA_BYTES = 16 * 1024;
    private static final Set<String> TOKENS = Set.of("optional", "required");
    private static final Set<String> ENABLED_DISABLED = Set.of("enabled", "disabled");

    private LaunchValidation() {
    }

    static void counts(Integer minCount, Integer maxCount) {
        if (minCount == null) {
            throw Ec2Error.missingParameter("MinCount");
        }
        if (maxCount == null) {
            throw Ec2Error.missingParameter("MaxCount");
        }
        if (minCount < 1) {
            throw Ec2Error.invalidParameterValue("Value (" + minCount
                    + ") for parameter minCount is invalid. Expected a positive integer.");
        }
        if (maxCount < minCount) {
            throw Ec2Error.invalidParameterValue("Value (" + maxCount
                    + ") for parameter maxCount is invalid. Expected a value greater than or equal to minCount ("
                    + minCount + ").");
        }
    }

    static void architecture(InstanceTypeInfo type, Image image) {
        if (!type.processorInfo().supportedArchitectures().contains(image.architecture())) {
            String typeArchitecture = type.processorInfo().supportedArchitectures().stream()
                    .filter(a -> !a.equals("i386")).findFirst().orElse(type.processorInfo().supportedArchitectures().get(0));
            throw Ec2Error.invalidParameterValue("The architecture '" + typeArchitecture
                    + "' of the specified instance type does not match the architecture '" + image.architecture()
                    + "' of the specified AMI. Specify an instance type and an AMI that have matching architectures,"
                    + " and try again. You can use 'describe-instance-types' or 'describe-images' to discover the"
                    + " architecture of the instance type or AMI.");
        }
    }

    static void rootDeviceType(InstanceTypeInfo type, Image image) {
        if (!type.supportedRootDeviceTypes().contains(image.rootDeviceType())) {
            throw Ec2Error.invalidParameterCombination("The instance type '" + type.instanceType()
                    + "' does not support the root device type '" + image.rootDeviceType() + "' of '"
                    + image.imageId() + "'.");
        }
    }

    /**
     * Windows cannot use an ED25519 key pair: EC2 encrypts the Administrator password with the key, which
     * needs RSA. Code and text as EC2 answers (seen in Terraform and SDK error output).
     */
    static void keyType(KeyPair keyPair, Image image) {
        if (image.isWindows() && keyPair.keyType() == KeyType.ED25519) {
            throw Ec2Error.client("Unsupported", "ED25519 key pairs are not supported with Windows AMIs. "
                    + "Choose a different key pair type and try again.");
        }
    }

    /** Checks base64 and the 16 KB limit; returns the text unchanged (EC2 keeps it base64). */
    static String userData(String base64) {
        if (base64 == null) {
            return null;
        }
        byte[] raw;
        String compact = base64.replaceAll("[\\r\\n\\t ]", "");
        try {
            if (compact.length() % 4 != 0 || !compact.matches("[A-Za-z0-9+/]*={0,2}")) {
                throw new IllegalArgumentException("not base64");
            }
            raw = Base64.getDecoder().decode(compact);
        } catch (IllegalArgumentException e) {
            throw Ec2Error.invalidParameterValue("Invalid BASE64 encoding of user data.");
        }
        if (raw.length > MAX_USER_DATA_BYTES) {
            throw Ec2Error.invalidParameterValue("User data is limited to " + MAX_USER_DATA_BYTES + " bytes");
        }
        return base64;
    }

    static String shutdownBehavior(String behavior, Image image) {
        if (behavior == null) {
            return "stop";
        }
        if (!behavior.equals("stop") && !behavior.equals("terminate")) {
            throw Ec2Error.invalidParameterValue("Value (" + Ec2Error.shorten(behavior)
                    + ") for parameter instanceInitiatedShutdownBehavior is invalid. Expected: 'stop', 'terminate'.");
        }
        if (!image.isEbsBacked()) {
            throw Ec2Error.invalidParameterCombination(
                    "The attribute instanceInitiatedShutdownBehavior can only be used for elastic images.");
        }
        return behavior;
    }

    static MetadataOptions metadata(MetadataOptions current, LaunchRequest.MetadataRequest request) {
        if (request == null) {
            return current;
        }
        String tokens = oneOf(request.httpTokens(), TOKENS, "HttpTokens", current.httpTokens());
        int hops = current.httpPutResponseHopLimit();
        if (request.httpPutResponseHopLimit() != null) {
            hops = request.httpPutResponseHopLimit();
            if (hops < 1 || hops > 64) {
                throw Ec2Error.invalidParameterValue("The HttpPutResponseHopLimit must be between 1 and 64.");
            }
        }
        return new MetadataOptions(tokens, hops,
                oneOf(request.httpEndpoint(), ENABLED_DISABLED, "HttpEndpoint", current.httpEndpoint()),
                oneOf(request.httpProtocolIpv6(), ENABLED_DISABLED, "HttpProtocolIpv6", current.httpProtocolIpv6()),
                oneOf(request.instanceMetadataTags(), ENABLED_DISABLED, "InstanceMetadataTags",
                        current.instanceMetadataTags()));
    }

    private static String oneOf(String value, Set<String> allowed, String parameter, String fallback) {
        if (value == null) {
            return fallback;
        }
        if (!allowed.contains(value)) {
            throw Ec2Error.invalidParameterValue("Value (" + Ec2Error.shorten(value) + ") for parameter "
                    + parameter + " is invalid. Expected one of " + allowed.stream().sorted().toList() + ".");
        }
        return value;
    }

    static String cpuCredits(String requested, InstanceTypeInfo type) {
        if (!type.burstablePerformanceSupported()) {
            if (requested != null) {
                throw Ec2Error.invalidParameterCombination("The instance type " + type.instanceType()
                        + " does not support CPU credit specification.");
            }
            return null;
        }
        if (requested == null) {
            return type.instanceType().startsWith("t2.") ? "standard" : "unlimited";
        }
        if (!requested.equals("standard") && !requested.equals("unlimited")) {
            throw Ec2Error.invalidParameterValue("Value (" + Ec2Error.shorten(requested)
                    + ") for parameter cpuCredits is invalid. Expected: 'standard', 'unlimited'.");
        }
        return requested;
    }
}
