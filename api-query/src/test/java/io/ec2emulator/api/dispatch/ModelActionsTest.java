package io.ec2emulator.api.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.EnableVolumeIoRequest;
import software.amazon.awssdk.services.ec2.model.RunInstancesRequest;

/** {@link ModelActions} against the SDK's full operation list. */
class ModelActionsTest {

    private static final String MODEL_PREFIX = "software/amazon/awssdk/services/ec2/model/";

    @Test
    void allActionsIsTheWholeModel() {
        Map<String, Class<? extends SdkRequest>> all = ModelActions.allActions();
        assertTrue(all.size() > 800, "only " + all.size() + " actions");
        assertEquals(RunInstancesRequest.class, all.get("RunInstances"));
        assertEquals(EnableVolumeIoRequest.class, all.get("EnableVolumeIO"));
        assertEquals(new ArrayList<>(new TreeSet<>(all.keySet())), new ArrayList<>(all.keySet()), "name order");
        all.forEach((name, type) -> assertTrue(Character.isUpperCase(name.charAt(0)), name));
        List<String> paginators = all.keySet().stream().filter(name -> name.endsWith("Paginator")).toList();
        assertEquals(List.of(), paginators, "Ec2Client's xxxPaginator(request) methods are not operations");
    }

    @Test
    void everyActionResolvesToItsOwnClass() {
        List<String> wrong = new ArrayList<>();
        ModelActions.allActions().forEach((name, type) -> {
            Optional<Class<? extends SdkRequest>> resolved = ModelActions.requestClass(name);
            if (resolved.isEmpty() || resolved.get() != type) {
                wrong.add(name + " -> " + resolved.map(Class::getSimpleName).orElse("nothing")
                        + " (expected " + type.getSimpleName() + ")");
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void irregularTableIsCompleteAndExact() {
        Map<String, String> irregular = new TreeMap<>();
        ModelActions.allActions().forEach((name, type) -> {
            if (!type.getSimpleName().equals(name + "Request")) {
                irregular.put(name, type.getSimpleName());
            }
        });
        assertEquals(irregular, new TreeMap<>(ModelActions.IRREGULAR));
        assertEquals("EnableVolumeIoRequest", ModelActions.IRREGULAR.get("EnableVolumeIO"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"InstanceRequirements", "EnableVolumeIo", "describeInstances", "Foo", "../x", "",
        "RunInstancesRequest", "RunInstances ", " RunInstances", "Run.Instances", "RUNINSTANCES",
        "LaunchTemplateInstanceMarketOptions", "Ec2", "Aws", "Sdk", "A"})
    void nonActionsResolveToNothing(String name) {
        assertEquals(Optional.empty(), ModelActions.requestClass(name), name);
    }

    @Test
    void absurdNamesResolveToNothing() {
        assertEquals(Optional.empty(), ModelActions.requestClass(null));
        assertEquals(Optional.empty(), ModelActions.requestClass("D".repeat(200)));
        assertEquals(Optional.empty(), ModelActions.requestClass("DescribeInstances" + "x".repeat(183)));
        assertEquals(Optional.empty(), ModelActions.requestClass("DescribeInstances\u0000"));
        assertEquals(Optional.empty(), ModelActions.requestClass("Describe\u0130nstances"));
    }

    /**
     * Every {@code XRequest} class in the model package, whether an operation input or a plain shape
     * like {@code InstanceRequirementsRequest}: exactly the model's actions may resolve.
     */
    @Test
    void onlyOperationsResolveAmongAllRequestClassesOfTheModel() throws IOException, URISyntaxException {
        Path jar = Path.of(Ec2Client.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> candidates = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry entry : Collections.list(file.entries())) {
                String name = entry.getName();
                if (name.startsWith(MODEL_PREFIX) && name.endsWith("Request.class") && !name.contains("$")
                        && name.indexOf('/', MODEL_PREFIX.length()) < 0) {
                    String simple = name.substring(MODEL_PREFIX.length(), name.length() - ".class".length());
                    candidates.add(simple.substring(0, simple.length() - "Request".length()));
                }
            }
        }
        assertTrue(candidates.size() > 900, "only " + candidates.size() + " request classes found in " + jar);
        Map<String, Class<? extends SdkRequest>> all = ModelActions.allActions();
        List<String> wrong = new ArrayList<>();
        for (String candidate : candidates) {
            boolean resolves = ModelActions.requestClass(candidate).isPresent();
            if (resolves != all.containsKey(candidate)) {
                wrong.add(candidate + (resolves ? " resolves but is no action" : " is an action but does not resolve"));
            }
        }
        assertEquals(List.of(), wrong);
    }
}
