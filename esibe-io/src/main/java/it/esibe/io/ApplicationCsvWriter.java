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
import org.apiguardian.api.API;

/**
 * Writes applications in the flat CSV layout of docs/CSV-FORMAT.md, one row each, which
 * {@link ApplicationFiles} reads back ({@link InputFormat#CSV}) to the same decisions.
 *
 * <p>Cells that a spreadsheet would run as a formula get a leading apostrophe, which the reader
 * drops again. Close it to flush and close the stream.
 *
 * <p>Thread-safety: not thread-safe; use it from one thread at a time.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class ApplicationCsvWriter implements Consumer<Application>, Flushable, Closeable {

    private final CsvRows rows;

    /**
     * Writes the header row to {@code out} at once; closing this writer closes {@code out}.
     *
     * @param out the destination, written in UTF-8 and owned by this writer from now on
     * @param options the separator, header language and byte order mark
     * @throws IOException if the byte order mark or the header row cannot be written
     */
    public ApplicationCsvWriter(OutputStream out, CsvOptions options) throws IOException {
        this.rows = new CsvRows(Objects.requireNonNull(out, "out"), options, headers(options));
    }

    /**
     * The header row of the layout: English or Italian column names, in the layout's order.
     *
     * @param options whose header language is used; the rest is ignored
     * @return the column names, in a new list
     */
    public static List<String> headers(CsvOptions options) {
        List<String> headers = new ArrayList<>();
        for (CsvLayout.Column c : CsvLayout.COLUMNS) {
            headers.add(options.italianHeaders() ? c.italian() : c.english());
        }
        return headers;
    }

    /**
     * Writes {@code application} as one row.
     *
     * @param application the application to write, valid or not
     * @throws IOException if writing fails
     */
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
