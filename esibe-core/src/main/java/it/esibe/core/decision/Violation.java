package it.esibe.core.decision;

import java.util.Objects;

/**
 * One way an application breaks the format, with where: an {@code INVALID} decision lists them all.
 *
 * <p>Thread-safety: immutable, and safe to share between threads.
 *
 * @param path the JSON path of the offending value relative to the application, such as
 *     {@code fiscalYears[0].rdExpenditure}; empty for the record as a whole
 * @param message what is wrong and what is allowed
 * @since 0.1.0
 */
public record Violation(String path, String message) implements Comparable<Violation> {

    /**
     * Rejects missing parts.
     *
     * @param path the JSON path; empty for the record as a whole
     * @param message what is wrong and what is allowed
     */
    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /**
     * Orders by path, reading indices as numbers ({@code fiscalYears[2]} before {@code fiscalYears[10]}),
     * then by message, so that violation lists are deterministic and read in document order.
     */
    @Override
    public int compareTo(Violation other) {
        int byPath = comparePaths(path, other.path);
        return byPath != 0 ? byPath : message.compareTo(other.message);
    }

    private static int comparePaths(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int ei = digitsEnd(a, i);
                int ej = digitsEnd(b, j);
                // Compare digit runs by length first (no leading zeros in indices), then lexically.
                int byLength = Integer.compare(ei - i, ej - j);
                if (byLength != 0) {
                    return byLength;
                }
                int byDigits = a.substring(i, ei).compareTo(b.substring(j, ej));
                if (byDigits != 0) {
                    return byDigits;
                }
                i = ei;
                j = ej;
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static int digitsEnd(String s, int from) {
        int k = from;
        while (k < s.length() && Character.isDigit(s.charAt(k))) {
            k++;
        }
        return k;
    }
}
