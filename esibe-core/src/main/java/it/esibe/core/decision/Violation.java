package it.esibe.core.decision;

import java.util.Objects;

/**
 * One way an application breaks the format, with where: an {@code INVALID} decision lists them all.
 *
 * @param path the JSON path of the offending value relative to the application, such as
 *     {@code fiscalYears[0].rdExpenditure}; empty for the record as a whole
 * @param message what is wrong and what is allowed
 */
public record Violation(String path, String message) implements Comparable<Violation> {

    /** Rejects missing parts. */
    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** Orders by path, then message, so that violation lists are deterministic. */
    @Override
    public int compareTo(Violation other) {
        int byPath = path.compareTo(other.path);
        return byPath != 0 ? byPath : message.compareTo(other.message);
    }
}
