package it.esibe.io.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import it.esibe.core.InvalidInputException;
import it.esibe.core.decision.CriterionResult;
import it.esibe.core.decision.Decision;
import it.esibe.core.decision.LocalizedText;
import it.esibe.core.decision.Outcome;
import it.esibe.core.decision.RecordPosition;
import it.esibe.core.decision.Remedy;
import it.esibe.core.decision.Verdict;
import it.esibe.core.decision.Violation;
import it.esibe.io.ReadLimits;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** Writes a {@link Decision} as one line of ESIBE-FORMAT-v1 decision JSON, and reads it back strictly. */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class DecisionCodec extends TypedTreeReader {

    private static final List<String> DECISION = List.of("applicationId", "outcome", "ruleset", "referenceDate",
            "referenceYear", "criteria", "violations", "inputSha256");
    /** Written after {@code ruleset} when known; optional when read, as decisions written before 0.1.0 lack them. */
    private static final List<String> RULESET_STAMP = List.of("rulesetVersion", "parametersSha256");
    private static final List<String> POSITIONS = Arrays.stream(RecordPosition.Kind.values())
            .map(RecordPosition.Kind::field).collect(Collectors.toUnmodifiableList());
    private static final List<String> CRITERION = List.of("id", "result", "message", "citation", "remedy");
    private static final List<String> MESSAGE = List.of("it", "en");
    /** Further languages of a message, after {@code it} and {@code en}: lower-case ISO 639-1 codes. */
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
    /**
     * Decisions are this library's own output, read back: the default limits, and every problem
     * listed (a decision that does not read back is a defect to see in full).
     */
    private static final ReadLimits READ_LIMITS = ReadLimits.DEFAULTS.withMaxViolationsPerRecord(ReadLimits.MAX_TEXT_LIMIT);
    private static final List<String> VIOLATION = List.of("path", "message");

    private DecisionCodec(Problems problems) {
        super(problems);
    }

    // ---------------------------------------------------------------- writing

    /** {@code d} as one line of JSON, without line end; fields in the order of the format. */
    public static String write(Decision d) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = Json.generator(out)) {
            write(d, g);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string failed", e);
        }
        return out.toString();
    }

    /** Writes {@code d} to {@code g} (a {@link Json} generator), without line end: the text of {@link #write(Decision)}. */
    public static void write(Decision d, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("applicationId", d.applicationId());
        g.writeStringField("outcome", d.outcome().name());
        g.writeStringField("ruleset", d.ruleset());
        if (d.rulesetVersion() != null) {
            g.writeStringField("rulesetVersion", d.rulesetVersion());
        }
        if (d.parametersSha256() != null) {
            g.writeStringField("parametersSha256", d.parametersSha256());
        }
        g.writeStringField("referenceDate", d.referenceDate() == null ? null : d.referenceDate().toString());
        g.writeFieldName("referenceYear");
        if (d.referenceYear() == null) {
            g.writeNull();
        } else {
            g.writeNumber(d.referenceYear().intValue());
        }
        g.writeArrayFieldStart("criteria");
        for (CriterionResult c : d.criteria()) {
            g.writeStartObject();
            g.writeStringField("id", c.id());
            g.writeStringField("result", c.result().name());
            g.writeObjectFieldStart("message");
            g.writeStringField("it", c.message().it());
            g.writeStringField("en", c.message().en());
            // Written only when present, so decisions in Italian and English alone are unchanged.
            for (Map.Entry<String, String> other : c.message().others().entrySet()) {
                g.writeStringField(other.getKey(), other.getValue());
            }
            g.writeEndObject();
            g.writeStringField("citation", c.citation());
            Remedy remedy = c.remedy();
            if (remedy != null) {
                g.writeObjectFieldStart("remedy");
                for (Map.Entry<String, BigDecimal> value : remedy.values().entrySet()) {
                    g.writeFieldName(value.getKey());
                    g.writeNumber(amount(value.getValue()));
                }
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("violations");
        for (Violation v : d.violations()) {
            g.writeStartObject();
            g.writeStringField("path", v.path());
            g.writeStringField("message", v.message());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("inputSha256", d.inputSha256());
        RecordPosition position = d.position();
        if (position != null) {
            g.writeNumberField(position.kind().field(), position.value());
        }
        g.writeEndObject();
    }

    /**
     * A remedy amount in euro with exactly 2 decimals ({@code 350000.00}). Rounding, if the rules ever
     * produce sub-cent amounts, is away from zero so that a missing amount is never understated.
     * With a scale of 2, {@code toString} is always plain notation.
     */
    private static String amount(BigDecimal value) {
        return value.setScale(2, RoundingMode.UP).toString();
    }

    // ---------------------------------------------------------------- reading

    /**
     * Reads one decision written by {@link #write(Decision)}, strictly: unknown or missing fields,
     * wrong types and broken invariants are all rejected.
     *
     * @throws InvalidInputException listing every problem, with its path
     */
    public static Decision read(String json) {
        StrictTreeReader.Parsed parsed = StrictTreeReader.parse(json, StrictTreeReader.Origin.TEXT, READ_LIMITS);
        JsonNode root = parsed.value();
        if (root == null) {
            Violation v = Violation.of("", Objects.requireNonNull(parsed.error()));
            throw new InvalidInputException(v.message(), List.of(v));
        }
        DecisionCodec codec = new DecisionCodec(parsed.problems());
        Decision decision = codec.decision(root);
        if (decision == null || !codec.problems.isEmpty()) {
            List<Violation> all = codec.problems.isEmpty()
                    ? List.of(Violation.of("", ReadProblem.DECISION_INVALID.message()))
                    : codec.problems.violations();
            throw new InvalidInputException("not a valid ESIBE decision (" + all.size() + " problem(s)), first: "
                    + (all.get(0).path().isEmpty() ? "" : all.get(0).path() + ": ") + all.get(0).message(), all);
        }
        return decision;
    }

    private @Nullable Decision decision(JsonNode o) {
        JsonPath root = JsonPath.ROOT;
        if (!o.isObject()) {
            add(root, ReadProblem.DECISION_NOT_AN_OBJECT.message(Texts.jsonType(o)));
            return null;
        }
        List<String> allowed = new ArrayList<>(DECISION);
        allowed.addAll(POSITIONS);
        allowed.addAll(RULESET_STAMP);
        unknown(o, root, allowed);
        for (String name : DECISION) {
            if (!o.has(name)) {
                add(root.field(name), ReadProblem.REQUIRED_MISSING.message(Texts.quote(name)));
            }
        }
        String applicationId = string(o.get("applicationId"), root.field("applicationId"), true);
        Outcome outcome = enumeration(o.get("outcome"), root.field("outcome"), Outcome.values());
        String ruleset = string(o.get("ruleset"), root.field("ruleset"), false);
        String rulesetVersion = string(o.get("rulesetVersion"), root.field("rulesetVersion"), true);
        String parametersSha256 = string(o.get("parametersSha256"), root.field("parametersSha256"), true);
        LocalDate referenceDate = date(o.get("referenceDate"), root.field("referenceDate"), true);
        Long referenceYear = integer(o.get("referenceYear"), root.field("referenceYear"), true);
        List<CriterionResult> criteria = list(o.get("criteria"), root.field("criteria"), this::criterion);
        List<Violation> violations = list(o.get("violations"), root.field("violations"), this::violation);
        String inputSha256 = string(o.get("inputSha256"), root.field("inputSha256"), true);
        RecordPosition position = null;
        for (RecordPosition.Kind kind : RecordPosition.Kind.values()) {
            JsonNode value = o.get(kind.field());
            if (value == null) {
                continue;
            }
            JsonPath path = root.field(kind.field());
            if (position != null) {
                add(path, ReadProblem.DECISION_POSITIONS.message(String.join(", ", POSITIONS)));
                continue;
            }
            Long n = integer(value, path, false);
            if (n != null && n < 0) {
                add(path, ReadProblem.DECISION_NEGATIVE_POSITION.message());
            } else if (n != null) {
                position = new RecordPosition(kind, n);
            }
        }
        if (referenceYear != null && (referenceYear < Integer.MIN_VALUE || referenceYear > Integer.MAX_VALUE)) {
            add(root.field("referenceYear"), ReadProblem.INTEGER_OUT_OF_RANGE.message(Integer.MIN_VALUE, Integer.MAX_VALUE));
            referenceYear = null;
        }
        if (!problems.isEmpty() || outcome == null || ruleset == null || criteria == null || violations == null) {
            return null;
        }
        try {
            return Decision.builder().applicationId(applicationId).outcome(outcome).ruleset(ruleset)
                    .rulesetStamp(rulesetVersion, parametersSha256).referenceDate(referenceDate)
                    .referenceYear(referenceYear == null ? null : referenceYear.intValue()).criteria(criteria)
                    .violations(violations).inputSha256(inputSha256).position(position).build();
        } catch (IllegalArgumentException | NullPointerException e) {
            add(root, ReadProblem.DECISION_INCONSISTENT.message(String.valueOf(e.getMessage())));
            return null;
        }
    }

    private @Nullable CriterionResult criterion(JsonNode o, JsonPath path) {
        if (!o.isObject()) {
            add(path, ReadProblem.WRONG_TYPE.message(ReadProblem.TYPE_OBJECT.message(), Texts.jsonType(o)));
            return null;
        }
        unknown(o, path, CRITERION);
        String id = string(required(o, path, "id"), path.field("id"), false);
        Verdict result = enumeration(required(o, path, "result"), path.field("result"), Verdict.values());
        LocalizedText message = null;
        JsonNode m = required(o, path, "message");
        JsonPath messagePath = path.field("message");
        if (m != null && !m.isObject()) {
            add(messagePath, ReadProblem.WRONG_TYPE.message(ReadProblem.TYPE_OBJECT.message(), Texts.jsonType(m)));
        } else if (m != null) {
            String it = string(required(m, messagePath, "it"), messagePath.field("it"), false);
            String en = string(required(m, messagePath, "en"), messagePath.field("en"), false);
            Map<String, String> others = otherLanguages(m, messagePath);
            message = it == null || en == null || others == null ? null : new LocalizedText(it, en, others);
        }
        String citation = string(required(o, path, "citation"), path.field("citation"), false);
        Remedy remedy = null;
        JsonNode r = o.get("remedy");
        JsonPath remedyPath = path.field("remedy");
        if (r != null && !r.isObject()) {
            add(remedyPath, ReadProblem.WRONG_TYPE.message(ReadProblem.TYPE_OBJECT.message(), Texts.jsonType(r)));
        } else if (r != null) {
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : r.properties()) {
                if (!e.getValue().isIntegralNumber() && !e.getValue().isBigDecimal()) {
                    add(remedyPath.field(e.getKey()), ReadProblem.WRONG_TYPE.message(ReadProblem.TYPE_NUMBER.message(),
                            Texts.jsonType(e.getValue())));
                } else {
                    values.put(e.getKey(), e.getValue().decimalValue());
                }
            }
            if (values.isEmpty()) {
                add(remedyPath, ReadProblem.DECISION_EMPTY_REMEDY.message());
            } else {
                remedy = new Remedy(values);
            }
        }
        if (id == null || result == null || message == null || citation == null) {
            return null;
        }
        try {
            return CriterionResult.builder().id(id).result(result).message(message).citation(citation).remedy(remedy)
                    .build();
        } catch (IllegalArgumentException e) {
            add(path, ReadProblem.DECISION_INCONSISTENT.message(String.valueOf(e.getMessage())));
            return null;
        }
    }

    /**
     * The texts of a message in languages other than Italian and English; null after reporting a
     * property that is not a language code, or a text that is not a string or is blank.
     */
    private @Nullable Map<String, String> otherLanguages(JsonNode m, JsonPath path) {
        Map<String, String> others = new TreeMap<>();
        boolean ok = true;
        for (Map.Entry<String, JsonNode> e : m.properties()) {
            String name = e.getKey();
            if (MESSAGE.contains(name)) {
                continue;
            }
            JsonPath at = path.field(name);
            if (!LANGUAGE.matcher(name).matches()) {
                add(at, ReadProblem.UNKNOWN_PROPERTY.message(Texts.quote(name),
                        ReadProblem.DECISION_MESSAGE_PROPERTIES.message(String.join(", ", MESSAGE))));
                ok = false;
                continue;
            }
            String text = string(e.getValue(), at, false);
            if (text == null) {
                ok = false;
            } else if (text.isBlank()) {
                add(at, ReadProblem.DECISION_BLANK_TEXT.message());
                ok = false;
            } else {
                others.put(name, text);
            }
        }
        return ok ? others : null;
    }

    private @Nullable Violation violation(JsonNode o, JsonPath path) {
        if (!o.isObject()) {
            add(path, ReadProblem.WRONG_TYPE.message(ReadProblem.TYPE_OBJECT.message(), Texts.jsonType(o)));
            return null;
        }
        unknown(o, path, VIOLATION);
        String p = string(required(o, path, "path"), path.field("path"), false);
        String message = string(required(o, path, "message"), path.field("message"), false);
        return p == null || message == null ? null : new Violation(p, message);
    }

    private interface ElementReader<T> {
        @Nullable T read(JsonNode node, JsonPath path);
    }

    private <T> @Nullable List<T> list(@Nullable JsonNode node, JsonPath path, ElementReader<T> reader) {
        if (node == null) {
            return null;
        }
        if (!node.isArray()) {
            add(path, ReadProblem.WRONG_TYPE.message(ReadProblem.TYPE_ARRAY.message(), Texts.jsonType(node)));
            return null;
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            T item = reader.read(node.get(i), path.index(i));
            if (item != null) {
                out.add(item);
            }
        }
        return out;
    }

    private @Nullable JsonNode required(JsonNode o, JsonPath path, String name) {
        JsonNode value = o.get(name);
        if (value == null) {
            add(path.field(name), ReadProblem.REQUIRED_MISSING.message(Texts.quote(name)));
        }
        return value;
    }

    private @Nullable Long integer(@Nullable JsonNode node, JsonPath path, boolean nullable) {
        if (node == null || (node.isNull() && nullable)) {
            return null;
        }
        if (!node.isIntegralNumber()) {
            add(path, (nullable ? ReadProblem.WRONG_TYPE_OR_NULL : ReadProblem.WRONG_TYPE).message(
                    ReadProblem.TYPE_INTEGER.message(), Texts.jsonType(node)));
            return null;
        }
        BigInteger value = node.bigIntegerValue();
        if (value.bitLength() >= Long.SIZE) {
            add(path, ReadProblem.INTEGER_OUT_OF_RANGE.message(Integer.MIN_VALUE, Integer.MAX_VALUE));
            return null;
        }
        return value.longValue();
    }
}
