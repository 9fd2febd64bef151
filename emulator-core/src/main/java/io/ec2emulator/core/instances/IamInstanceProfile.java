package io.ec2emulator.core.instances;

/** The IAM instance profile of an instance, with the association EC2 tracks it by ({@code iip-assoc-}). */
public record IamInstanceProfile(String arn, String id, String associationId, String associationState) {
}
