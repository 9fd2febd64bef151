package io.ec2emulator.ssh.shell;

import java.util.List;

/** GNU ls's column layout for a terminal: names down the columns, as many columns as fit the width. */
public final class Columns {

    private static final int GAP = 2;

    private Columns() {
    }

    /** The names laid out for a terminal {@code width} characters wide, each row ending in a newline. */
    public static String layout(List<String> names, int width) {
        if (names.isEmpty()) {
            return "";
        }
        int count = names.size();
        for (int columns = count; columns >= 1; columns--) {
            int rows = (count + columns - 1) / columns;
            int used = (count + rows - 1) / rows;
            int[] widths = new int[used];
            int total = 0;
            for (int c = 0; c < used; c++) {
                for (int r = 0; r < rows && c * rows + r < count; r++) {
                    widths[c] = Math.max(widths[c], names.get(c * rows + r).length());
                }
                total += widths[c] + (c < used - 1 ? GAP : 0);
            }
            if (total <= width || columns == 1) {
                return render(names, rows, widths);
            }
        }
        throw new IllegalStateException("unreachable");
    }

    private static String render(List<String> names, int rows, int[] widths) {
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < rows; r++) {
            StringBuilder row = new StringBuilder();
            for (int c = 0; c < widths.length; c++) {
                int index = c * rows + r;
                if (index >= names.size()) {
                    break;
                }
                String name = names.get(index);
                row.append(name);
                boolean last = c == widths.length - 1 || (c + 1) * rows + r >= names.size();
                if (!last) {
                    row.append(" ".repeat(widths[c] - name.length() + GAP));
                }
            }
            text.append(row).append('\n');
        }
        return text.toString();
    }
}
