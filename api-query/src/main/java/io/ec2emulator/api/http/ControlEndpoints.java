package io.ec2emulator.api.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.ec2emulator.api.dispatch.ActionRegistry;
import io.ec2emulator.core.Emulator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The emulator's own endpoints beside the EC2 API: {@code GET /_ec2/health}, the reset endpoints
 * ({@code POST /_ec2/reset}, and LocalStack's {@code POST /_localstack/state/reset}), and the state
 * files ({@code POST /_ec2/state/save} answers the whole state, {@code POST /_ec2/state/load}
 * replaces it with the request body).
 */
final class ControlEndpoints {

    /** What a control request answers. */
    record Reply(int status, byte[] json) {
    }

    static final String VERSION = versionOf();
    private static final JsonFactory JSON = new JsonFactory();
    private static final Logger LOG = LoggerFactory.getLogger(ControlEndpoints.class);

    private final Emulator emulator;
    private final ActionRegistry registry;
    private final StateFiles stateFiles;

    ControlEndpoints(Emulator emulator, ActionRegistry registry) {
        this(emulator, registry, StateFiles.NONE);
    }

    ControlEndpoints(Emulator emulator, ActionRegistry registry, StateFiles stateFiles) {
        this.emulator = emulator;
        this.registry = registry;
        this.stateFiles = stateFiles;
    }

    static boolean handles(String path) {
        return path.startsWith("/_ec2/") || path.startsWith("/_localstack/");
    }

    Reply serve(String method, String path) {
        return serve(method, path, new byte[0]);
    }

    Reply serve(String method, String path, byte[] body) {
        switch (path) {
            case "/_ec2/state/save":
                return method.equals("POST") ? stateFile(() -> new Reply(200, stateFiles.save())) : notAllowed();
            case "/_ec2/state/load":
                if (!method.equals("POST")) {
                    return notAllowed();
                }
                return stateFile(() -> {
                    stateFiles.load(body);
                    return new Reply(200, json(g -> g.writeStringField("status", "loaded")));
                });
            case "/_ec2/health":
                return method.equals("GET") || method.equals("HEAD") ? new Reply(200, health()) : notAllowed();
            case "/_ec2/reset":
            case "/_localstack/state/reset":
                if (!method.equals("POST")) {
                    return notAllowed();
                }
                return stateFile(() -> {
                    emulator.reset();
                    return new Reply(200, json(g -> g.writeStringField("status", "reset")));
                });
            default:
                return new Reply(404, json(g -> g.writeStringField("error", "no such endpoint: " + path)));
        }
    }

    /** A state file call: a bad file is the caller's fault (400), anything else the server's. */
    private Reply stateFile(java.util.function.Supplier<Reply> call) {
        try {
            return call.get();
        } catch (IllegalArgumentException bad) {
            return new Reply(400, json(g -> g.writeStringField("error", "not a valid state file: " + bad.getMessage())));
        } catch (UnsupportedOperationException missing) {
            return new Reply(501, json(g -> g.writeStringField("error", missing.getMessage())));
        } catch (RuntimeException failure) {
            LOG.error("state file call failed", failure);
            return new Reply(500, json(g -> g.writeStringField("error", "the state could not be saved or loaded: "
                    + failure.getMessage())));
        }
    }

    private Reply notAllowed() {
        return new Reply(405, json(g -> g.writeStringField("error", "method not allowed")));
    }

    private byte[] health() {
        return json(g -> {
            g.writeStringField("status", "running");
            g.writeStringField("version", VERSION);
            g.writeNumberField("uptimeSeconds", ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0);
            g.writeNumberField("implementedActionCount", registry.names().size());
            g.writeArrayFieldStart("implementedActions");
            for (String name : registry.names()) {
                g.writeString(name);
            }
            g.writeEndArray();
        });
    }

    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private static byte[] json(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            body.write(g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String versionOf() {
        String version = ControlEndpoints.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
