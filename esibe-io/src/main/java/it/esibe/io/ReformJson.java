package it.esibe.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.esibe.core.InvalidInputException;
import it.esibe.core.decision.Violation;
import it.esibe.core.ruleset.ReformDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Reads a reform file (docs/WHATIF.md) strictly into a {@link ReformDefinition}, writes one back,
 * and gives the file's JSON Schema.
 *
 * <p>A reform file is one JSON object: {@code schemaVersion} {@code 1}, the {@code base} ruleset's
 * id, the new ruleset's {@code id}, {@code version} and {@code effectiveFrom} date, optionally its
 * {@code series} and a {@code description}, and the changes: {@code parameters} (each with
 * {@code name}, {@code value}, {@code reason} and {@code source}), {@code neutralised} (each with
 * {@code criterion} and {@code reason}) and {@code added} (each with {@code criterion}, optionally
 * {@code from} and {@code after}, and {@code reason}).
 *
 * <p>Reading checks what the file says, not what it means: valid UTF-8 and JSON, one object, no
 * duplicate and no unknown property, the JSON type of every value, the required properties and real
 * {@code YYYY-MM-DD} dates. A parameter's {@code value} may be a number ({@code 1500000.00}, read
 * exactly, never through a {@code double}), {@code true} or {@code false}, or a string; it becomes
 * the text the parameter's key parses. Whether the base, the parameters and the criteria exist and
 * whether each value suits its parameter is judged when the ruleset is derived from the definition
 * (esibe-rules: {@code EsibeRegistry.derive}), with the same JSON paths.
 *
 * <p>Every problem is a {@link Violation} with its JSON path ({@code parameters[0].value},
 * {@code ""} for the file as a whole), and a file with any problem is an
 * {@link InvalidInputException} listing them all, in document order. Messages are in English: a
 * reform file is written by the people who set the rules, not by applicants.
 *
 * <p>Thread-safety: stateless, and safe to use from any thread.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class ReformJson {

    /** The most bytes a reform file may have: a few hundred changes fit in far less. */
    public static final int MAX_BYTES = 1 << 20;

    /** The resource holding the schema, beside this class. */
    static final String SCHEMA_RESOURCE = "reform.schema.json";

    private static final List<String> ROOT = List.of("schemaVersion", "base", "id", "version", "effectiveFrom",
            "series", "description", "parameters", "neutralised", "added");
    private static final List<String> PARAMETER = List.of("name", "value", "reason", "source");
    private static final List<String> NEUTRALISATION = List.of("criterion", "reason");
    private static final List<String> ADDITION = List.of("criterion", "from", "after", "reason");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private ReformJson() {
    }

    /**
     * Reads the reform file {@code file}.
     *
     * @param file a reform file, UTF-8 (a byte order mark is skipped)
     * @return what it states
     * @throws IOException if the file cannot be read
     * @throws InvalidInputException listing every problem with its JSON path, such as a file over
     *     {@link #MAX_BYTES}, invalid UTF-8 or JSON, an unknown or duplicate property, a value of the
     *     wrong JSON type, a missing property or a date that does not exist
     */
    public static ReformDefinition read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    /**
     * Reads a reform file from {@code in}, which is read to its end (at most {@link #MAX_BYTES} and
     * one more byte) but not closed.
     *
     * @param in the file's bytes, UTF-8
     * @return what it states
     * @throws IOException if reading fails
     * @throws InvalidInputException listing every problem with its JSON path
     */
    public static ReformDefinition read(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new InvalidInputException("", "a reform file may have at most " + MAX_BYTES + " bytes");
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("", "the file is not valid UTF-8 text");
        }
        return read(text);
    }

    /**
     * Reads a reform file's text.
     *
     * @param json the JSON text of one reform
     * @return what it states
     * @throws InvalidInputException listing every problem with its JSON path
     */
    public static ReformDefinition read(String json) {
        Objects.requireNonNull(json, "json");
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw notJson(e);
        }
        if (root == null || root.isMissingNode()) {
            throw new InvalidInputException("", "the file holds no JSON value; a reform file is one JSON object");
        }
        Reader r = new Reader();
        ReformDefinition d = r.definition(root);
        if (!r.violations.isEmpty() || d == null) {
            throw new InvalidInputException(r.violations.size() == 1 ? "the reform file is not valid: "
                    + describe(r.violations.get(0)) : "the reform file is not valid: " + r.violations.size()
                    + " problems, the first " + describe(r.violations.get(0)), r.violations);
        }
        return d;
    }

    /**
     * Writes {@code definition} as a reform file, pretty-printed with a final line end; reading it
     * back gives an equal definition.
     *
     * @param definition the reform
     * @return the JSON text
     */
    public static String write(ReformDefinition definition) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("schemaVersion", 1);
        o.put("base", definition.base());
        o.put("id", definition.id());
        o.put("version", definition.version());
        o.put("effectiveFrom", definition.effectiveFrom().toString());
        if (definition.series() != null) {
            o.put("series", definition.series());
        }
        if (definition.description() != null) {
            o.put("description", definition.description());
        }
        var parameters = o.putArray("parameters");
        for (ReformDefinition.ParameterChange p : definition.parameters()) {
            // Values are written as strings: the text a parameter's key parses, exactly as given.
            parameters.addObject().put("name", p.name()).put("value", p.value()).put("reason", p.reason())
                    .put("source", p.source());
        }
        var neutralised = o.putArray("neutralised");
        for (ReformDefinition.Neutralisation n : definition.neutralised()) {
            neutralised.addObject().put("criterion", n.criterion()).put("reason", n.reason());
        }
        var added = o.putArray("added");
        for (ReformDefinition.Addition a : definition.added()) {
            ObjectNode item = added.addObject().put("criterion", a.criterion());
            if (a.from() != null) {
                item.put("from", a.from());
            }
            if (a.after() != null) {
                item.put("after", a.after());
            }
            item.put("reason", a.reason());
        }
        StringWriter out = new StringWriter();
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            MAPPER.writeTree(g, o);
        } catch (IOException e) {
            // A StringWriter does not fail.
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    /**
     * {@return the JSON Schema (draft 2020-12) of reform files, read from the jar} It states every
     * rule of the file's structure; what a value means (an existing base, parameter or criterion, a
     * value that suits its parameter) only the rules can judge.
     *
     * @throws IllegalStateException if the resource is missing from the jar
     */
    public static String schema() {
        return ApplicationSchema.resource(SCHEMA_RESOURCE);
    }

    private static String describe(Violation v) {
        return v.path().isEmpty() ? v.message() : v.path() + ": " + v.message();
    }

    /** Text that is not one JSON value: where, and what the parser saw, in one line. */
    private static InvalidInputException notJson(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " at line " + Math.max(1, at.getLineNr()) + ", column "
                + Math.max(1, at.getColumnNr());
        String what = Objects.toString(e.getOriginalMessage(), "").lines().findFirst().orElse("").strip();
        if (what.startsWith("Duplicate field")) {
            String path = path(e.getProcessor() instanceof JsonParser p ? p.getParsingContext() : null);
            return new InvalidInputException(path, "the property appears twice" + where
                    + "; each property may appear once");
        }
        if (what.length() > 120) {
            what = what.substring(0, 119) + "…";
        }
        return new InvalidInputException("", "not valid JSON" + where + (what.isEmpty() ? "" : ": " + what));
    }

    /** The path of the parser's current property, as the violations write paths. */
    private static String path(@Nullable JsonStreamContext context) {
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.add(0, "[" + c.getCurrentIndex() + "]");
            } else if (c.getCurrentName() != null) {
                parts.add(0, "." + c.getCurrentName());
            }
        }
        String p = String.join("", parts);
        return p.startsWith(".") ? p.substring(1) : p;
    }

    /** Walks the tree, collecting every problem with its path. */
    private static final class Reader {

        final List<Violation> violations = new ArrayList<>();

        @Nullable ReformDefinition definition(JsonNode root) {
            if (!root.isObject()) {
                violations.add(new Violation("", "a reform file is one JSON object, not " + kind(root)));
                return null;
            }
            unknown(root, "", ROOT);
            JsonNode schemaVersion = root.get("schemaVersion");
            if (schemaVersion == null) {
                missing("schemaVersion", "the integer 1");
            } else if (!schemaVersion.isIntegralNumber() || schemaVersion.asInt() != 1
                    || !schemaVersion.canConvertToInt()) {
                violations.add(new Violation("schemaVersion", "must be the integer 1, the version of this"
                        + " format; got " + shown(schemaVersion)));
            }
            String base = text(root, "base", "", true);
            String id = text(root, "id", "", true);
            String version = text(root, "version", "", true);
            LocalDate effectiveFrom = date(root, "effectiveFrom");
            String series = text(root, "series", "", false);
            String description = text(root, "description", "", false);
            List<ReformDefinition.ParameterChange> parameters = list(root, "parameters", PARAMETER, (item, at) ->
                    parameter(item, at));
            List<ReformDefinition.Neutralisation> neutralised = list(root, "neutralised", NEUTRALISATION,
                    (item, at) -> {
                        String criterion = text(item, "criterion", at, true);
                        String reason = text(item, "reason", at, true);
                        return criterion == null || reason == null ? null
                                : new ReformDefinition.Neutralisation(criterion, reason);
                    });
            List<ReformDefinition.Addition> added = list(root, "added", ADDITION, (item, at) -> {
                String criterion = text(item, "criterion", at, true);
                String from = text(item, "from", at, false);
                String after = text(item, "after", at, false);
                String reason = text(item, "reason", at, true);
                return criterion == null || reason == null ? null
                        : new ReformDefinition.Addition(criterion, from, after, reason);
            });
            if (!violations.isEmpty() || base == null || id == null || version == null || effectiveFrom == null) {
                return null;
            }
            return new ReformDefinition(base, id, version, effectiveFrom, series, description, parameters,
                    neutralised, added);
        }

        private ReformDefinition.@Nullable ParameterChange parameter(JsonNode item, String at) {
            String name = text(item, "name", at, true);
            String value = null;
            JsonNode v = item.get("value");
            String path = at + ".value";
            if (v == null) {
                missing(path, "the new value: a number, true or false, or a string");
            } else if (v.isTextual()) {
                value = v.textValue();
            } else if (v.isBoolean()) {
                value = Boolean.toString(v.booleanValue());
            } else if (v.isNumber()) {
                BigDecimal d = v.decimalValue();
                if (Math.abs((long) d.scale()) > 100 || d.precision() - d.scale() > 100) {
                    violations.add(new Violation(path, "the number " + shown(v) + " is too large or has too"
                            + " many decimals to be a parameter's value"));
                } else {
                    value = d.toPlainString();
                }
            } else {
                violations.add(new Violation(path, "must be a number, true or false, or a string; got " + kind(v)));
            }
            String reason = text(item, "reason", at, true);
            String source = text(item, "source", at, true);
            return name == null || value == null || reason == null || source == null ? null
                    : new ReformDefinition.ParameterChange(name, value, reason, source);
        }

        private <T> List<T> list(JsonNode root, String name, List<String> properties,
                java.util.function.BiFunction<JsonNode, String, @Nullable T> item) {
            JsonNode node = root.get(name);
            List<T> items = new ArrayList<>();
            if (node == null || node.isNull()) {
                return items;
            }
            if (!node.isArray()) {
                violations.add(new Violation(name, "must be an array of objects; got " + kind(node)));
                return items;
            }
            for (int i = 0; i < node.size(); i++) {
                String at = name + "[" + i + "]";
                JsonNode element = node.get(i);
                if (!element.isObject()) {
                    violations.add(new Violation(at, "must be an object with " + String.join(", ", properties)
                            + "; got " + kind(element)));
                    continue;
                }
                unknown(element, at, properties);
                T value = item.apply(element, at);
                if (value != null) {
                    items.add(value);
                }
            }
            return items;
        }

        /** A string property; {@code null} (with a violation if required) when absent or of another type. */
        private @Nullable String text(JsonNode object, String name, String at, boolean required) {
            String path = at.isEmpty() ? name : at + "." + name;
            JsonNode v = object.get(name);
            if (v == null || (v.isNull() && !required)) {
                if (required) {
                    missing(path, "a string");
                }
                return null;
            }
            if (!v.isTextual()) {
                violations.add(new Violation(path, "must be a string; got " + kind(v)));
                return null;
            }
            return v.textValue();
        }

        private @Nullable LocalDate date(JsonNode root, String name) {
            JsonNode v = root.get(name);
            if (v == null) {
                missing(name, "a date written YYYY-MM-DD");
                return null;
            }
            if (!v.isTextual() || !DATE.matcher(v.textValue()).matches()) {
                violations.add(new Violation(name, "must be a date written YYYY-MM-DD, such as 2026-01-01; got "
                        + shown(v)));
                return null;
            }
            try {
                return LocalDate.parse(v.textValue());
            } catch (DateTimeParseException e) {
                violations.add(new Violation(name, "the date " + v.textValue() + " does not exist"));
                return null;
            }
        }

        private void unknown(JsonNode object, String at, List<String> known) {
            Set<String> allowed = Set.copyOf(known);
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                String name = it.next().getKey();
                if (!allowed.contains(name)) {
                    violations.add(new Violation(at.isEmpty() ? name : at + "." + name, "unknown property \""
                            + shortened(name) + "\"; allowed here: " + String.join(", ", known)));
                }
            }
        }

        private void missing(String path, String what) {
            violations.add(new Violation(path, "is required: " + what));
        }
    }

    /** What kind of JSON value {@code v} is, for messages. */
    private static String kind(JsonNode v) {
        return switch (v.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "the string " + shown(v);
            case NUMBER -> "the number " + shown(v);
            case BOOLEAN -> v.booleanValue() ? "true" : "false";
            case NULL -> "null";
            default -> "a value of another kind";
        };
    }

    private static String shown(JsonNode v) {
        return shortened(v.isTextual() ? "\"" + v.textValue() + "\"" : v.toString());
    }

    private static String shortened(String text) {
        return text.length() <= 64 ? text : text.substring(0, 63) + "…";
    }
}
