package io.ec2emulator.core.instances;

/**
 * One EC2 instance, immutable: a change is a new version built with {@link #toBuilder()}.
 *
 * @param launchTime the last time the instance started (EC2 updates it at every start)
 * @param firstLaunchTime when RunInstances launched it (the primary network interface's attach time)
 * @param bootMode the AMI's boot mode ({@code uefi-preferred}, …); {@code currentBootMode} the one in use
 * @param stateSince when the instance entered {@code state}; timed transitions count from here
 * @param cpuCredits {@code standard} or {@code unlimited} for burstable types, null otherwise
 * @param bootCount how many times the OS has booted (user data runs at the first boot only)
 * @param statusOkAt when the status checks pass (initializing until then); null while not running
 * @param instanceStoreState {@code present} while instance store data exists, {@code discarded} after a stop, null without instance store
 * @param launchPublicKey    the OpenSSH public key line of the key pair the instance was launched with, as
 *                           cloud-init wrote it to the OS user's authorized_keys (it stays when the key pair is
 *                           deleted); null when launched without a key pair
 * @param osUser             the OS default login user of the image at launch ({@code ec2-user}, {@code ubuntu},
 *                           {@code Administrator} for Windows, …)
 * @param hostKeySeed        the seed of the instance's SSH host keys ({@link io.ec2emulator.core.keypairs.HostKeys})
 *
 * <p>The network fields ({@code privateIpAddress}, {@code privateDnsName}, {@code publicIpAddress},
 * {@code publicDnsName}, {@code networkInterfaceId}, {@code macAddress}, {@code securityGroupIds},
 * {@code sourceDestCheck}) are a view of the primary network interface, which is their one home:
 * only {@link PrimaryInterfaceView} writes them.
 */
