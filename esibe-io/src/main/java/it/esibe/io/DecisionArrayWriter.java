package it.esibe.io;

import it.esibe.core.decision.Decision;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;

/** Decisions as one JSON array, streamed: each element on its own line. Thread-safe like {@link DecisionLinesWriter}. */
final class DecisionArrayWriter implements DecisionWriter {

    private final Writer out;
    private boolean first = true;

    DecisionArrayWriter(Writer out) {
        this.out = new BufferedWriter(out);
    }

    @Override
    public synchronized void write(Decision decision) throws IOException {
        out.write(first ? "[\n" : ",\n");
        first = false;
        out.write(DecisionJson.write(decision));
    }

    @Override
    public synchronized void flush() throws IOException {
        out.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            out.write(first ? "[]\n" : "\n]\n");
        } finally {
            out.close();
        }
    }
}
