package io.ec2emulator.junit5;

import io.ec2emulator.junit5.Ec2Emulator.Lifecycle;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;
import software.amazon.awssdk.services.ec2.Ec2Client;

/**
 * The JUnit Jupiter extension behind {@link Ec2Emulator}. The emulator is kept in the extension
 * store of the class (or test method) it belongs to, started at the first need (before
 * {@code @BeforeAll}, or for a constructor parameter) and stopped when that store closes.
 * Without {@link Ec2Emulator} on the class (plain {@code @ExtendWith(Ec2EmulatorExtension.class)})
 * the annotation's defaults apply.
 */
public final class Ec2EmulatorExtension implements BeforeAllCallback, TestInstancePostProcessor, BeforeEachCallback,
        AfterEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(
            Ec2EmulatorExtension.class);
    private static final String KEY = "emulator";

    @Override
    public void beforeAll(ExtensionContext context) {
        Owner owner = owner(context);
        if (owner.config().lifecycle() == Lifecycle.PER_CLASS) {
            injectStaticFields(context.getRequiredTestClass(), emulator(owner, context));
        }
    }

    @Override
    public void postProcessTestInstance(Object testInstance, ExtensionContext context) {
        Owner owner = owner(context);
        if (owner.config().lifecycle() == Lifecycle.PER_CLASS) {
            injectInstanceFields(testInstance, emulator(owner, context));
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Owner owner = owner(context);
        if (owner.config().lifecycle() == Lifecycle.PER_METHOD) {
            Ec2EmulatorHandle emulator = emulator(owner, context);
            injectStaticFields(context.getRequiredTestClass(), emulator);
            for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
                injectInstanceFields(instance, emulator);
            }
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Owner owner = owner(context);
        if (owner.config().lifecycle() == Lifecycle.PER_CLASS && owner.config().resetBetweenTests()) {
            emulator(owner, context).reset();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Ec2Client.class || type == Ec2EmulatorHandle.class
                || (type == URI.class && parameter.isAnnotated(Ec2Endpoint.class));
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Owner owner = owner(context);
        if (owner.config().lifecycle() == Lifecycle.PER_METHOD && context.getTestMethod().isEmpty()) {
            throw new ParameterResolutionException("@Ec2Emulator(lifecycle = PER_METHOD) starts an emulator for each"
                    + " test, so it cannot be injected into " + parameter.getDeclaringExecutable()
                    + "; use lifecycle = PER_CLASS to use it in constructors and @BeforeAll methods");
        }
        return valueFor(parameter.getParameter().getType(), emulator(owner, context));
    }

    private static Object valueFor(Class<?> type, Ec2EmulatorHandle emulator) {
        if (type == Ec2Client.class) {
            return emulator.client();
        }
        if (type == URI.class) {
            return emulator.endpoint();
        }
        return emulator;
    }

    /** The running emulator of {@code owner}, started if this is the first need. */
    private static Ec2EmulatorHandle emulator(Owner owner, ExtensionContext context) {
        ExtensionContext storeContext = owner.config().lifecycle() == Lifecycle.PER_METHOD ? context : owner.context();
        return storeContext.getStore(NAMESPACE)
                .getOrComputeIfAbsent(KEY, key -> new Running(Ec2EmulatorHandle.start(owner.config())), Running.class)
                .handle();
    }

    /** The stored value: the store closes it when its class or test is done. */
    private record Running(Ec2EmulatorHandle handle) implements AutoCloseable {
        @Override
        public void close() {
            handle.stop();
        }
    }

    /** Which class's context owns the emulator, and the settings it was declared with. */
    private record Owner(ExtensionContext context, Ec2Emulator config) {
    }

    /**
     * The innermost enclosing class context whose class carries {@link Ec2Emulator} (declared or
     * inherited); nested classes share their outer class's emulator. Without the annotation, the
     * outermost class context with the defaults.
     */
    private static Owner owner(ExtensionContext context) {
        ExtensionContext outermostClass = null;
        for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
            Optional<Class<?>> testClass = c.getElement().filter(Class.class::isInstance).map(e -> (Class<?>) e);
            if (testClass.isPresent()) {
                Optional<Ec2Emulator> config = AnnotationSupport.findAnnotation(testClass.get(), Ec2Emulator.class);
                if (config.isPresent()) {
                    return new Owner(c, config.get());
                }
                outermostClass = c;
            }
        }
        if (outermostClass == null) {
            throw new ExtensionConfigurationException("the EC2 emulator extension needs a test class");
        }
        return new Owner(outermostClass, Defaults.class.getAnnotation(Ec2Emulator.class));
    }

    @Ec2Emulator
    private static final class Defaults {
    }

    private static void injectStaticFields(Class<?> testClass, Ec2EmulatorHandle emulator) {
        for (Field field : injectable(testClass)) {
            if (Modifier.isStatic(field.getModifiers())) {
                set(field, null, emulator);
            }
        }
    }

    private static void injectInstanceFields(Object instance, Ec2EmulatorHandle emulator) {
        for (Field field : injectable(instance.getClass())) {
            if (!Modifier.isStatic(field.getModifiers())) {
                set(field, instance, emulator);
            }
        }
    }

    /** Non-final fields of type Ec2Client or Ec2EmulatorHandle, and URI fields marked {@link Ec2Endpoint}. */
    private static List<Field> injectable(Class<?> type) {
        return ReflectionSupport.findFields(type, field -> !Modifier.isFinal(field.getModifiers())
                && (field.getType() == Ec2Client.class || field.getType() == Ec2EmulatorHandle.class
                || (field.getType() == URI.class && field.isAnnotationPresent(Ec2Endpoint.class))),
                HierarchyTraversalMode.TOP_DOWN);
    }

    private static void set(Field field, Object instance, Ec2EmulatorHandle emulator) {
        try {
            field.setAccessible(true);
            field.set(instance, valueFor(field.getType(), emulator));
        } catch (IllegalAccessException | RuntimeException e) {
            throw new ExtensionConfigurationException("cannot inject the EC2 emulator into " + field, e);
        }
    }
}
