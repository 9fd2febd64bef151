package io.ec2emulator.core.vpc;

/** A subnet of a VPC in one availability zone. */
public record Subnet(String subnetId, String vpcId, String cidrBlock, String availabilityZone,
                     String availabilityZoneId, boolean defaultForAz, boolean mapPublicIpOnLaunch,
                     int availableIpAddressCount, String ownerId, String region) {

    /** The ARN EC2 reports, {@code arn:aws:ec2:<region>:<account>:subnet/<id>}. */
    public String arn() {
        return "arn:aws:ec2:" + region + ":" + ownerId + ":subnet/" + subnetId;
    }
}
