package it.esibe.io;

import com.fasterxml.jackson.core.JsonGenerator;
import it.esibe.core.decision.Decision;
import it.esibe.io.internal.DecisionCodec;
import it.esibe.io.internal.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;
import java.util.function.Consumer;
import org.apiguardian.api.API;

/**
 * Writes decisions as JSON Lines as they are made: one {@link DecisionJson} line per decision,
 * UTF-8, each ended by {@code '\n'}.
 *
 * <p>Usable directly as the sink of {@link ApplicationFiles#decide(java.nio.file.Path, Consumer)}:
 *
 * <pre>{@code
 * try (DecisionLinesWriter out = new DecisionLinesWriter(System.out)) {
 *     files.decide(path, out);
 * }
 * }</pre>
 *
 * <p>Output is buffered: call {@link #flush()} to push it out, {@link #close()} flushes and closes
 * the destination. {@link #accept} wraps a write failure in {@link UncheckedIOException}.
 *
 * <p>Thread-safety: safe to share between threads: {@link #write}, {@link #flush()} and
 * {@link #close()} are synchronized, so lines written from several threads never interleave; they
 * come out in the order the calls take the lock.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class DecisionLinesWriter implements DecisionWriter {

    /** The generator on the destination; it buffers, and its flush and close reach the destination. */
    private final JsonGenerator json;

    /**
     * A writer to {@code out}, encoding UTF-8; closing this writer closes {@code out}.
     *
     * @param out the destination, owned by this writer from now on
     */
    public DecisionLinesWriter(OutputStream out) {
        this.json = lineGenerator(Objects.requireNonNull(out, "out"));
    }

    /**
     * A writer to {@code out}; closing this writer closes {@code out}.
     *
     * @param out the destination, whose encoding the caller chose; owned by this writer from now on
     */
    public DecisionLinesWriter(Writer out) {
        this.json = lineGenerator(Objects.requireNonNull(out, "out"));
    }

    /**
     * A generator on {@code out} for a sequence of root values separated only by what the caller
     * writes raw. It buffers like a {@code BufferedWriter}; its flush and close reach {@code out}.
     */
    static JsonGenerator lineGenerator(OutputStream out) {
        try {
            return separatorless(Json.generator(out));
        } catch (IOException e) {
            // Creating a generator writes nothing.
            throw new UncheckedIOException(e);
        }
    }

    /** Like {@link #lineGenerator(OutputStream)}, for a character destination. */
    static JsonGenerator lineGenerator(Writer out) {
        try {
            return separatorless(Json.generator(out));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonGenerator separatorless(JsonGenerator g) {
        g.setRootValueSeparator(null);
        return g;
    }

    /** Writes {@code decision} as one line. */
    @Override
    public synchronized void write(Decision decision) throws IOException {
        DecisionCodec.write(decision, json);
        json.writeRaw('\n');
    }

    @Override
    public synchronized void flush() throws IOException {
        json.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        json.close();
    }
}
