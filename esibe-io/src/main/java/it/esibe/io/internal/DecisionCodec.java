package it.esibe.io.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import it.esibe.core.InvalidInputException;
import it.esibe.core.decision.CriterionResult;
import it.esibe.core.decision.Decision;
import it.esibe.core.decision.EligibilityStep;
import it.esibe.core.decision.Fact;
import it.esibe.core.decision.LocalizedText;
import it.esibe.core.decision.Outcome;
import it.esibe.core.decision.ParameterValue;
import it.esibe.core.decision.RecordPosition;
import it.esibe.core.decision.Remedy;
import it.esibe.core.decision.Verdict;
import it.esibe.core.decision.Violation;
import it.esibe.core.decision.WayToPass;
import it.esibe.core.model.CanonicalNumber;
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
    /**
     * Written after the decision's other fields, each only when not empty, so that decisions without
     * them (and every field before them) read and write exactly as before they existed.
     */
    private static final List<String> EXPLAINED = List.of("missingFacts", "pathToEligibility");
    private static final List<String> CRITERION = List.of("id", "result", "message", "citation", "remedy", "facts",
            "parameters", "missingFacts");
    private static final List<String> FACT = List.of("path", "value");
    private static final List<String> PARAMETER = List.of("name", "value");
    private static final List<String> STEP = List.of("criterion", "citation", "way", "message", "options", "facts");
    private static final List<String> OPTION = List.of("name", "changes");
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
            writeMessage(c.message(), g);
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
            // New parts come last and only when present: the fields before them are written as they always were.
            if (!c.facts().isEmpty()) {
                writeFacts("facts", c.facts(), g);
            }
            if (!c.parameters().isEmpty()) {
                g.writeArrayFieldStart("parameters");
                for (ParameterValue p : c.parameters()) {
                    g.writeStartObject();
                    g.writeStringField("name", p.name());
                    writeScalar("value", p.value(), g);
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            if (!c.missingFacts().isEmpty()) {
                writeStrings("missingFacts", c.missingFacts(), g);
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
        if (!d.missingFacts().isEmpty()) {
            writeStrings("missingFacts", d.missingFacts(), g);
        }
        if (!d.pathToEligibility().isEmpty()) {
            g.writeArrayFieldStart("pathToEligibility");
            for (EligibilityStep step : d.pathToEligibility()) {
                writeStep(step, g);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void writeStep(EligibilityStep step, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("criterion", step.criterion());
        g.writeStringField("citation", step.citation());
        g.writeStringField("way", step.way().kind().name());
        writeMessage(step.way().message(), g);
        if (!step.way().options().isEmpty()) {
            g.writeArrayFieldStart("options");
            for (WayToPass.Option o : step.way().options()) {
                g.writeStartObject();
                g.writeStringField("name", o.name());
                writeFacts("changes", o.changes(), g);
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (!step.facts().isEmpty()) {
            writeStrings("facts", step.facts(), g);
        }
        g.writeEndObject();
    }

    private static void writeMessage(LocalizedText message, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("message");
        g.writeStringField("it", message.it());
        g.writeStringField("en", message.en());
        // Written only when present, so decisions in Italian and English alone are unchanged.
        for (Map.Entry<String, String> other : message.others().entrySet()) {
            g.writeStringField(other.getKey(), other.getValue());
        }
        g.writeEndObject();
    }

    private static void writeFacts(String name, List<Fact> facts, JsonGenerator g) throws IOException {
        g.writeArrayFieldStart(name);
        for (Fact f : facts) {
            g.writeStartObject();
            g.writeStringField("path", f.path());
            writeScalar("value", f.value(), g);
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeStrings(String name, List<String> values, JsonGenerator g) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    /** A fact's or parameter's value: a number in plain notation as the application has it, a text or a boolean. */
    private static void writeScalar(String name, Object value, JsonGenerator g) throws IOException {
        g.writeFieldName(name);
        if (value instanceof BigDecimal d) {
            g.writeNumber(CanonicalNumber.of(d));
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else {
            g.writeString((String) value);
        }
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
        allowed.addAll(EXPLAINED);
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
        List<ReadCriterion> read = list(o.get("criteria"), root.field("criteria"), this::criterion);
        List<EligibilityStep> steps = o.has("pathToEligibility")
                ? list(o.get("pathToEligibility"), root.field("pathToEligibility"), this::step) : List.of();
        List<String> missingFacts = o.has("missingFacts")
                ? list(o.get("missingFacts"), root.field("missingFacts"), this::path) : List.of();
        List<CriterionResult> criteria = read == null || steps == null ? null : results(read, steps);
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
        if (!problems.isEmpty() || outcome == null || ruleset == null || criteria == null || violations == null
                || missingFacts == null) {
            return null;
        }
        try {
            Decision d = Decision.builder().applicationId(applicationId).outcome(outcome).ruleset(ruleset)
                    .rulesetStamp(rulesetVersion, parametersSha256).referenceDate(referenceDate)
                    .referenceYear(referenceYear == null ? null : referenceYear.intValue()).criteria(criteria)
                    .violations(violations).inputSha256(inputSha256).position(position).build();
            // Both are the criteria's, gathered: a decision that says otherwise was not written by this library.
            if (!d.missingFacts().equals(missingFacts)) {
                throw new IllegalArgumentException("missingFacts " + missingFacts + " are not the union of the criteria's, "
                        + d.missingFacts());
            }
            if (!d.pathToEligibility().equals(steps)) {
                throw new IllegalArgumentException("pathToEligibility does not list the blocking criteria with their ways");
            }
            return d;
        } catch (IllegalArgumentException | NullPointerException e) {
            add(root, ReadProblem.DECISION_INCONSISTENT.message(String.valueOf(e.getMessage())));
            return null;
        }
    }

    /** A criterion result as read, still to be given the way to pass that the decision lists with its step. */
    private record ReadCriterion(CriterionResult.Builder builder, String id, Verdict result, LocalizedText message,
            JsonPath path) {
    }

    private @Nullable ReadCriterion criterion(JsonNode o, JsonPath path) {
        if (notAnObject(o, path)) {
            return null;
        }
        unknown(o, path, CRITERION);
        String id = string(required(o, path, "id"), path.field("id"), false);
        Verdict result = enumeration(required(o, path, "result"), path.field("result"), Verdict.values());
        LocalizedText message = message(required(o, path, "message"), path.field("message"));
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
        List<Fact> facts = optionalList(o, path, "facts", this::fact);
        List<ParameterValue> parameters = optionalList(o, path, "parameters", this::parameter);
        List<String> missing = optionalList(o, path, "missingFacts", this::path);
        if (id == null || result == null || message == null || citation == null || facts == null || parameters == null
                || missing == null) {
            return null;
        }
        return new ReadCriterion(CriterionResult.builder().id(id).result(result).message(message).citation(citation)
                .remedy(remedy).facts(facts).parameters(parameters).missingFacts(missing), id, result, message, path);
    }

    /**
     * The results, each with the way of its step: a step whose way a decision gives by itself (the
     * missing facts of a criterion that states none, with its explanation) leaves the result without
     * one, as it was written.
     */
    private @Nullable List<CriterionResult> results(List<ReadCriterion> read, List<EligibilityStep> steps) {
        Map<String, WayToPass> ways = new LinkedHashMap<>();
        for (EligibilityStep step : steps) {
            ways.put(step.criterion(), step.way());
        }
        List<CriterionResult> out = new ArrayList<>();
        for (ReadCriterion c : read) {
            WayToPass way = ways.get(c.id());
            boolean given = way != null
                    && !(way.kind() == WayToPass.Kind.PROVIDE_FACTS && way.message().equals(c.message()));
            try {
                out.add(c.builder().wayToPass(given && c.result() != Verdict.PASS ? way : null).build());
            } catch (IllegalArgumentException e) {
                add(c.path(), ReadProblem.DECISION_INCONSISTENT.message(String.valueOf(e.getMessage())));
            }
        }
        return out.size() == read.size() ? out : null;
    }

    private @Nullable LocalizedText message(@Nullable JsonNode m, JsonPath messagePath) {
        if (m != null && !m.isObject()) {
            add(messagePath, ReadProblem.WRONG_TYPE.message(ReadProblem.TYPE_OBJECT.message(), Texts.jsonType(m)));
        } else if (m != null) {
            String it = string(required(m, messagePath, "it"), messagePath.field("it"), false);
            String en = string(required(m, messagePath, "en"), messagePath.field("en"), false);
            Map<String, String> others = otherLanguages(m, messagePath);
            return it == null || en == null || others == null ? null : new LocalizedText(it, en, others);
        }
        return null;
    }

    private @Nullable EligibilityStep step(JsonNode o, JsonPath path) {
        if (notAnObject(o, path)) {
            return null;
        }
        unknown(o, path, STEP);
        String criterion = string(required(o, path, "criterion"), path.field("criterion"), false);
        String citation = string(required(o, path, "citation"), path.field("citation"), false);
        WayToPass.Kind kind = enumeration(required(o, path, "way"), path.field("way"), WayToPass.Kind.values());
        LocalizedText message = message(required(o, path, "message"), path.field("message"));
        List<WayToPass.Option> options = optionalList(o, path, "options", this::option);
        List<String> facts = optionalList(o, path, "facts", this::path);
        if (criterion == null || citation == null || kind == null || message == null || options == null
                || facts == null) {
            return null;
        }
        try {
            return new EligibilityStep(criterion, citation, new WayToPass(kind, message, options), facts);
        } catch (IllegalArgumentException e) {
            add(path, ReadProblem.DECISION_INCONSISTENT.message(String.valueOf(e.getMessage())));
            return null;
        }
    }

    private WayToPass.@Nullable Option option(JsonNode o, JsonPath path) {
        if (notAnObject(o, path)) {
            return null;
        }
        unknown(o, path, OPTION);
        String name = string(required(o, path, "name"), path.field("name"), false);
        JsonNode changes = required(o, path, "changes");
        List<Fact> facts = changes == null ? null : list(changes, path.field("changes"), this::fact);
        if (name == null || facts == null) {
            return null;
        }
        try {
            return new WayToPass.Option(name, facts);
        } catch (IllegalArgumentException e) {
            add(path, ReadProblem.DECISION_INCONSISTENT.message(String.valueOf(e.getMessage())));
            return null;
        }
    }

    private @Nullable Fact fact(JsonNode o, JsonPath path) {
        if (notAnObject(o, path)) {
            return null;
        }
        unknown(o, path, FACT);
        String at = path(required(o, path, "path"), path.field("path"));
        Object value = scalar(required(o, path, "value"), path.field("value"));
        return at == null || value == null ? null : new Fact(at, value);
    }

    private @Nullable ParameterValue parameter(JsonNode o, JsonPath path) {
        if (notAnObject(o, path)) {
            return null;
        }
        unknown(o, path, PARAMETER);
        String name = string(required(o, path, "name"), path.field("name"), false);
        Object value = scalar(required(o, path, "value"), path.field("value"));
        if (name != null && name.isEmpty()) {
            add(path.field("name"), ReadProblem.DECISION_BLANK_TEXT.message());
            return null;
        }
        return name == null || value == null ? null : new ParameterValue(name, value);
    }

    /** A path of the application JSON: a non-empty string. */
    private @Nullable String path(@Nullable JsonNode node, JsonPath path) {
        String text = string(node, path, false);
        if (text != null && text.isEmpty()) {
            add(path, ReadProblem.DECISION_BLANK_TEXT.message());
            return null;
        }
        return text;
    }

    /** A fact's or parameter's value: a number, a text or a boolean. */
    private @Nullable Object scalar(@Nullable JsonNode node, JsonPath path) {
        if (node == null) {
            return null;
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        add(path, ReadProblem.DECISION_INCONSISTENT.message("a value must be a number, a text or a boolean, not "
                + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT)));
        return null;
    }

    /** The list {@code name} of {@code o}: empty when absent (a decision written before it existed). */
    private <T> @Nullable List<T> optionalList(JsonNode o, JsonPath path, String name, ElementReader<T> reader) {
        JsonNode node = o.get(name);
        return node == null ? List.of() : list(node, path.field(name), reader);
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
        if (notAnObject(o, path)) {
            return null;
        }
        unknown(o, path, VIOLATION);
        String p = string(required(o, path, "path"), path.field("path"), false);
        String message = string(required(o, path, "message"), path.field("message"), false);
        return p == null || message == null ? null : new Violation(p, message);
    }

    /** Whether {@code o} is not a JSON object, reporting it when so. */
    private boolean notAnObject(JsonNode o, JsonPath path) {
        if (o.isObject()) {
            return false;
        }
        add(path, ReadProblem.WRONG_TYPE.message(ReadProblem.TYPE_OBJECT.message(), Texts.jsonType(o)));
        return true;
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
