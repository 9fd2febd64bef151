package io.ec2emulator.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the EC2 emulator in-process on a free loopback port for a test class, and injects into test
 * and lifecycle method parameters, constructor parameters and fields:
 * <ul>
 *   <li>{@link software.amazon.awssdk.services.ec2.Ec2Client}: a ready client for {@link #region()} and
 *       {@link #accountId()};</li>
 *   <li>{@link Ec2EmulatorHandle}: endpoint, region, credentials, more clients, {@code reset()} and the
 *       clock;</li>
 *   <li>{@link java.net.URI} annotated with {@link Ec2Endpoint}: the endpoint, e.g. {@code http://127.0.0.1:40123}.</li>
 * </ul>
 * The emulator stops when the class (or, with {@link Lifecycle#PER_METHOD}, the test) is done.
 * See docs/testing.md.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(Ec2EmulatorExtension.class)
public @interface Ec2Emulator {

    /** One emulator for the whole class (the default), or a fresh one for every test. */
    Lifecycle lifecycle() default Lifecycle.PER_CLASS;

    /**
     * With {@link Lifecycle#PER_CLASS}: drop every account's and region's state after each test, so
     * each test starts from a fresh emulator (state made in {@code @BeforeAll} is gone after the first
     * test; make fixtures in {@code @BeforeEach}). {@link Lifecycle#PER_METHOD} always starts fresh.
     */
    boolean resetBetweenTests() default false;

    /** The region of the injected client. */
    String region() default "us-east-1";

    /** The account of the injected client: its access key id (a 12-digit access key id is the account). */
    String accountId() default "000000000000";

    /**
     * Whether EC2's timed transitions ({@code pending} → {@code running}, image and snapshot
     * completion, ...) happen at the next call, so waiters succeed at their first poll. {@code false}
     * keeps the server's default delays (a second or two; see docs/configuration.md).
     */
    boolean instantTransitions() default true;

    /**
     * Whether the emulator's clock moves only when the test says so, through
     * {@link Ec2EmulatorHandle#clock()} (it starts at the current time). Combine with
     * {@code instantTransitions = false} to observe and drive timed transitions without sleeping.
     */
    boolean manualClock() default false;

    /** How long one emulator lives. */
    enum Lifecycle {
        /** One emulator for the test class, its nested classes and every test in them. */
        PER_CLASS,
        /** A new emulator for every test method (a few milliseconds each once the first has started). */
        PER_METHOD
    }
}
