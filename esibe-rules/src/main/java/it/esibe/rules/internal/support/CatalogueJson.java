package it.esibe.rules.internal.support;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.esibe.core.ConfigurationException;
import it.esibe.core.decision.LocalizedText;
import it.esibe.core.model.Track;
import it.esibe.rules.spi.SupportCatalogue;
import it.esibe.rules.support.Focus;
import it.esibe.rules.support.FocusBasis;
import it.esibe.rules.support.SupportEntry;
import it.esibe.rules.support.SupportKind;
import java.io.IOException;
import java.io.InputStream;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads a support catalogue from JSON (format {@code esibe-support-catalogue-1}), strictly: an
 * unknown property, a wrong type or a missing value is a {@link ConfigurationException} naming the
 * JSON path, because a catalogue is configuration, not applicant input.
 */
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
        JsonNode obj = object(node, path, Set.of("kind", "id", "name", "city", "country", "editions", "focus",
                "strengths", "citation", "note"));
        SupportKind kind = constant(SupportKind.class, text(obj, "kind", path), path + ".kind");
        List<YearMonth> editions = list(obj, "editions", path, false, (n, p) -> month(n, p));
        List<Focus> focus = list(obj, "focus", path, true, this::focus);
        List<LocalizedText> strengths = list(obj, "strengths", path, false, this::localized);
        try {
            return new SupportEntry(kind, text(obj, "id", path), localized(obj.get("name"), path + ".name"),
                    optionalLocalized(obj, "city", path), text(obj, "country", path), editions, focus, strengths,
                    text(obj, "citation", path), optionalLocalized(obj, "note", path));
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

    private YearMonth month(JsonNode node, String path) {
        String s = textValue(node, path);
        try {
            return YearMonth.parse(s);
        } catch (DateTimeParseException e) {
            throw fail(path, "must be a month such as \"2025-05\", got \"" + s + "\"");
        }
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
