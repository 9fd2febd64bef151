package io.ec2emulator.api.dispatch;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import software.amazon.awssdk.services.ec2.model.Ec2Request;
import software.amazon.awssdk.services.ec2.model.Ec2Response;

/**
 * The dispatch table: every implemented action by name. A group added with the names of its actions
 * ({@link #add(Supplier, String...)}) is built at the first lookup of one of them: building every
 * group at start loads its classes and links one lambda per handler (about 150 of them), a few
 * hundred milliseconds of CPU that a short test JVM mostly does not need.
 */
public final class ActionRegistry {

    private final Set<String> names = new TreeSet<>();
    private final Map<String, Action<?, ?>> actions = new ConcurrentHashMap<>();
    private final Map<String, LazyGroup> lazyGroups = new HashMap<>();

    /**
     * Registers {@code handler} for {@code name}. That the name is the model's action for
     * {@code requestType}, and that the required parameters exist, is checked by ActionRegistryTest
     * rather than at every start (it would load every request class before the first request).
     *
     * @param required the wire names of the parameters EC2 requires for this action
     */
    public <Q extends Ec2Request, R extends Ec2Response> ActionRegistry register(
            String name, Class<Q> requestType, ActionHandler<Q, R> handler, String... required) {
        declare(name);
        actions.put(name, new Action<>(name, requestType, List.of(required), handler));
        return this;
    }

    public ActionRegistry add(ActionGroup group) {
        group.registerWith(this);
        return this;
    }

    /**
     * Adds the group that {@code group} makes, which must register exactly {@code actionNames}; it is
     * made and registers its handlers at the first {@link #find} of one of them (a group that registers
     * other names fails there, and in ActionRegistryTest).
     */
    public ActionRegistry add(Supplier<? extends ActionGroup> group, String... actionNames) {
        LazyGroup lazy = new LazyGroup(group, Set.of(actionNames));
        for (String name : actionNames) {
            declare(name);
            lazyGroups.put(name, lazy);
        }
        return this;
    }

    private void declare(String name) {
        if (!names.add(name)) {
            throw new IllegalArgumentException(name + " is registered twice");
        }
    }

    public Optional<Action<?, ?>> find(String name) {
        Action<?, ?> action = actions.get(name);
        if (action == null) {
            LazyGroup lazy = lazyGroups.get(name);
            if (lazy != null) {
                lazy.registerInto(actions);
                action = actions.get(name);
            }
        }
        return Optional.ofNullable(action);
    }

    /** The implemented action names, sorted. */
    public Set<String> names() {
        return Collections.unmodifiableSet(names);
    }

    /** A group not made yet, and the action names it was declared with. */
    private static final class LazyGroup {
        private final Supplier<? extends ActionGroup> factory;
        private final Set<String> declared;
        private boolean registered;

        LazyGroup(Supplier<? extends ActionGroup> factory, Set<String> declared) {
            this.factory = factory;
            this.declared = declared;
        }

        synchronized void registerInto(Map<String, Action<?, ?>> actions) {
            if (registered) {
                return;
            }
            ActionRegistry own = new ActionRegistry().add(factory.get());
            if (!own.names().equals(declared)) {
                throw new IllegalStateException("an action group registers " + own.names() + " but was added as "
                        + new TreeSet<>(declared));
            }
            for (String name : declared) {
                actions.put(name, own.actions.get(name));
            }
            registered = true;
        }
    }
}
