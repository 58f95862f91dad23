package it.esibe.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for listings: a header row, then one row per item, columns left-aligned and
 * separated by two spaces; the last column is not padded, so no line ends in spaces.
 */
final class Table {

    private final List<List<String>> rows = new ArrayList<>();

    /** Starts a table with these column headers. */
    Table(String... headers) {
        rows.add(List.of(headers));
    }

    /** Adds a row with one cell per column. */
    Table row(String... cells) {
        if (cells.length != rows.get(0).size()) {
            throw new IllegalArgumentException("a row of " + cells.length + " cells in a table of "
                    + rows.get(0).size() + " columns");
        }
        rows.add(List.of(cells));
        return this;
    }

    /** Prints the table, one line per row. */
    void print(PrintWriter out) {
        int columns = rows.get(0).size();
        int[] width = new int[columns];
        for (List<String> r : rows) {
            for (int c = 0; c < columns; c++) {
                width[c] = Math.max(width[c], r.get(c).codePointCount(0, r.get(c).length()));
            }
        }
        for (List<String> r : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                String cell = r.get(c);
                line.append(cell);
                if (c < columns - 1) {
                    line.append(" ".repeat(width[c] - cell.codePointCount(0, cell.length()) + 2));
                }
            }
            out.println(line.toString().stripTrailing());
        }
        out.flush();
    }
}
