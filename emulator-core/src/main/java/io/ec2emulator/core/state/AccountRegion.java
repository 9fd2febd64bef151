package io.ec2emulator.core.state;

/** Where a request acts: one AWS account in one region. Each pair has completely separate state. */
public record AccountRegion(String accountId, String region) {
}
