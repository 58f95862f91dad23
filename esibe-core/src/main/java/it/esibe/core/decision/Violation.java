package it.esibe.core.decision;

import it.esibe.core.message.Message;
import it.esibe.core.message.MessageCatalog;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One way an application breaks the format, with where: an {@code INVALID} decision lists them all.
 *
 * <p>A violation found by ESIBE carries the {@link Message} it was rendered from
 * ({@link #source()}), so that an evaluator can render it again in its own language: a reader
 * renders in English, and the evaluator that decides the record renders every violation in the
 * language it was built for, through the same message providers as its explanations. A violation
 * read back from a decision file carries only its text.
 *
 * <p>Equality and order look at the path and the text only. Thread-safety: immutable, and safe to
 * share between threads.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class Violation implements Comparable<Violation> {

    private final String path;
    private final String message;
    private final @Nullable Message source;

    /**
     * A violation with a fixed text.
     *
     * @param path the JSON path of the offending value relative to the application, such as
     *     {@code fiscalYears[0].rdExpenditure}; empty for the record as a whole
     * @param message what is wrong and what is allowed
     */
    public Violation(String path, String message) {
        this(path, message, null);
    }

    private Violation(String path, String message, @Nullable Message source) {
        this.path = Objects.requireNonNull(path, "path");
        this.message = Objects.requireNonNull(message, "message");
        this.source = source;
    }

    /**
     * A violation whose text is {@code message} rendered in English by ESIBE core's own messages;
     * an evaluator renders it again in its language.
     *
     * @param path the JSON path of the offending value; empty for the record as a whole
     * @param message what is wrong and what is allowed, as a key of the format's violation messages
     * @return the violation
     */
    public static Violation of(String path, Message message) {
        return rendered(path, message, MessageCatalog.builtIn(), Locale.ENGLISH);
    }

    /**
     * A violation whose text is {@code message} rendered by {@code catalog} in {@code language}.
     *
     * @param path the JSON path of the offending value; empty for the record as a whole
     * @param message what is wrong and what is allowed
     * @param catalog the catalog to render with
     * @param language the language of the text
     * @return the violation
     */
    public static Violation rendered(String path, Message message, MessageCatalog catalog, Locale language) {
        return new Violation(path, catalog.render(language, message), Objects.requireNonNull(message, "message"));
    }

    /**
     * This violation rendered by {@code catalog} in {@code language}, when it has a source message;
     * else this violation as it is.
     *
     * @param catalog the catalog to render with
     * @param language the language of the text
     * @return the violation in that language
     */
    public Violation in(MessageCatalog catalog, Locale language) {
        return source == null ? this : rendered(path, source, catalog, language);
    }

    /** {@return the JSON path of the offending value; empty for the record as a whole} */
    public String path() {
        return path;
    }

    /** {@return what is wrong and what is allowed} */
    public String message() {
        return message;
    }

    /** {@return the message this violation's text was rendered from, if it was} */
    public Optional<Message> source() {
        return Optional.ofNullable(source);
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

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Violation v && path.equals(v.path) && message.equals(v.message);
    }

    @Override
    public int hashCode() {
        return 31 * path.hashCode() + message.hashCode();
    }

    @Override
    public String toString() {
        return "Violation[path=" + path + ", message=" + message + "]";
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
