package it.esibe.io;

import com.fasterxml.jackson.core.JsonGenerator;
import it.esibe.core.decision.Decision;
import it.esibe.io.internal.DecisionCodec;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Decisions as one JSON array, streamed: each element on its own line. Thread-safe like {@link DecisionLinesWriter}. */
final class DecisionArrayWriter implements DecisionWriter {

    /** The character destination, or null when writing UTF-8 bytes through {@link #json}. */
    private final @Nullable Writer out;
    /** A generator writing UTF-8 straight to the byte destination, or null. */
    private final @Nullable JsonGenerator json;
    private boolean first = true;

    DecisionArrayWriter(Writer out) {
        this.out = new BufferedWriter(out);
        this.json = null;
    }

    DecisionArrayWriter(OutputStream out) {
        this.out = null;
        this.json = DecisionLinesWriter.lineGenerator(out);
    }

    @Override
    public synchronized void write(Decision decision) throws IOException {
        String separator = first ? "[\n" : ",\n";
        first = false;
        if (json != null) {
            json.writeRaw(separator);
            DecisionCodec.write(decision, json);
            return;
        }
        Writer w = Objects.requireNonNull(out);
        w.write(separator);
        w.write(DecisionJson.write(decision));
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
        String end = first ? "[]\n" : "\n]\n";
        if (json != null) {
            try {
                json.writeRaw(end);
            } finally {
                json.close();
            }
            return;
        }
        Writer w = Objects.requireNonNull(out);
        try {
            w.write(end);
        } finally {
            w.close();
        }
    }
}
