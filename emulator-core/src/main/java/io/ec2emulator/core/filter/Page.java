package io.ec2emulator.core.filter;

import java.util.List;

/** One page of Describe results and the token for the next page (null on the last page). */
public record Page<T>(List<T> items, String nextToken) {
}
