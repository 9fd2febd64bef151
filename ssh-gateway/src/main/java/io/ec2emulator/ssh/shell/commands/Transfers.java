package io.ec2emulator.ssh.shell.commands;

import io.ec2emulator.ssh.shell.Invocation;
import io.ec2emulator.ssh.shell.ShellPaths;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code cp} and {@code mv} share: their operands ({@code source… destination}) turned into
 * source/target pairs, a target inside the destination when it is a directory.
 */
final class Transfers {

    /** One source and where it goes, each as typed (for messages) and as an absolute path. */
    record Transfer(String source, String sourcePath, String target, String targetPath) {
    }

    private Transfers() {
    }

    /** The pairs, or null after printing coreutils' message when the operands do not fit. */
    static List<Transfer> plan(Invocation call, List<String> operands) {
        if (operands.isEmpty()) {
            call.usage("missing file operand");
            return null;
        }
        if (operands.size() == 1) {
            call.usage("missing destination file operand after " + Invocation.quote(operands.get(0)));
            return null;
        }
        String destination = operands.get(operands.size() - 1);
        String destinationPath = call.resolve(destination);
        boolean intoDirectory = call.access().canReach(destinationPath) && call.files().isDirectory(destinationPath);
        if (operands.size() > 2 && !intoDirectory) {
            call.fail(1, "target " + Invocation.quote(destination) + " is not a directory");
            return null;
        }
        List<Transfer> transfers = new ArrayList<>();
        for (String source : operands.subList(0, operands.size() - 1)) {
            String sourcePath = call.resolve(source);
            if (intoDirectory) {
                String name = ShellPaths.name(sourcePath);
                String shown = destination.endsWith("/") ? destination + name : destination + "/" + name;
                transfers.add(new Transfer(source, sourcePath, shown, ShellPaths.child(destinationPath, name)));
            } else {
                transfers.add(new Transfer(source, sourcePath, destination, destinationPath));
            }
        }
        return transfers;
    }
}
