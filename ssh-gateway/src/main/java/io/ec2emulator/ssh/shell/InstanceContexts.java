package io.ec2emulator.ssh.shell;

import io.ec2emulator.core.images.Image;
import io.ec2emulator.core.images.ImageQueries;
import io.ec2emulator.core.images.OsRelease;
import io.ec2emulator.core.instances.Instance;
import io.ec2emulator.core.instances.InstanceBlockDevice;
import io.ec2emulator.core.instancetypes.InstanceStorageInfo;
import io.ec2emulator.core.instancetypes.InstanceTypeCatalog;
import io.ec2emulator.core.instancetypes.InstanceTypeInfo;
import io.ec2emulator.core.state.RegionState;
import io.ec2emulator.core.volumes.Volume;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds an {@link InstanceContext} from the emulator's state: the image's OS and default user, the
 * instance type's memory and instance store, the attached volumes, the launch key. Call it inside
 * {@code region.transact(...)}, as every read of a region's stores.
 */
public final class InstanceContexts {

    /** What an instance whose image is gone (deregistered, not visible) is taken to run. */
    static final OsRelease UNKNOWN_OS = new OsRelease("amzn", "2023", "Amazon Linux 2023");
    private static final String UNKNOWN_USER = "ec2-user";
    private static final int UNKNOWN_MEMORY_MIB = 1024;
    private static final char FIRST_INSTANCE_STORE_LETTER = 'b';

    private InstanceContexts() {
    }

    /**
     * The context of one session on {@code instance}.
     *
     * @param loginUser the user name the client logged in with
     */
    public static InstanceContext of(RegionState region, Instance instance, String loginUser) {
        Optional<Image> image = ImageQueries.forRegion(region).find(instance.imageId());
        OsRelease os = image.map(Image::osRelease).orElse(UNKNOWN_OS);
        String osUser = instance.osUser() != null ? instance.osUser() : image.map(Image::defaultUser).orElse(UNKNOWN_USER);
        Optional<InstanceTypeInfo> type = InstanceTypeCatalog.standard().find(instance.instanceType());
        int memory = type.map(t -> (int) t.memorySizeInMiB()).orElse(UNKNOWN_MEMORY_MIB);
        String key = instance.launchPublicKey();
        return new InstanceContext(region.accountId(), region.region(), instance.instanceId(), loginUser, osUser,
                os == null ? UNKNOWN_OS : os, instance.privateIpAddress(), instance.architecture(), memory,
                blockDevices(region, instance, type.orElse(null)), key,
                new RegionFileSystemStore(region, instance.instanceId()), region.clock());
    }

    /** The attached EBS volumes, and the instance store volumes while their data exists, as {@code /dev/sdb}, {@code /dev/sdc}, …. */
    static List<BlockDevice> blockDevices(RegionState region, Instance instance, InstanceTypeInfo type) {
        List<BlockDevice> devices = new ArrayList<>();
        for (InstanceBlockDevice device : instance.blockDevices()) {
            int size = region.volumes().resources().get(device.volumeId()).map(Volume::size).orElse(0);
            devices.add(new BlockDevice(device.deviceName(), size, BlockDevice.Kind.EBS,
                    device.deviceName().equals(instance.rootDeviceName())));
        }
        if (type != null && type.instanceStorageInfo() != null && "present".equals(instance.instanceStoreState())) {
            char letter = FIRST_INSTANCE_STORE_LETTER;
            for (InstanceStorageInfo.Disk disk : type.instanceStorageInfo().disks()) {
                for (int i = 0; i < disk.count(); i++) {
                    devices.add(new BlockDevice("/dev/sd" + letter++, (int) disk.sizeInGb(),
                            BlockDevice.Kind.INSTANCE_STORE, false));
                }
            }
        }
        return devices;
    }
}
