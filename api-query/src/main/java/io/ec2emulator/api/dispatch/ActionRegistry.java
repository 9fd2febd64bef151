package io.ec2emulator.api.dispatch;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import software.amazon.awssdk.services.ec2.model.Ec2Request;
import software.amazon.awssdk.services.ec2.model.Ec2Response;

/** The dispatch table: every implemented action by name. */
public final class ActionRegistry {

    private final Map<String, Action<?, ?>> actions = new TreeMap<>();

    /**
     * Registers {@code handler} for {@code name}. That the name is the model's action for
     * {@code requestType}, and that the required parameters exist, is checked by ActionRegistryTest
     * rather than at every start (it would load every request class before the first request).
     *
     * @param required the wire names of the parameters EC2 requires for this action
     */
    public <Q extends Ec2Request, R extends Ec2Response> ActionRegistry register(
            String name, Class<Q> requestType, ActionHandler<Q, R> handler, String... required) {
        if (actions.putIfAbsent(name, new Action<>(name, requestType, List.of(required), handler)) != null) {
            throw new IllegalArgumentException(name + " is registered twice");
        }
        return this;
    }

    public ActionRegistry add(ActionGroup group) {
        group.registerWith(this);
        return this;
    }

    public Optional<Action<?, ?>> find(String name) {
        return Optional.ofNullable(actions.get(name));
    }

    /** The implemented action names, sorted. */
    public java.util.Set<String> names() {
        return Collections.unmodifiableSet(actions.keySet());
    }
}
