package it.esibe.io;

import it.esibe.core.decision.Decision;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Consumer;
import org.apiguardian.api.API;

/**
 * Writes decisions as they are made, in one of the {@link OutputFormat}s; usable directly as the
 * sink of {@link ApplicationFiles#decide(java.nio.file.Path, Consumer)}.
 *
 * <pre>{@code
 * try (DecisionWriter out = DecisionWriter.open(OutputFormat.CSV, stream, CsvOptions.DEFAULTS)) {
 *     files.decide(path, out);
 * }
 * }</pre>
 *
 * <p>{@link #accept} wraps a write failure in {@link UncheckedIOException}; {@link #close()} completes
 * the output (the closing bracket of a JSON array) and closes the stream.
 *
 * <p>Thread-safety: the writers {@link #open} returns are safe to share between threads: each
 * decision is written under the writer's lock, so decisions from several threads never interleave.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface DecisionWriter extends Consumer<Decision>, Flushable, Closeable {

    /**
     * Writes one decision.
     *
     * @param decision the decision to write
     * @throws IOException if writing fails
     */
    void write(Decision decision) throws IOException;

    /**
     * Writes one decision.
     *
     * @throws UncheckedIOException if writing fails
     */
    @Override
    default void accept(Decision decision) {
        try {
            write(decision);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A writer of {@code format} to {@code out}, which it closes when closed.
     *
     * @param format the output format
     * @param out the destination, written in UTF-8 and owned by the writer from now on
     * @param options used for {@link OutputFormat#CSV} only
     * @return a writer whose output is complete only once it is closed
     * @throws IOException if the start of the output (a CSV header) cannot be written
     */
    static DecisionWriter open(OutputFormat format, OutputStream out, CsvOptions options) throws IOException {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(options, "options");
        switch (Objects.requireNonNull(format, "format")) {
            case JSON_LINES:
                // JSON is generated as UTF-8 bytes straight to the stream, without a Writer's encoder.
                return new DecisionLinesWriter(out);
            case JSON:
                return new DecisionArrayWriter(out);
            default:
                return open(format, new OutputStreamWriter(out, StandardCharsets.UTF_8), options);
        }
    }

    /**
     * A writer of {@code format} to the character stream {@code out}, which it closes when closed; the
     * caller chooses the encoding (write UTF-8 for files others will read).
     *
     * @param format the output format
     * @param out the destination, owned by the writer from now on
     * @param options used for {@link OutputFormat#CSV} only
     * @return a writer whose output is complete only once it is closed
     * @throws IOException if the start of the output (a CSV header) cannot be written
     */
    static DecisionWriter open(OutputFormat format, Writer out, CsvOptions options) throws IOException {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(options, "options");
        switch (Objects.requireNonNull(format, "format")) {
            case JSON_LINES:
                return new DecisionLinesWriter(out);
            case JSON:
                return new DecisionArrayWriter(out);
            case CSV:
                return new DecisionCsvWriter(out, options);
            default:
                throw new IllegalArgumentException("unsupported format " + format);
        }
    }
}
