package it.esibe.io.internal;

import it.esibe.io.CsvOptions;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A CSV file being written: UTF-8 (with a byte order mark if asked), the header row, then rows, every
 * cell neutralised against formula injection ({@link CsvCells}) and quoted. Not thread-safe.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class CsvRows implements Flushable, Closeable {

    private final Writer out;
    private final char delimiter;

    /** Starts the file on {@code out} (closed with this), encoding UTF-8, and writes {@code header}. */
    public CsvRows(OutputStream out, CsvOptions options, List<String> header) throws IOException {
        this(new OutputStreamWriter(out, StandardCharsets.UTF_8), options, header);
    }

    /** Starts the file on {@code out} (closed with this) and writes {@code header}. */
    public CsvRows(Writer out, CsvOptions options, List<String> header) throws IOException {
        this.out = out;
        if (options.byteOrderMark()) {
            this.out.write('\uFEFF');
        }
        this.delimiter = options.delimiter();
        write(header);
    }

    /** Writes one row. */
    public void write(List<String> cells) throws IOException {
        String[] row = new String[cells.size()];
        for (int i = 0; i < row.length; i++) {
            row[i] = CsvCells.neutralise(cells.get(i));
        }
        CsvCells.writeRow(out, delimiter, row);
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
