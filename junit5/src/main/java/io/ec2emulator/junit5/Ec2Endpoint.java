package io.ec2emulator.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@link java.net.URI} parameter or field that receives the emulator's endpoint, such as
 * {@code http://127.0.0.1:40123}, under {@link Ec2Emulator}.
 */
@Target({ElementType.PARAMETER, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Ec2Endpoint {
}
