package it.esibe.io;

import it.esibe.core.model.Application;
import it.esibe.io.internal.CsvLayout;
import it.esibe.io.internal.CsvRows;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Writes applications in the flat CSV layout of docs/CSV-FORMAT.md, one row each, which
 * {@link ApplicationFiles} reads back ({@link InputFormat#CSV}) to the same decisions.
 *
 * <p>Cells that a spreadsheet would run as a formula get a leading apostrophe, which the reader
 * drops again. Not thread-safe; close it to flush and close the stream.
 */
public final class ApplicationCsvWriter implements Consumer<Application>, Flushable, Closeable {

    private final CsvRows rows;

    /** Writes the header row to {@code out} at once; closing this writer closes {@code out}. */
    public ApplicationCsvWriter(OutputStream out, CsvOptions options) throws IOException {
        this.rows = new CsvRows(Objects.requireNonNull(out, "out"), options, headers(options));
    }

    /** The header row of the layout: English or Italian column names, in the layout's order. */
    public static List<String> headers(CsvOptions options) {
        List<String> headers = new ArrayList<>();
        for (CsvLayout.Column c : CsvLayout.COLUMNS) {
            headers.add(options.italianHeaders() ? c.italian() : c.english());
        }
        return headers;
    }

    /** Writes {@code application} as one row. */
    public void write(Application application) throws IOException {
        rows.write(CsvLayout.cells(ApplicationJson.toTree(application)));
    }

    /**
     * Writes {@code application} as one row.
     *
     * @throws UncheckedIOException if writing fails
     */
    @Override
    public void accept(Application application) {
        try {
            write(application);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
