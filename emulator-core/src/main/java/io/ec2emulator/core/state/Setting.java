package io.ec2emulator.core.state;

/** One named value of an account's settings in a region, such as EBS encryption by default. */
public record Setting(String name, String value) {
}
