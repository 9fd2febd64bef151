package io.ec2emulator.core.filesystems;

import java.time.Instant;
import java.util.Objects;

/**
 * One file or directory of an emulated instance's file system.
 *
 * @param directory whether this is a directory ({@code content} is then empty)
 * @param owner     the owning user's name, for example {@code root} or {@code ec2-user}
 * @param mode      the permission bits, for example {@code 0644} or {@code 0755}
 * @param content   a regular file's text (the emulated file system keeps text, as UTF-8)
 * @param modified  when the entry last changed, for {@code ls -l}
 */
public record FileEntry(boolean directory, String owner, int mode, String content, Instant modified) {

    public FileEntry {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(modified, "modified");
    }

    public static FileEntry directory(String owner, int mode, Instant modified) {
        return new FileEntry(true, owner, mode, "", modified);
    }

    public static FileEntry file(String owner, int mode, String content, Instant modified) {
        return new FileEntry(false, owner, mode, content, modified);
    }

    public FileEntry withContent(String newContent, Instant when) {
        return new FileEntry(directory, owner, mode, newContent, when);
    }
}
