package io.ec2emulator.ssh.shell.commands;

import io.ec2emulator.ssh.shell.Invocation;
import io.ec2emulator.ssh.shell.KernelNames;
import io.ec2emulator.ssh.shell.Options;
import io.ec2emulator.ssh.shell.ShellCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * {@code uname [-asnrvmpio]}: the kernel of the image, the instance's host name and architecture. Like
 * GNU uname, {@code -a} leaves out the processor and platform where they are {@code unknown}.
 */
public final class Uname implements ShellCommand {

    /** One field: its option letter and how to find it; in the order uname prints them. */
    private record Field(char flag, Function<Invocation, String> value) {
    }

    private static final List<Field> FIELDS = List.of(
            new Field('s', call -> "Linux"),
            new Field('n', call -> KernelNames.hostname(call.profile(), call.context())),
            new Field('r', call -> KernelNames.release(call.profile(), call.context())),
            new Field('v', call -> call.profile().kernelVersion()),
            new Field('m', call -> call.context().machine()),
            new Field('p', call -> KernelNames.processor(call.profile(), call.context())),
            new Field('i', call -> KernelNames.processor(call.profile(), call.context())),
            new Field('o', call -> "GNU/Linux"));

    @Override
    public int run(Invocation call) {
        Options options = Options.parse(call, "asnrvmpio");
        if (options == null) {
            return 1;
        }
        if (!options.operands().isEmpty()) {
            return call.usage("extra operand " + Invocation.quote(options.operands().get(0)));
        }
        boolean all = options.has('a');
        boolean none = FIELDS.stream().noneMatch(f -> options.has(f.flag())) && !all;
        List<String> values = new ArrayList<>();
        for (Field field : FIELDS) {
            boolean wanted = all || options.has(field.flag()) || none && field.flag() == 's';
            String value = field.value().apply(call);
            if (wanted && !(all && value.equals("unknown"))) {
                values.add(value);
            }
        }
        call.println(String.join(" ", values));
        return 0;
    }
}
