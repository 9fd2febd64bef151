package io.ec2emulator.ssh.shell;

import io.ec2emulator.core.filesystems.FileEntry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One command's working copy of an instance's files, by absolute path. It remembers whether anything
 * changed, so that the shell writes the files back only then. Paths must be normalised
 * ({@link ShellPaths#resolve}); permission rules are {@link Access}'s, not this class's.
 */
public final class VirtualFileSystem {

    private final NavigableMap<String, FileEntry> entries;
    private final Clock clock;
    private boolean changed;

    public VirtualFileSystem(Map<String, FileEntry> entries, Clock clock) {
        this.entries = new TreeMap<>(entries);
        this.clock = clock;
    }

    public Optional<FileEntry> get(String path) {
        return Optional.ofNullable(entries.get(path));
    }

    public boolean exists(String path) {
        return entries.containsKey(path);
    }

    public boolean isDirectory(String path) {
        FileEntry entry = entries.get(path);
        return entry != null && entry.directory();
    }

    /** The names directly inside the directory {@code dir}, sorted. */
    public List<String> children(String dir) {
        String prefix = dir.equals("/") ? "/" : dir + "/";
        List<String> names = new ArrayList<>();
        for (String path : entries.tailMap(prefix, false).keySet()) {
            if (!path.startsWith(prefix)) {
                break;
            }
            if (path.indexOf('/', prefix.length()) < 0) {
                names.add(path.substring(prefix.length()));
            }
        }
        return names;
    }

    /** {@code path} and everything under it, paths sorted (parents first). */
    public NavigableMap<String, FileEntry> tree(String path) {
        NavigableMap<String, FileEntry> tree = new TreeMap<>();
        FileEntry top = entries.get(path);
        if (top == null) {
            return tree;
        }
        tree.put(path, top);
        String prefix = path.equals("/") ? "/" : path + "/";
        for (Map.Entry<String, FileEntry> e : entries.tailMap(prefix, false).entrySet()) {
            if (!e.getKey().startsWith(prefix)) {
                break;
            }
            tree.put(e.getKey(), e.getValue());
        }
        return tree;
    }

    public void put(String path, FileEntry entry) {
        entries.put(path, entry);
        changed = true;
    }

    /** Removes {@code path} and everything under it. */
    public void remove(String path) {
        for (String gone : tree(path).keySet()) {
            entries.remove(gone);
        }
        changed = true;
    }

    /** Creates a new directory owned by {@code owner}. */
    public void makeDirectory(String path, String owner, int mode) {
        put(path, FileEntry.directory(owner, mode, clock.instant()));
    }

    /** Writes a regular file: a new one owned by {@code owner}, or new content for an existing one. */
    public void writeFile(String path, String owner, int mode, String content) {
        FileEntry old = entries.get(path);
        put(path, old == null ? FileEntry.file(owner, mode, content, clock.instant())
                : old.withContent(content, clock.instant()));
    }

    /** New content for the existing regular file {@code path}, keeping its owner and mode. */
    public void replaceContent(String path, String content) {
        put(path, entries.get(path).withContent(content, clock.instant()));
    }

    /** Sets the modification time to now. */
    public void touch(String path) {
        FileEntry old = entries.get(path);
        put(path, new FileEntry(old.directory(), old.owner(), old.mode(), old.content(), clock.instant()));
    }

    public Clock clock() {
        return clock;
    }

    public boolean changed() {
        return changed;
    }

    /** Every entry, for storing. */
    public Map<String, FileEntry> entries() {
        return new TreeMap<>(entries);
    }
}
