package io.ec2emulator.core.filter;

import io.ec2emulator.core.Ec2Error;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * {@code MaxResults} and {@code NextToken} of a paginated Describe call. The token is opaque to
 * clients; inside it is the id of the last resource already returned, so pages stay stable while
 * resources are added or removed.
 */
public record PageRequest(Integer maxResults, String afterId) {

    private static final String TOKEN_PREFIX = "ec2emu1:";

    public static PageRequest unpaged() {
        return new PageRequest(null, null);
    }

    /**
     * Validates {@code maxResults} against the action's range and decodes the token.
     *
     * @param min smallest allowed MaxResults, max largest
     */
    public static PageRequest of(Integer maxResults, String nextToken, int min, int max) {
        if (maxResults != null && (maxResults < min || maxResults > max)) {
            throw Ec2Error.invalidParameterValue("Value ( " + maxResults
                    + " ) for parameter maxResults is invalid. Parameter may only be between "
                    + min + " and " + max + ".");
        }
        return new PageRequest(maxResults, decode(nextToken));
    }

    public boolean paged() {
        return maxResults != null || afterId != null;
    }

    /** The token that resumes after {@code lastId}. */
    public static String tokenAfter(String lastId) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((TOKEN_PREFIX + lastId).getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String token) {
        if (token == null || token.isEmpty()) {
            return null;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (text.startsWith(TOKEN_PREFIX) && text.length() > TOKEN_PREFIX.length()) {
                return text.substring(TOKEN_PREFIX.length());
            }
        } catch (IllegalArgumentException notBase64) {
            // falls through to the error below
        }
        throw Ec2Error.client("InvalidPaginationToken",
                "The specified pagination token is not valid or is expired.");
    }
}
