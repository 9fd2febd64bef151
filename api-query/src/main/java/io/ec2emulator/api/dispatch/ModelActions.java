package io.ec2emulator.api.dispatch;

import java.lang.reflect.Method;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.services.ec2.Ec2Client;

/**
 * Which actions exist in the EC2 model of the AWS SDK, and their request classes.
 *
 * <p>An action {@code X} has the request class {@code XRequest}, except for the few names the SDK
 * spells differently ({@link #IRREGULAR}; a test checks this table against the full operation list,
 * so an SDK upgrade cannot make it drift). Lookups are lazy and cached: reading the full operation
 * list from {@link Ec2Client} loads about 1,600 classes (half a second), so only
 * {@link #allActions()} does it, for documentation and tests.
 */
public final class ModelActions {

    private static final String MODEL_PACKAGE = "software.amazon.awssdk.services.ec2.model.";
    private static final Pattern ACTION_NAME = Pattern.compile("[A-Z][A-Za-z0-9]{1,127}");

    /** Actions whose request class is not {@code <Action>Request}: action → class simple name. */
    static final Map<String, String> IRREGULAR = Map.of("EnableVolumeIO", "EnableVolumeIoRequest");
    private static final Set<String> IRREGULAR_CLASSES = Set.copyOf(IRREGULAR.values());

    private static final Map<String, Optional<Class<? extends SdkRequest>>> CACHE = new ConcurrentHashMap<>();

    private ModelActions() {
    }

    /** The request class of {@code action}, if the EC2 model has that action (case-sensitive). */
    public static Optional<Class<? extends SdkRequest>> requestClass(String action) {
        if (action == null || !ACTION_NAME.matcher(action).matches()) {
            return Optional.empty();
        }
        return CACHE.computeIfAbsent(action, ModelActions::resolve);
    }

    private static Optional<Class<? extends SdkRequest>> resolve(String action) {
        String irregular = IRREGULAR.get(action);
        if (irregular != null) {
            return Optional.ofNullable(load(MODEL_PACKAGE + irregular));
        }
        String simpleName = action + "Request";
        if (IRREGULAR_CLASSES.contains(simpleName)) {
            return Optional.empty();
        }
        return Optional.ofNullable(load(MODEL_PACKAGE + simpleName));
    }

    private static Class<? extends SdkRequest> load(String className) {
        try {
            Class<?> type = Class.forName(className, false, ModelActions.class.getClassLoader());
            boolean concrete = !java.lang.reflect.Modifier.isAbstract(type.getModifiers());
            return concrete && SdkRequest.class.isAssignableFrom(type) ? type.asSubclass(SdkRequest.class) : null;
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    /** Every action of the EC2 model with its request class, in name order (slow: loads the model). */
    public static Map<String, Class<? extends SdkRequest>> allActions() {
        return OperationList.OPERATIONS;
    }

    /** The operation names, read once from the public {@link Ec2Client} interface. */
    private static final class OperationList {
        static final Map<String, Class<? extends SdkRequest>> OPERATIONS = read();

        private static Map<String, Class<? extends SdkRequest>> read() {
            Map<String, Class<? extends SdkRequest>> found = new TreeMap<>();
            for (Method method : Ec2Client.class.getMethods()) {
                Class<?>[] parameters = method.getParameterTypes();
                if (parameters.length == 1 && SdkRequest.class.isAssignableFrom(parameters[0])
                        && SdkResponse.class.isAssignableFrom(method.getReturnType())
                        && parameters[0].getName().startsWith(MODEL_PACKAGE)) {
                    String name = Character.toUpperCase(method.getName().charAt(0)) + method.getName().substring(1);
                    found.put(name, parameters[0].asSubclass(SdkRequest.class));
                }
            }
            return Collections.unmodifiableMap(found);
        }
    }
}
