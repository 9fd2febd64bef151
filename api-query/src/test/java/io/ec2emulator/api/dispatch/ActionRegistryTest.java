package io.ec2emulator.api.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ec2emulator.api.actions.StandardActions;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;

/** The dispatch table agrees with the SDK model: action names, request classes, required parameters. */
class ActionRegistryTest {

    @Test
    void everyRegisteredActionMatchesTheModel() throws Exception {
        ActionRegistry registry = StandardActions.registry();
        for (String name : registry.names()) {
            Action<?, ?> action = registry.find(name).orElseThrow();
            assertEquals(ModelActions.requestClass(name).orElseThrow(), action.requestType(), name);
            SdkPojo builder = (SdkPojo) action.requestType().getMethod("builder").invoke(null);
            Set<String> wireNames = builder.sdkFields().stream().map(SdkField::locationName).collect(Collectors.toSet());
            for (String required : action.requiredParameters()) {
                assertTrue(wireNames.contains(required), name + " has no parameter " + required + ": " + wireNames);
            }
        }
    }
}
