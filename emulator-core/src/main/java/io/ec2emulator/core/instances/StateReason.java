package io.ec2emulator.core.instances;

/** Why an instance is in its state, as EC2 writes it (for example {@code Client.UserInitiatedShutdown}). */
public record StateReason(String code, String message) {

    public static StateReason pending() {
        return new StateReason("pending", "pending");
    }

    public static StateReason userInitiatedShutdown() {
        return new StateReason("Client.UserInitiatedShutdown", "Client.UserInitiatedShutdown: User initiated shutdown");
    }

    public static StateReason userInitiatedHibernate() {
        return new StateReason("Client.UserInitiatedHibernate", "Client.UserInitiatedHibernate: User initiated hibernate");
    }
}
