package it.esibe.support.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.esibe.core.ConfigurationException;
import it.esibe.core.decision.LocalizedText;
import it.esibe.core.model.Track;
import it.esibe.support.spi.SupportCatalogue;
import it.esibe.support.Focus;
import it.esibe.support.FocusBasis;
import it.esibe.support.Recurrence;
import it.esibe.support.SupportEntry;
import it.esibe.support.SupportEntry.Edition;
import it.esibe.support.SupportEntry.Source;
import it.esibe.support.SupportKind;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Reads a support catalogue from JSON (format {@code esibe-support-catalogue-1}, described on
 * {@code SupportCatalogues.read}), strictly: an unknown property, a wrong type or a missing value is
 * a {@link ConfigurationException} naming the JSON path, because a catalogue is configuration, not
 * applicant input. Editions as plain months, the catalogue's first form, stay valid.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class CatalogueJson {

    /** The value of the {@code format} property every catalogue file carries. */
    public static final String FORMAT = "esibe-support-catalogue-1";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final String source;

    private CatalogueJson(String source) {
        this.source = source;
    }

    /** Reads the catalogue in {@code in}; {@code source} names it in error messages. */
    public static SupportCatalogue read(InputStream in, String source) throws IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            throw new ConfigurationException(source + ": not JSON: " + e.getOriginalMessage(), e);
        }
        return new CatalogueJson(source).catalogue(root);
    }

    private SupportCatalogue catalogue(@Nullable JsonNode root) {
        JsonNode obj = object(root, "$", Set.of("format", "name", "entries"));
        String format = text(obj, "format", "$");
        if (!FORMAT.equals(format)) {
            throw fail("$.format", "must be \"" + FORMAT + "\", got \"" + format + "\"");
        }
        String name = text(obj, "name", "$");
        List<SupportEntry> entries = list(obj, "entries", "$", true, this::entry);
        return new Catalogue(name, entries);
    }

    private SupportEntry entry(JsonNode node, String path) {
        JsonNode obj = object(node, path, Set.of("kind", "id", "name", "city", "country", "editions", "recurrence",
                "focus", "strengths", "citation", "note"));
        SupportKind kind = constant(SupportKind.class, text(obj, "kind", path), path + ".kind");
        List<Edition> editions = list(obj, "editions", path, false, this::edition);
        List<Focus> focus = list(obj, "focus", path, true, this::focus);
        List<LocalizedText> strengths = list(obj, "strengths", path, false, this::localized);
        JsonNode recurrence = obj.get("recurrence");
        try {
            SupportEntry.Builder b = SupportEntry.builder(kind, text(obj, "id", path))
                    .name(localized(obj.get("name"), path + ".name"))
                    .place(optionalLocalized(obj, "city", path), text(obj, "country", path))
                    .citation(text(obj, "citation", path))
                    .note(optionalLocalized(obj, "note", path));
            if (recurrence != null && !recurrence.isNull()) {
                b.recurrence(constant(Recurrence.class, textValue(recurrence, path + ".recurrence"),
                        path + ".recurrence"));
            }
            editions.forEach(b::edition);
            focus.forEach(b::focus);
            strengths.forEach(b::strength);
            return b.build();
        } catch (IllegalArgumentException e) {
            throw fail(path, e.getMessage());
        }
    }

    /**
     * An edition: {@code "2025-05"} or {@code "2025-05-05"}, or an object with that {@code date},
     * an {@code endDate} for days that run on, a {@code city} with its {@code country}, and the
     * {@code sources} that record it.
     */
    private Edition edition(JsonNode node, String path) {
        if (node != null && node.isTextual()) {
            return date(node, path);
        }
        JsonNode obj = object(node, path, Set.of("date", "endDate", "city", "country", "sources"));
        Edition e = date(obj.get("date"), path + ".date");
        JsonNode end = obj.get("endDate");
        try {
            if (end != null && !end.isNull()) {
                if (e.firstDay() == null) {
                    throw fail(path + ".endDate", "needs a \"date\" that is a day, such as \"2025-04-16\"");
                }
                e = Edition.onDays(e.firstDay(), day(end, path + ".endDate"));
            }
            JsonNode country = obj.get("country");
            LocalizedText city = optionalLocalized(obj, "city", path);
            if (country != null && !country.isNull()) {
                e = e.in(city, textValue(country, path + ".country"));
            } else if (city != null) {
                throw fail(path + ".country", "is required with a city");
            }
            return e.citing(list(obj, "sources", path, false, this::source));
        } catch (IllegalArgumentException x) {
            throw fail(path, x.getMessage());
        }
    }

    /** {@code "2025-05"} (known to the month) or {@code "2025-05-05"} (to the day). */
    private Edition date(@Nullable JsonNode node, String path) {
        String s = textValue(node, path);
        try {
            return s.length() > "2025-05".length() ? Edition.on(LocalDate.parse(s)) : Edition.inMonth(YearMonth.parse(s));
        } catch (DateTimeParseException e) {
            throw fail(path, "must be a month such as \"2025-05\" or a day such as \"2025-05-05\", got \"" + s + "\"");
        }
    }

    private LocalDate day(JsonNode node, String path) {
        String s = textValue(node, path);
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw fail(path, "must be a day such as \"2025-04-17\", got \"" + s + "\"");
        }
    }

    private Source source(JsonNode node, String path) {
        JsonNode obj = object(node, path, Set.of("publisher", "title", "url"));
        JsonNode url = obj.get("url");
        URI uri = null;
        if (url != null && !url.isNull()) {
            String u = textValue(url, path + ".url");
            try {
                uri = new URI(u);
            } catch (URISyntaxException e) {
                throw fail(path + ".url", "must be an absolute http or https URL, got \"" + u + "\"");
            }
        }
        try {
            return new Source(text(obj, "publisher", path), text(obj, "title", path), uri);
        } catch (IllegalArgumentException e) {
            throw fail(path, e.getMessage());
        }
    }

    private Focus focus(JsonNode node, String path) {
        JsonNode obj = object(node, path, Set.of("basis", "tracks", "codes", "why"));
        FocusBasis basis = constant(FocusBasis.class, text(obj, "basis", path), path + ".basis");
        List<Track> tracks = list(obj, "tracks", path, false,
                (n, p) -> constant(Track.class, textValue(n, p), p));
        List<String> codes = list(obj, "codes", path, false, this::textValue);
        try {
            return new Focus(basis, Set.copyOf(tracks), codes, text(obj, "why", path));
        } catch (IllegalArgumentException e) {
            throw fail(path, e.getMessage());
        }
    }

    private LocalizedText localized(@Nullable JsonNode node, String path) {
        JsonNode obj = object(node, path, Set.of("it", "en"));
        return new LocalizedText(text(obj, "it", path), text(obj, "en", path));
    }

    private @Nullable LocalizedText optionalLocalized(JsonNode obj, String field, String path) {
        JsonNode n = obj.get(field);
        return n == null || n.isNull() ? null : localized(n, path + "." + field);
    }

    private <T> List<T> list(JsonNode obj, String field, String path, boolean required,
            Element<T> element) {
        JsonNode n = obj.get(field);
        String p = path + "." + field;
        if (n == null || n.isNull()) {
            if (required) {
                throw fail(p, "is required");
            }
            return List.of();
        }
        if (!n.isArray()) {
            throw fail(p, "must be an array");
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            out.add(element.read(n.get(i), p + "[" + i + "]"));
        }
        return out;
    }

    private JsonNode object(@Nullable JsonNode node, String path, Set<String> allowed) {
        if (node == null || !node.isObject()) {
            throw fail(path, "must be an object");
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String f = it.next();
            if (!allowed.contains(f)) {
                throw fail(path + "." + f, "unknown property");
            }
        }
        return node;
    }

    private String text(JsonNode obj, String field, String path) {
        return textValue(obj.get(field), path + "." + field);
    }

    private String textValue(@Nullable JsonNode n, String path) {
        if (n == null || !n.isTextual() || n.textValue().isBlank()) {
            throw fail(path, "must be a non-blank string");
        }
        return n.textValue();
    }

    private <E extends Enum<E>> E constant(Class<E> type, String value, String path) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw fail(path, "unknown value \"" + value + "\"");
        }
    }

    private ConfigurationException fail(String path, @Nullable String message) {
        return new ConfigurationException("support catalogue " + source + ", " + path + ": " + message);
    }

    /** Reads one element of an array at a path. */
    @FunctionalInterface
    private interface Element<T> {
        T read(JsonNode node, String path);
    }

    /** A catalogue read from JSON. */
    private record Catalogue(String name, List<SupportEntry> entries) implements SupportCatalogue {
        Catalogue {
            entries = List.copyOf(entries);
        }
    }
}
