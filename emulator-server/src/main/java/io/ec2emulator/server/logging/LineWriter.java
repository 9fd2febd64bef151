package io.ec2emulator.server.logging;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Writes log lines to standard error from one background thread, so that request threads only
 * queue a line and never wait for the terminal or the disk, or for each other. The thread writes
 * whatever is queued and flushes as soon as the queue is empty: under load many lines go out in one
 * write, and an idle server's lines appear at once. A full queue (65,536 lines) makes callers wait.
 * Lines still queued when the JVM exits are written by a shutdown hook.
 */
final class LineWriter {

    private static final int CAPACITY = 65_536;

    private final BlockingQueue<byte[]> lines = new LinkedBlockingQueue<>(CAPACITY);
    private final OutputStream out;

    LineWriter(OutputStream out) {
        this.out = out;
        Thread writer = new Thread(this::run, "log-writer");
        writer.setDaemon(true);
        writer.start();
        Runtime.getRuntime().addShutdownHook(new Thread(this::drain, "log-drain"));
    }

    static LineWriter standardError() {
        return new LineWriter(new BufferedOutputStream(new FileOutputStream(FileDescriptor.err), 64 * 1024));
    }

    void write(byte[] line) {
        try {
            lines.put(line);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        while (true) {
            try {
                byte[] first = lines.take();
                synchronized (out) {
                    out.write(first);
                    writeQueuedAndFlush();
                }
            } catch (InterruptedException e) {
                return;
            } catch (IOException e) {
                // standard error is gone: nothing can be reported anywhere
            }
        }
    }

    /** Writes what is queued now (the shutdown hook). */
    void drain() {
        synchronized (out) {
            try {
                writeQueuedAndFlush();
            } catch (IOException e) {
                // as above
            }
        }
    }

    private void writeQueuedAndFlush() throws IOException {
        for (byte[] line = lines.poll(); line != null; line = lines.poll()) {
            out.write(line);
        }
        out.flush();
    }
}
