package io.ec2emulator.ssh.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * Columns aligned as {@code df} and {@code lsblk} align them: each column as wide as its widest cell
 * (or a minimum), left- or right-aligned, one space between columns, no trailing spaces.
 */
public final class TextTable {

    /** One column: its header, whether it is right-aligned, its minimum width. */
    public record Column(String header, boolean right, int minWidth) {
    }

    private final List<Column> columns;
    private final List<List<String>> rows = new ArrayList<>();

    public TextTable(List<Column> columns) {
        this.columns = List.copyOf(columns);
    }

    public TextTable row(List<String> cells) {
        rows.add(List.copyOf(cells));
        return this;
    }

    public String render() {
        int[] widths = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            widths[c] = Math.max(columns.get(c).minWidth(), columns.get(c).header().length());
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        StringBuilder text = new StringBuilder();
        text.append(line(columns.stream().map(Column::header).toList(), widths));
        for (List<String> row : rows) {
            text.append(line(row, widths));
        }
        return text.toString();
    }

    private String line(List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            String pad = " ".repeat(widths[c] - cell.length());
            if (c > 0) {
                line.append(' ');
            }
            line.append(columns.get(c).right() ? pad + cell : cell + pad);
        }
        return line.toString().stripTrailing() + "\n";
    }
}
