package io.ec2emulator.bench;

/**
 * A named benchmark workload.
 *
 * @param name       how the report calls it
 * @param operation  what one operation does
 */
public record Scenario(String name, Operation operation) {
}
