package it.esibe.io;

import com.fasterxml.jackson.core.JsonGenerator;
import it.esibe.core.decision.Decision;
import it.esibe.io.internal.DecisionCodec;
import it.esibe.io.internal.Json;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

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
public final class DecisionLinesWriter implements DecisionWriter {

    /** The character destination, or null when writing UTF-8 bytes through {@link #json}. */
    private final @Nullable Writer out;
    /** A generator writing UTF-8 straight to the byte destination (buffered by the generator), or null. */
    private final @Nullable JsonGenerator json;

    /**
     * A writer to {@code out}, encoding UTF-8; closing this writer closes {@code out}.
     *
     * @param out the destination, owned by this writer from now on
     */
    public DecisionLinesWriter(OutputStream out) {
        this.out = null;
        this.json = lineGenerator(Objects.requireNonNull(out, "out"));
    }

    /**
     * A writer to {@code out}; closing this writer closes {@code out}.
     *
     * @param out the destination, whose encoding the caller chose; owned by this writer from now on
     */
    public DecisionLinesWriter(Writer out) {
        this.out = new BufferedWriter(Objects.requireNonNull(out, "out"));
        this.json = null;
    }

    /**
     * A generator on {@code out} for a sequence of root values separated only by what the caller
     * writes raw. It buffers like a {@code BufferedWriter}; its flush and close reach {@code out}.
     */
    static JsonGenerator lineGenerator(OutputStream out) {
        try {
            JsonGenerator g = Json.generator(out);
            g.setRootValueSeparator(null);
            return g;
        } catch (IOException e) {
            // Creating a generator writes nothing.
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code decision} as one line. */
    @Override
    public synchronized void write(Decision decision) throws IOException {
        if (json != null) {
            DecisionCodec.write(decision, json);
            json.writeRaw('\n');
            return;
        }
        Writer w = Objects.requireNonNull(out);
        w.write(DecisionJson.write(decision));
        w.write('\n');
    }

    @Override
    public synchronized void flush() throws IOException {
        if (json != null) {
            json.flush();
        } else {
            Objects.requireNonNull(out).flush();
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (json != null) {
            json.close();
        } else {
            Objects.requireNonNull(out).close();
        }
    }
}
