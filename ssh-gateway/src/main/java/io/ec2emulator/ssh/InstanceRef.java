package io.ec2emulator.ssh;

/** Names one emulated instance: its account, its region and its id. */
public record InstanceRef(String accountId, String region, String instanceId) {

    @Override
    public String toString() {
        return instanceId + " (account " + accountId + ", " + region + ")";
    }
}