public record Instance(
        String instanceId,
        String reservationId,
        String ownerId,
        String imageId,
        String instanceType,
        String keyName,
        java.time.Instant launchTime,
        java.time.Instant firstLaunchTime,
        int amiLaunchIndex,
        InstanceState state,
        java.time.Instant stateSince,
        String stateTransitionReason,
        StateReason stateReason,
        String subnetId,
        String vpcId,
        String availabilityZone,
        String availabilityZoneId,
        String privateIpAddress,
        String privateDnsName,
        String publicIpAddress,
        String publicDnsName,
        String networkInterfaceId,
        String macAddress,
        java.util.List<String> securityGroupIds,
        String architecture,
        String platform,
        String platformDetails,
        String usageOperation,
        String rootDeviceType,
        String rootDeviceName,
        String virtualizationType,
        String hypervisor,
        String bootMode,
        String currentBootMode,
        boolean enaSupport,
        java.util.List<InstanceBlockDevice> blockDevices,
        String userData,
        boolean disableApiTermination,
        boolean disableApiStop,
        String shutdownBehavior,
        MetadataOptions metadataOptions,
        IamInstanceProfile iamInstanceProfile,
        boolean ebsOptimized,
        boolean sourceDestCheck,
        String clientToken,
        String tenancy,
        String monitoring,
        String cpuCredits,
        int bootCount,
        java.time.Instant statusOkAt,
        String instanceStoreState,
        String launchPublicKey,
        String osUser,
        String hostKeySeed) {

    public Instance {
        securityGroupIds = java.util.List.copyOf(securityGroupIds);
        blockDevices = java.util.List.copyOf(blockDevices);
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds an instance field by field; starts empty or from an existing version. */
    public static final class Builder {
        private String instanceId;
        private String reservationId;
        private String ownerId;
        private String imageId;
        private String instanceType;
        private String keyName;
        private java.time.Instant launchTime;
        private java.time.Instant firstLaunchTime;
        private int amiLaunchIndex;
        private InstanceState state;
        private java.time.Instant stateSince;
        private String stateTransitionReason;
        private StateReason stateReason;
        private String subnetId;
        private String vpcId;
        private String availabilityZone;
        private String availabilityZoneId;
        private String privateIpAddress;
        private String privateDnsName;
        private String publicIpAddress;
        private String publicDnsName;
        private String networkInterfaceId;
        private String macAddress;
        private java.util.List<String> securityGroupIds;
        private String architecture;
        private String platform;
        private String platformDetails;
        private String usageOperation;
        private String rootDeviceType;
        private String rootDeviceName;
        private String virtualizationType;
        private String hypervisor;
        private String bootMode;
        private String currentBootMode;
        private boolean enaSupport;
        private java.util.List<InstanceBlockDevice> blockDevices;
        private String userData;
        private boolean disableApiTermination;
        private boolean disableApiStop;
        private String shutdownBehavior;
        private MetadataOptions metadataOptions;
        private IamInstanceProfile iamInstanceProfile;
        private boolean ebsOptimized;
        private boolean sourceDestCheck;
        private String clientToken;
        private String tenancy;
        private String monitoring;
        private String cpuCredits;
        private int bootCount;
        private java.time.Instant statusOkAt;
        private String instanceStoreState;
        private String launchPublicKey;
        private String osUser;
        private String hostKeySeed;

        private Builder() {
            securityGroupIds = java.util.List.of();
            blockDevices = java.util.List.of();
        }

        private Builder(Instance i) {
            instanceId = i.instanceId();
            reservationId = i.reservationId();
            ownerId = i.ownerId();
            imageId = i.imageId();
            instanceType = i.instanceType();
            keyName = i.keyName();
            launchTime = i.launchTime();
            firstLaunchTime = i.firstLaunchTime();
            amiLaunchIndex = i.amiLaunchIndex();
            state = i.state();
            stateSince = i.stateSince();
            stateTransitionReason = i.stateTransitionReason();
            stateReason = i.stateReason();
            subnetId = i.subnetId();
            vpcId = i.vpcId();
            availabilityZone = i.availabilityZone();
            availabilityZoneId = i.availabilityZoneId();
            privateIpAddress = i.privateIpAddress();
            privateDnsName = i.privateDnsName();
            publicIpAddress = i.publicIpAddress();
            publicDnsName = i.publicDnsName();
            networkInterfaceId = i.networkInterfaceId();
            macAddress = i.macAddress();
            securityGroupIds = i.securityGroupIds();
            architecture = i.architecture();
            platform = i.platform();
            platformDetails = i.platformDetails();
            usageOperation = i.usageOperation();
            rootDeviceType = i.rootDeviceType();
            rootDeviceName = i.rootDeviceName();
            virtualizationType = i.virtualizationType();
            hypervisor = i.hypervisor();
            bootMode = i.bootMode();
            currentBootMode = i.currentBootMode();
            enaSupport = i.enaSupport();
            blockDevices = i.blockDevices();
            userData = i.userData();
            disableApiTermination = i.disableApiTermination();
            disableApiStop = i.disableApiStop();
            shutdownBehavior = i.shutdownBehavior();
            metadataOptions = i.metadataOptions();
            iamInstanceProfile = i.iamInstanceProfile();
            ebsOptimized = i.ebsOptimized();
            sourceDestCheck = i.sourceDestCheck();
            clientToken = i.clientToken();
            tenancy = i.tenancy();
            monitoring = i.monitoring();
            cpuCredits = i.cpuCredits();
            bootCount = i.bootCount();
            statusOkAt = i.statusOkAt();
            instanceStoreState = i.instanceStoreState();
            launchPublicKey = i.launchPublicKey();
            osUser = i.osUser();
            hostKeySeed = i.hostKeySeed();
        }

        public Builder instanceId(String value) {
            instanceId = value;
            return this;
        }

        public Builder reservationId(String value) {
            reservationId = value;
            return this;
        }

        public Builder ownerId(String value) {
            ownerId = value;
            return this;
        }

        public Builder imageId(String value) {
            imageId = value;
            return this;
        }

        public Builder instanceType(String value) {
            instanceType = value;
            return this;
        }

        public Builder keyName(String value) {
            keyName = value;
            return this;
        }

        public Builder launchTime(java.time.Instant value) {
            launchTime = value;
            return this;
        }

        public Builder firstLaunchTime(java.time.Instant value) {
            firstLaunchTime = value;
            return this;
        }

        public Builder amiLaunchIndex(int value) {
            amiLaunchIndex = value;
            return this;
        }

        public Builder state(InstanceState value) {
            state = value;
            return this;
        }

        public Builder stateSince(java.time.Instant value) {
            stateSince = value;
            return this;
        }

        public Builder stateTransitionReason(String value) {
            stateTransitionReason = value;
            return this;
        }

        public Builder stateReason(StateReason value) {
            stateReason = value;
            return this;
        }

        public Builder subnetId(String value) {
            subnetId = value;
            return this;
        }

        public Builder vpcId(String value) {
            vpcId = value;
            return this;
        }

        public Builder availabilityZone(String value) {
            availabilityZone = value;
            return this;
        }

        public Builder availabilityZoneId(String value) {
            availabilityZoneId = value;
            return this;
        }

        public Builder privateIpAddress(String value) {
            privateIpAddress = value;
            return this;
        }

        public Builder privateDnsName(String value) {
            privateDnsName = value;
            return this;
        }

        public Builder publicIpAddress(String value) {
            publicIpAddress = value;
            return this;
        }

        public Builder publicDnsName(String value) {
            publicDnsName = value;
            return this;
        }

        public Builder networkInterfaceId(String value) {
            networkInterfaceId = value;
            return this;
        }

        public Builder macAddress(String value) {
            macAddress = value;
            return this;
        }

        public Builder securityGroupIds(java.util.List<String> value) {
            securityGroupIds = value;
            return this;
        }

        public Builder architecture(String value) {
            architecture = value;
            return this;
        }

        public Builder platform(String value) {
            platform = value;
            return this;
        }

        public Builder platformDetails(String value) {
            platformDetails = value;
            return this;
        }

        public Builder usageOperation(String value) {
            usageOperation = value;
            return this;
        }

        public Builder rootDeviceType(String value) {
            rootDeviceType = value;
            return this;
        }

        public Builder rootDeviceName(String value) {
            rootDeviceName = value;
            return this;
        }

        public Builder virtualizationType(String value) {
            virtualizationType = value;
            return this;
        }

        public Builder hypervisor(String value) {
            hypervisor = value;
            return this;
        }

        public Builder bootMode(String value) {
            bootMode = value;
            return this;
        }

        public Builder currentBootMode(String value) {
            currentBootMode = value;
            return this;
        }

        public Builder enaSupport(boolean value) {
            enaSupport = value;
            return this;
        }

        public Builder blockDevices(java.util.List<InstanceBlockDevice> value) {
            blockDevices = value;
            return this;
        }

        public Builder userData(String value) {
            userData = value;
            return this;
        }

        public Builder disableApiTermination(boolean value) {
            disableApiTermination = value;
            return this;
        }

        public Builder disableApiStop(boolean value) {
            disableApiStop = value;
            return this;
        }

        public Builder shutdownBehavior(String value) {
            shutdownBehavior = value;
            return this;
        }

        public Builder metadataOptions(MetadataOptions value) {
            metadataOptions = value;
            return this;
        }

        public Builder iamInstanceProfile(IamInstanceProfile value) {
            iamInstanceProfile = value;
            return this;
        }

        public Builder ebsOptimized(boolean value) {
            ebsOptimized = value;
            return this;
        }

        public Builder sourceDestCheck(boolean value) {
            sourceDestCheck = value;
            return this;
        }

        public Builder clientToken(String value) {
            clientToken = value;
            return this;
        }

        public Builder tenancy(String value) {
            tenancy = value;
            return this;
        }

        public Builder monitoring(String value) {
            monitoring = value;
            return this;
        }

        public Builder cpuCredits(String value) {
            cpuCredits = value;
            return this;
        }

        public Builder bootCount(int value) {
            bootCount = value;
            return this;
        }

        public Builder statusOkAt(java.time.Instant value) {
            statusOkAt = value;
            return this;
        }

        public Builder instanceStoreState(String value) {
            instanceStoreState = value;
            return this;
        }

        public Builder launchPublicKey(String value) {
            launchPublicKey = value;
            return this;
        }

        public Builder osUser(String value) {
            osUser = value;
            return this;
        }

        public Builder hostKeySeed(String value) {
            hostKeySeed = value;
            return this;
        }

        public Instance build() {
            return new Instance(instanceId, reservationId, ownerId, imageId, instanceType, keyName, launchTime, firstLaunchTime, amiLaunchIndex, state, stateSince, stateTransitionReason, stateReason, subnetId, vpcId, availabilityZone, availabilityZoneId, privateIpAddress, privateDnsName, publicIpAddress, publicDnsName, networkInterfaceId, macAddress, securityGroupIds, architecture, platform, platformDetails, usageOperation, rootDeviceType, rootDeviceName, virtualizationType, hypervisor, bootMode, currentBootMode, enaSupport, blockDevices, userData, disableApiTermination, disableApiStop, shutdownBehavior, metadataOptions, iamInstanceProfile, ebsOptimized, sourceDestCheck, clientToken, tenancy, monitoring, cpuCredits, bootCount, statusOkAt, instanceStoreState,
                    launchPublicKey, osUser, hostKeySeed);
        }
    }
}
