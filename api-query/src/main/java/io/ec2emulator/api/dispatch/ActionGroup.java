package io.ec2emulator.api.dispatch;

/** The handlers of one resource family (key pairs, tags, regions, …) registering themselves. */
public interface ActionGroup {

    void registerWith(ActionRegistry registry);
}
