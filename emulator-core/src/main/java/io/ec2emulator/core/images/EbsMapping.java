package io.ec2emulator.core.images;

/**
 * The EBS part of an image's block device mapping: the volume a launch creates from a snapshot.
 *
 * @param snapshotId          the snapshot the volume is created from (may be null for an empty volume)
 * @param volumeSize          size in GiB
 * @param volumeType          {@code gp2}, {@code gp3}, {@code io1}, {@code io2}, {@code st1}, {@code sc1} or {@code standard}
 * @param deleteOnTermination whether the volume is deleted when the instance terminates
 * @param encrypted           whether the volume is encrypted
 * @param iops                provisioned IOPS, or null when the image does not set them
 * @param throughput          gp3 throughput in MiB/s, or null when the image does not set it
 * @param kmsKeyId            the KMS key of an encrypted volume, or null
 */
public record EbsMapping(String snapshotId, Integer volumeSize, String volumeType, Boolean deleteOnTermination,
                         Boolean encrypted, Integer iops, Integer throughput, String kmsKeyId) {
}
