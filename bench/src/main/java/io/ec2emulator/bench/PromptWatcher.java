package io.ec2emulator.bench;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A shell channel's output: remembers it and notes the moment a prompt ending in {@code ]$ } appears. */
final class PromptWatcher extends OutputStream {

    private static final byte[] PROMPT_END = "]$ ".getBytes(StandardCharsets.US_ASCII);

    private final ByteArrayOutputStream seen = new ByteArrayOutputStream();
    private final CountDownLatch prompt = new CountDownLatch(1);
    private volatile long promptNanos;

    @Override
    public synchronized void write(int b) {
        seen.write(b);
        check();
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
        seen.write(bytes, offset, length);
        check();
    }

    private void check() {
        if (prompt.getCount() == 0) {
            return;
        }
        byte[] all = seen.toByteArray();
        if (all.length < PROMPT_END.length) {
            return;
        }
        for (int i = 0; i < PROMPT_END.length; i++) {
            if (all[all.length - PROMPT_END.length + i] != PROMPT_END[i]) {
                return;
            }
        }
        promptNanos = System.nanoTime();
        prompt.countDown();
    }

    /**
     * Waits for the prompt.
     *
     * @return the {@code System.nanoTime()} when it arrived, or -1 on timeout
     */
    long await(long timeoutMillis) throws InterruptedException {
        return prompt.await(timeoutMillis, TimeUnit.MILLISECONDS) ? promptNanos : -1;
    }

    /** The last line seen (the prompt, once it arrived). */
    synchronized String lastLine() {
        String text = seen.toString(StandardCharsets.UTF_8);
        int newline = text.lastIndexOf('\n');
        return text.substring(newline + 1);
    }

    /** Everything written so far. */
    synchronized String text() {
        return seen.toString(StandardCharsets.UTF_8);
    }
}
