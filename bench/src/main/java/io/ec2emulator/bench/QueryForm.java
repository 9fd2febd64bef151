package io.ec2emulator.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Builds the form-encoded body of one EC2 Query API request ({@code Action=...&Version=2016-11-15&...}). */
public final class QueryForm {

    /** The API version every request names. */
    public static final String API_VERSION = "2016-11-15";

    private QueryForm() {
    }

    /**
     * Encodes an action and its parameters.
     *
     * @param action          the EC2 action, e.g. {@code DescribeRegions}
     * @param namesAndValues  parameter name, value, name, value, ...
     * @return the URL-encoded body bytes
     */
    public static byte[] of(String action, String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("parameters come in name/value pairs");
        }
        StringBuilder body = new StringBuilder(64)
                .append("Action=").append(encode(action))
                .append("&Version=").append(API_VERSION);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            body.append('&').append(encode(namesAndValues[i]))
                    .append('=').append(encode(namesAndValues[i + 1]));
        }
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
