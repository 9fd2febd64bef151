package io.ec2emulator.api.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ec2emulator.api.actions.StandardActions;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.ec2.model.DescribeKeyPairsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeKeyPairsResponse;
import software.amazon.awssdk.services.ec2.model.DescribeRegionsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeRegionsResponse;

/**
 * The dispatch table agrees with the SDK model (action names, request classes, required parameters),
 * every group registers exactly the names it is added with, and groups are made at their first lookup.
 */
class ActionRegistryTest {

    private static final ActionHandler<DescribeRegionsRequest, DescribeRegionsResponse> REGIONS =
            (context, request) -> DescribeRegionsResponse.builder().build();
    private static final ActionHandler<DescribeKeyPairsRequest, DescribeKeyPairsResponse> KEY_PAIRS =
            (context, request) -> DescribeKeyPairsResponse.builder().build();

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

    @Test
    void aGroupIsMadeOnceAtTheFirstLookupOfOneOfItsActions() {
        AtomicInteger made = new AtomicInteger();
        ActionRegistry registry = new ActionRegistry()
                .add(() -> {
                    made.incrementAndGet();
                    return r -> r.register("DescribeRegions", DescribeRegionsRequest.class, REGIONS)
                            .register("DescribeKeyPairs", DescribeKeyPairsRequest.class, KEY_PAIRS);
                }, "DescribeRegions", "DescribeKeyPairs");
        assertEquals(List.of("DescribeKeyPairs", "DescribeRegions"), List.copyOf(registry.names()));
        assertTrue(registry.find("CreateVpc").isEmpty());
        assertEquals(0, made.get());
        Action<?, ?> regions = registry.find("DescribeRegions").orElseThrow();
        assertEquals(DescribeRegionsRequest.class, regions.requestType());
        assertSame(regions, registry.find("DescribeRegions").orElseThrow());
        assertEquals(DescribeKeyPairsRequest.class, registry.find("DescribeKeyPairs").orElseThrow().requestType());
        assertEquals(1, made.get());
    }

    @Test
    void aGroupThatRegistersOtherNamesThanDeclaredFailsAtItsFirstLookup() {
        ActionRegistry registry = new ActionRegistry().add(
                () -> r -> r.register("DescribeRegions", DescribeRegionsRequest.class, REGIONS),
                "DescribeRegions", "DescribeKeyPairs");
        assertThrows(IllegalStateException.class, () -> registry.find("DescribeKeyPairs"));
    }

    @Test
    void aNameIsRegisteredOnlyOnce() {
        ActionRegistry registry = new ActionRegistry().add(() -> r -> { }, "DescribeRegions");
        assertThrows(IllegalArgumentException.class,
                () -> registry.register("DescribeRegions", DescribeRegionsRequest.class, REGIONS));
        assertThrows(IllegalArgumentException.class, () -> registry.add(() -> r -> { }, "DescribeRegions"));
    }
}
