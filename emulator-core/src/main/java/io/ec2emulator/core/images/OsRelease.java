package io.ec2emulator.core.images;

/**
 * The operating system an image boots, as its {@code /etc/os-release} names it. Not part of EC2's answer: the
 * emulator's own data, for the SSH gateway and instance metadata.
 *
 * @param id         {@code ID}, for example {@code amzn}, {@code ubuntu}, {@code debian}, {@code windows}
 * @param versionId  {@code VERSION_ID}, for example {@code 2023} or {@code 24.04}
 * @param prettyName {@code PRETTY_NAME}, for example {@code Amazon Linux 2023.9.20251208}
 */
public record OsRelease(String id, String versionId, String prettyName) {
}
