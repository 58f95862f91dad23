package it.esibe.io;

import it.esibe.io.internal.CsvRows;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A CSV file of rows of the caller's own, written as ESIBE's other CSV exports are: every cell
 * quoted, rows ended by CRLF, and every cell that a spreadsheet would run as a formula neutralised
 * with a leading apostrophe by the one guard of this module's CSV writers (docs/CSV-FORMAT.md).
 * For tables that are neither decisions nor a register, such as the comparison of a call under two
 * rulesets.
 *
 * <pre>{@code
 * try (CsvTable table = CsvTable.open(out, CsvOptions.DEFAULTS, List.of("applicationId", "before", "after"))) {
 *     table.row(List.of("CALL2025-0004", "NOT_ELIGIBLE", "ELIGIBLE"));
 * }
 * }</pre>
 *
 * <p>Thread-safety: not thread-safe; write from one thread.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class CsvTable implements Flushable, Closeable {

    private final CsvRows rows;
    private final int columns;

    private CsvTable(CsvRows rows, int columns) {
        this.rows = rows;
        this.columns = columns;
    }

    /**
     * Starts a table on {@code out}, which it closes when closed, and writes the header row (after
     * a byte order mark if {@code options} asks for one).
     *
     * @param out the destination, owned by the table from now on
     * @param options the separator and byte order mark; the header's language is the caller's
     * @param header the column names
     * @return the table
     * @throws IOException if the header cannot be written
     * @throws IllegalArgumentException if the header is empty
     */
    public static CsvTable open(Writer out, CsvOptions options, List<String> header) throws IOException {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(options, "options");
        if (header.isEmpty()) {
            throw new IllegalArgumentException("a CSV table needs at least one column");
        }
        return new CsvTable(new CsvRows(out, options, List.copyOf(header)), header.size());
    }

    /**
     * Writes one row.
     *
     * @param cells one cell per column of the header, in its order
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if the row has another number of cells than the header
     */
    public void row(List<String> cells) throws IOException {
        if (cells.size() != columns) {
            throw new IllegalArgumentException("a row of this table has " + columns + " cells, got " + cells.size());
        }
        rows.write(cells);
    }

    @Override
    public void flush() throws IOException {
        rows.flush();
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }
}
