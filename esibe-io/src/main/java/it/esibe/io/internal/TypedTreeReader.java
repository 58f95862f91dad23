package it.esibe.io.internal;

import com.fasterxml.jackson.databind.JsonNode;
import it.esibe.core.decision.Violation;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The typed reading of JSON tree values shared by the strict readers of this package (applications
 * and decisions): each helper returns the value, or {@code null} after recording a violation with
 * its path, so that a reader collects every problem of a record instead of stopping at the first.
 *
 * <p>One instance reads one record; not thread-safe.
 */
abstract class TypedTreeReader {

    /** The strict date form; {@link LocalDate#parse} alone would also accept {@code +12025-01-01}. */
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    /** Every problem found so far, in document order. */
    final List<Violation> problems = new ArrayList<>();

    /** Reports every property of {@code o} that is not in {@code allowed}: a typo must not silently drop evidence. */
    final void unknown(JsonNode o, JsonPath path, List<String> allowed) {
        for (Iterator<String> names = o.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                add(path.field(name), "unknown property " + Texts.quote(name) + "; allowed properties here: "
                        + String.join(", ", allowed));
            }
        }
    }

    /** A JSON string; {@code nullable} also accepts JSON null (as {@code null}, unreported). */
    final @Nullable String string(@Nullable JsonNode node, JsonPath path, boolean nullable) {
        if (node == null || (nullable && node.isNull())) {
            return null;
        }
        if (!node.isTextual()) {
            add(path, "must be a string" + (nullable ? " or null" : "") + ", got " + Texts.jsonType(node));
            return null;
        }
        return node.textValue();
    }

    /** A JSON string naming one of {@code values} exactly (letter case included). */
    final <E extends Enum<E>> @Nullable E enumeration(@Nullable JsonNode node, JsonPath path, E[] values) {
        String text = string(node, path, false);
        if (text == null) {
            return null;
        }
        for (E value : values) {
            if (value.name().equals(text)) {
                return value;
            }
        }
        add(path, Texts.quote(text) + " is not allowed; allowed values: "
                + Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", ")));
        return null;
    }

    /** A JSON string holding a real date in the form {@code YYYY-MM-DD}; {@code nullable} as for {@link #string}. */
    final @Nullable LocalDate date(@Nullable JsonNode node, JsonPath path, boolean nullable) {
        String text = string(node, path, nullable);
        if (text == null) {
            return null;
        }
        if (!DATE.matcher(text).matches()) {
            add(path, "must be a date in the form YYYY-MM-DD" + (nullable ? " or null" : "") + ", got "
                    + Texts.quote(text));
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            add(path, Texts.quote(text) + " is not a real date");
            return null;
        }
    }

    final void wrongType(JsonNode node, JsonPath path, String expected) {
        add(path, "must be " + expected + ", got " + Texts.jsonType(node));
    }

    final void add(JsonPath path, String message) {
        problems.add(new Violation(path.toString(), message));
    }
}
