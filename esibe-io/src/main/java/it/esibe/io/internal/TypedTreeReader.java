package it.esibe.io.internal;

import it.esibe.core.message.Message;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
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

    /** Every problem found so far, in document order. */
    final Problems problems;

    TypedTreeReader(Problems problems) {
        this.problems = problems;
    }

    /**
     * Reports every property of {@code o} that is not in {@code allowed}, whatever its value, {@code null}
     * included: a typo must not silently drop evidence.
     */
    final void unknown(JsonNode o, JsonPath path, List<String> allowed) {
        for (Iterator<String> names = o.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                problems.add(path.field(name), ReadProblem.UNKNOWN_PROPERTY, Texts.quote(name),
                        String.join(", ", allowed));
            }
        }
    }

    /** A JSON string; {@code nullable} also accepts JSON null (as {@code null}, unreported). */
    final @Nullable String string(@Nullable JsonNode node, JsonPath path, boolean nullable) {
        if (node == null || (nullable && node.isNull())) {
            return null;
        }
        if (!node.isTextual()) {
            problems.add(path, nullable ? ReadProblem.WRONG_TYPE_OR_NULL : ReadProblem.WRONG_TYPE,
                    ReadProblem.TYPE_STRING.message(), Texts.jsonType(node));
            return null;
        }
        return node.textValue();
    }

    /** A JSON string naming one of {@code values} exactly (letter case included). */
    final <E extends Enum<?>> @Nullable E enumeration(@Nullable JsonNode node, JsonPath path, E[] values) {
        String text = string(node, path, false);
        if (text == null) {
            return null;
        }
        for (E value : values) {
            if (value.name().equals(text)) {
                return value;
            }
        }
        problems.add(path, ReadProblem.NOT_ALLOWED, Texts.quote(text),
                Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", ")));
        return null;
    }

    /** A JSON string holding a real date in the form {@code YYYY-MM-DD}; {@code nullable} as for {@link #string}. */
    final @Nullable LocalDate date(@Nullable JsonNode node, JsonPath path, boolean nullable) {
        String text = string(node, path, nullable);
        if (text == null) {
            return null;
        }
        if (!isDateForm(text)) {
            problems.add(path, nullable ? ReadProblem.DATE_FORM_OR_NULL : ReadProblem.DATE_FORM, Texts.quote(text));
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            problems.add(path, ReadProblem.NOT_A_REAL_DATE, Texts.quote(text));
            return null;
        }
    }

    /**
     * Whether {@code text} has the strict date form {@code YYYY-MM-DD}, ASCII digits only, which is
     * {@code [0-9]{4}-[0-9]{2}-[0-9]{2}} checked by hand (every record's dates pass here); not whether
     * it is a real date. {@link LocalDate#parse} alone would also accept {@code +12025-01-01}.
     */
    static boolean isDateForm(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return false;
        }
        for (int k = 0; k < 10; k++) {
            char c = text.charAt(k);
            if (k != 4 && k != 7 && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    /** Reports that {@code node} is not of the {@code expected} JSON type (a type fragment). */
    final void wrongType(JsonNode node, JsonPath path, ReadProblem expected) {
        problems.add(path, ReadProblem.WRONG_TYPE, expected.message(), Texts.jsonType(node));
    }

    /** Reports a message of the subclass's own (decisions). */
    final void add(JsonPath path, Message message) {
        problems.addMessage(path.toString(), message);
    }
}
