package it.esibe.io;

import com.fasterxml.jackson.core.JsonGenerator;
import it.esibe.core.decision.Decision;
import it.esibe.io.internal.DecisionCodec;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/** Decisions as one JSON array, streamed: each element on its own line. Thread-safe like {@link DecisionLinesWriter}. */
final class DecisionArrayWriter implements DecisionWriter {

    /** The generator on the destination; it buffers, and its flush and close reach the destination. */
    private final JsonGenerator json;
    private boolean first = true;

    DecisionArrayWriter(Writer out) {
        this.json = DecisionLinesWriter.lineGenerator(out);
    }

    DecisionArrayWriter(OutputStream out) {
        this.json = DecisionLinesWriter.lineGenerator(out);
    }

    @Override
    public synchronized void write(Decision decision) throws IOException {
        String separator = first ? "[\n" : ",\n";
        first = false;
        json.writeRaw(separator);
        DecisionCodec.write(decision, json);
    }

    @Override
    public synchronized void flush() throws IOException {
        json.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        String end = first ? "[]\n" : "\n]\n";
        try {
            json.writeRaw(end);
        } finally {
            json.close();
        }
    }
}
