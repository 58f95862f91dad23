package it.esibe.core.decision;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Where a record stood in its source, so that a decision can be traced back even when the record
 * could not be read at all.
 *
 * <p>Thread-safety: immutable, and safe to share between threads.
 *
 * @param kind {@code line} (JSON Lines, from 1), {@code row} (CSV, from 1) or {@code index} (JSON array, from 0)
 * @param value the line, row or index
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record RecordPosition(Kind kind, long value) {

    /** The kind of position, named as the decision format names its field. */
    public enum Kind {
        /** A line of a JSON Lines file, counted from 1. */
        LINE("line"),
        /** A data row of a CSV file, counted from 1. */
        ROW("row"),
        /** An element of a top-level JSON array, counted from 0. */
        INDEX("index");

        private final String field;

        Kind(String field) {
            this.field = field;
        }

        /** {@return the name of the decision field that carries this position} */
        public String field() {
            return field;
        }
    }

    /**
     * Rejects a missing kind or a negative value.
     *
     * @param kind line, row or index
     * @param value the line, row or index, at least 0
     */
    public RecordPosition {
        Objects.requireNonNull(kind, "kind");
        if (value < 0) {
            throw new IllegalArgumentException("position must be >= 0, got " + value);
        }
    }

    /**
     * The {@code n}-th line of a JSON Lines file.
     *
     * @param n the line number, from 1
     * @return the position
     */
    public static RecordPosition line(long n) {
        return new RecordPosition(Kind.LINE, n);
    }

    /**
     * The {@code n}-th data row of a CSV file.
     *
     * @param n the row number, from 1
     * @return the position
     */
    public static RecordPosition row(long n) {
        return new RecordPosition(Kind.ROW, n);
    }

    /**
     * The element at index {@code n} of a JSON array.
     *
     * @param n the index, from 0
     * @return the position
     */
    public static RecordPosition index(long n) {
        return new RecordPosition(Kind.INDEX, n);
    }
}
