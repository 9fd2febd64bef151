package io.ec2emulator.core.tags;

/** One EC2 tag: a key and a value (the value may be empty, never null). */
public record Tag(String key, String value) {

    public Tag {
        if (key == null) {
            throw new IllegalArgumentException("tag key");
        }
        value = value == null ? "" : value;
    }
}
