package io.ec2emulator.bench;

/** Thrown when the emulator answered, but not with HTTP 200 and the expected XML root element. */
public final class UnexpectedResponseException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * @param expectedRoot  the root element the answer should have had
     * @param response      the answer that came instead
     */
    public UnexpectedResponseException(String expectedRoot, QueryResponse response) {
        super("expected HTTP 200 with <" + expectedRoot + ">, got " + response.summary());
    }
}
