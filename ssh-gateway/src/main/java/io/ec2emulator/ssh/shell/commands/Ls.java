package io.ec2emulator.ssh.shell.commands;

import io.ec2emulator.core.filesystems.FileEntry;
import io.ec2emulator.ssh.shell.Access;
import io.ec2emulator.ssh.shell.Columns;
import io.ec2emulator.ssh.shell.Invocation;
import io.ec2emulator.ssh.shell.LongListing;
import io.ec2emulator.ssh.shell.Options;
import io.ec2emulator.ssh.shell.ShellCommand;
import io.ec2emulator.ssh.shell.ShellPaths;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ls [-1adhlA] [file…]}: files first, then each directory's entries, in byte order (the images'
 * {@code C.UTF-8} locale). Columns on a terminal, one name per line otherwise; no colours.
 * Status 2 when an operand is missing or cannot be read, as GNU ls.
 */
public final class Ls implements ShellCommand {

    @Override
    public int run(Invocation call) {
        Options options = Options.parse(call, "1adhlA");
        if (options == null) {
            return 2;
        }
        List<String> operands = options.operands().isEmpty() ? List.of(".") : options.operands();
        int status = 0;
        List<LongListing.Row> files = new ArrayList<>();
        List<String> directories = new ArrayList<>();
        for (String operand : operands) {
            String path = call.resolve(operand);
            String problem = call.access().reachProblem(path);
            FileEntry entry = problem == null ? call.files().get(path).orElse(null) : null;
            if (entry == null) {
                String reason = problem == null ? Access.NO_SUCH_FILE : problem;
                status = call.fail(2, "cannot access " + Invocation.quote(operand) + ": " + reason);
            } else if (entry.directory() && !options.has('d')) {
                directories.add(operand);
            } else {
                files.add(new LongListing.Row(operand, entry, links(call, path, entry)));
            }
        }
        boolean headers = operands.size() > 1;
        boolean first = true;
        if (!files.isEmpty()) {
            print(call, options, files, false);
            first = false;
        }
        for (String dir : directories) {
            String path = call.resolve(dir);
            FileEntry entry = call.files().get(path).orElseThrow();
            if (!call.access().canRead(entry)) {
                status = call.fail(2, "cannot open directory " + Invocation.quote(dir) + ": Permission denied");
                continue;
            }
            if (!first) {
                call.out().append('\n');
            }
            first = false;
            if (headers) {
                call.println(dir + ":");
            }
            print(call, options, rows(call, options, path, entry), true);
        }
        return status;
    }

    private static List<LongListing.Row> rows(Invocation call, Options options, String dir, FileEntry entry) {
        List<LongListing.Row> rows = new ArrayList<>();
        if (options.has('a')) {
            rows.add(new LongListing.Row(".", entry, links(call, dir, entry)));
            String parent = ShellPaths.parent(dir);
            FileEntry up = call.files().get(parent).orElseThrow();
            rows.add(new LongListing.Row("..", up, links(call, parent, up)));
        }
        for (String name : call.files().children(dir)) {
            if (name.startsWith(".") && !options.has('a') && !options.has('A')) {
                continue;
            }
            String path = ShellPaths.child(dir, name);
            FileEntry child = call.files().get(path).orElseThrow();
            rows.add(new LongListing.Row(name, child, links(call, path, child)));
        }
        return rows;
    }

    private static void print(Invocation call, Options options, List<LongListing.Row> rows, boolean directory) {
        if (options.has('l')) {
            LongListing listing = new LongListing(call.profile(), call.context().osUser(),
                    call.files().clock().instant(), options.has('h'));
            if (directory) {
                call.println(listing.total(rows));
            }
            listing.lines(rows).forEach(call::println);
            return;
        }
        List<String> names = rows.stream().map(LongListing.Row::name).toList();
        if (call.terminalColumns() > 0 && !options.has('1')) {
            call.out().append(Columns.layout(names, call.terminalColumns()));
        } else {
            names.forEach(call::println);
        }
    }

    /** A file has one link; a directory two plus one per subdirectory (their {@code ..}). */
    private static int links(Invocation call, String path, FileEntry entry) {
        if (!entry.directory()) {
            return 1;
        }
        int links = 2;
        for (String name : call.files().children(path)) {
            if (call.files().isDirectory(ShellPaths.child(path, name))) {
                links++;
            }
        }
        return links;
    }
}
