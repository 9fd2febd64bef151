package io.ec2emulator.ssh.shell;

import io.ec2emulator.core.filesystems.FileEntry;

/**
 * Unix permission checks for one user: root may do everything; others get the owner bits of what they
 * own and the "other" bits of the rest (the emulated system has no shared groups). So the default user
 * writes in their home and in {@code /tmp}, and needs {@code sudo} elsewhere.
 */
public final class Access {

    private static final int READ = 4;
    private static final int WRITE = 2;
    private static final int SEARCH = 1;

    private final String user;
    private final VirtualFileSystem files;

    public Access(String user, VirtualFileSystem files) {
        this.user = user;
        this.files = files;
    }

    public boolean isRoot() {
        return user.equals("root");
    }

    public String user() {
        return user;
    }

    /** The kernel's answer when a path cannot be looked up. */
    public static final String NO_SUCH_FILE = "No such file or directory";
    public static final String NOT_A_DIRECTORY = "Not a directory";
    public static final String PERMISSION_DENIED = "Permission denied";

    /**
     * Why the directories on the way to {@code path} cannot be walked, as the kernel says it
     * ({@link #NO_SUCH_FILE}, {@link #NOT_A_DIRECTORY}, {@link #PERMISSION_DENIED}), or null if they can.
     */
    public String reachProblem(String path) {
        if (path.equals("/")) {
            return null;
        }
        String walked = "";
        String[] parts = path.substring(1).split("/");
        for (int i = 0; i < parts.length; i++) {
            String dir = walked.isEmpty() ? "/" : walked;
            FileEntry entry = files.get(dir).orElse(null);
            if (entry == null) {
                return NO_SUCH_FILE;
            }
            if (!entry.directory()) {
                return NOT_A_DIRECTORY;
            }
            if (!allows(entry, SEARCH)) {
                return PERMISSION_DENIED;
            }
            walked = walked + "/" + parts[i];
        }
        return null;
    }

    /** Whether every directory on the way to {@code path} exists and may be searched (entered). */
    public boolean canReach(String path) {
        return reachProblem(path) == null;
    }

    /**
     * Why a new entry cannot be made at {@code path} (which does not exist yet), or null if it can:
     * the way must be walkable and the directory writable.
     */
    public String createProblem(String path) {
        String problem = reachProblem(path);
        if (problem != null) {
            return problem;
        }
        return canWrite(files.get(ShellPaths.parent(path)).orElseThrow()) ? null : PERMISSION_DENIED;
    }

    public boolean canRead(FileEntry entry) {
        return allows(entry, READ);
    }

    public boolean canWrite(FileEntry entry) {
        return allows(entry, WRITE);
    }

    public boolean canSearch(FileEntry entry) {
        return allows(entry, SEARCH);
    }

    /** Whether {@code path} may be removed from its directory (sticky directories keep others' files). */
    public boolean canRemove(String path) {
        String dir = ShellPaths.parent(path);
        FileEntry parent = files.get(dir).orElse(null);
        if (parent == null || !canReach(path) || !canWrite(parent)) {
            return false;
        }
        boolean sticky = (parent.mode() & 01000) != 0;
        return !sticky || isRoot() || files.get(path).map(e -> e.owner().equals(user)).orElse(true);
    }

    /** The mode bits new files get ({@code umask} 0002 for users, 0022 for root). */
    public int newFileMode() {
        return isRoot() ? 0644 : 0664;
    }

    /** The mode bits new directories get. */
    public int newDirectoryMode() {
        return isRoot() ? 0755 : 0775;
    }

    private boolean allows(FileEntry entry, int bit) {
        if (isRoot()) {
            return true;
        }
        int bits = entry.owner().equals(user) ? entry.mode() >> 6 : entry.mode();
        return (bits & bit) != 0;
    }
}
