package it.esibe.io;

import it.esibe.core.decision.Decision;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Consumer;

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

    private final Writer out;

    /**
     * A writer to {@code out}, encoding UTF-8; closing this writer closes {@code out}.
     *
     * @param out the destination, owned by this writer from now on
     */
    public DecisionLinesWriter(OutputStream out) {
        this(new OutputStreamWriter(Objects.requireNonNull(out, "out"), StandardCharsets.UTF_8));
    }

    /**
     * A writer to {@code out}; closing this writer closes {@code out}.
     *
     * @param out the destination, whose encoding the caller chose; owned by this writer from now on
     */
    public DecisionLinesWriter(Writer out) {
        this.out = new BufferedWriter(Objects.requireNonNull(out, "out"));
    }

    /** Writes {@code decision} as one line. */
    @Override
    public synchronized void write(Decision decision) throws IOException {
        String line = DecisionJson.write(decision);
        out.write(line);
        out.write('\n');
    }

    @Override
    public synchronized void flush() throws IOException {
        out.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
