package io.ec2emulator.ssh.shell.commands;

import io.ec2emulator.ssh.shell.Access;
import io.ec2emulator.ssh.shell.Invocation;
import io.ec2emulator.ssh.shell.Options;
import io.ec2emulator.ssh.shell.ShellCommand;
import io.ec2emulator.ssh.shell.ShellPaths;
import java.util.ArrayDeque;
import java.util.Deque;

/** {@code mkdir [-p] dir…}: new directories; {@code -p} makes the missing parents and accepts existing ones. */
public final class Mkdir implements ShellCommand {

    @Override
    public int run(Invocation call) {
        Options options = Options.parse(call, "p");
        if (options == null) {
            return 1;
        }
        if (options.operands().isEmpty()) {
            return call.usage("missing operand");
        }
        int status = 0;
        for (String operand : options.operands()) {
            String path = call.resolve(operand);
            String problem = options.has('p') ? makeParents(call, path) : makeOne(call, path);
            if (problem != null) {
                status = call.fail(1, "cannot create directory " + Invocation.quote(operand) + ": " + problem);
            }
        }
        return status;
    }

    private static String makeOne(Invocation call, String path) {
        if (call.access().canReach(path) && call.files().exists(path)) {
            return "File exists";
        }
        String problem = call.access().createProblem(path);
        if (problem == null) {
            call.files().makeDirectory(path, call.user(), call.access().newDirectoryMode());
        }
        return problem;
    }

    private static String makeParents(Invocation call, String path) {
        Deque<String> missing = new ArrayDeque<>();
        for (String dir = path; !call.files().exists(dir); dir = ShellPaths.parent(dir)) {
            missing.push(dir);
        }
        if (missing.isEmpty()) {
            return call.files().isDirectory(path) ? null : "File exists";
        }
        for (String dir : missing) {
            String problem = makeOne(call, dir);
            if (problem != null) {
                return problem.equals("File exists") ? Access.NOT_A_DIRECTORY : problem;
            }
        }
        return null;
    }
}
