package io.ec2emulator.core;

/**
 * The one error type of the emulator: EC2's error code, its message and the HTTP status it is
 * answered with. Core rules throw it; the front end renders it as EC2's error document.
 */
public final class Ec2Error extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final int httpStatus;

    public Ec2Error(String code, String message, int httpStatus) {
        super(message, null, false, false);
        this.code = code;
        this.httpStatus = httpStatus;
    }

    /** A client mistake, answered with HTTP 400. */
    public static Ec2Error client(String code, String message) {
        return new Ec2Error(code, message, 400);
    }

    public static Ec2Error invalidParameterValue(String message) {
        return client("InvalidParameterValue", message);
    }

    public static Ec2Error missingParameter(String parameter) {
        return client("MissingParameter", "The request must contain the parameter " + parameter);
    }

    public static Ec2Error invalidParameterCombination(String message) {
        return client("InvalidParameterCombination", message);
    }

    /** EC2's answer to {@code DryRun=true} when the request would have succeeded (HTTP 412). */
    public static Ec2Error dryRunOperation() {
        return new Ec2Error("DryRunOperation", "Request would have succeeded, but DryRun flag is set.", 412);
    }

    /** A caller's value as it may appear in a message: at most 128 characters. */
    public static String shorten(String value) {
        if (value == null) {
            return "null";
        }
        return value.length() <= 128 ? value : value.substring(0, 128) + "...";
    }

    public String code() {
        return code;
    }

    public int httpStatus() {
        return httpStatus;
    }

    @Override
    public String toString() {
        return code + ": " + getMessage();
    }
}
