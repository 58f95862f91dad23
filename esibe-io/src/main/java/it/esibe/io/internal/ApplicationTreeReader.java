package it.esibe.io.internal;

import com.fasterxml.jackson.databind.JsonNode;
import it.esibe.core.decision.Violation;
import it.esibe.core.model.Application;
import it.esibe.core.model.Company;
import it.esibe.core.model.DevelopmentStage;
import it.esibe.core.model.FiscalYear;
import it.esibe.core.model.Holder;
import it.esibe.core.model.HolderType;
import it.esibe.core.model.Location;
import it.esibe.core.model.Ownership;
import it.esibe.core.model.Participation;
import it.esibe.core.model.Patent;
import it.esibe.core.model.PatentHolding;
import it.esibe.core.model.PatentStatus;
import it.esibe.core.model.Program;
import it.esibe.core.model.Track;
import it.esibe.io.ApplicationRead;
import it.esibe.io.ReadLimits;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Walks a JSON tree by hand along the ESIBE-FORMAT-v1 field table and builds an {@link Application},
 * collecting every structural problem with its path instead of stopping at the first.
 *
 * <p>Only what JSON typing and structure need is checked here: unknown properties, JSON types,
 * required properties, enumerations, the date form, integers, {@code null} array elements and the
 * size of numbers. The semantic rules (ranges, VAT number, decimals, uniqueness …) are the
 * evaluator's Jakarta Validation. An unreadable value becomes {@code null} in the record, and an
 * unreadable array element stays in its list as {@code null}, so that the evaluator's paths keep
 * the element indexes of the input.
 *
 * <p>One instance reads one record; it is not thread-safe and not reused.
 */
public final class ApplicationTreeReader {

    static final List<String> APPLICATION = List.of("schemaVersion", "applicationId", "submittedOn", "company",
            "track", "developmentStage", "fiscalYears", "patents", "programs", "ownership");
    static final List<String> COMPANY = List.of("name", "vatNumber", "legalSeat", "headquarters");
    static final List<String> LOCATION = List.of("country", "region", "city");
    static final List<String> FISCAL_YEAR = List.of("year", "rdExpenditure", "rdExpenditureItaly",
            "euInternationalGrants", "staffHeadcount", "turnover", "balanceSheetTotal");
    static final List<String> PATENT = List.of("number", "holding", "status", "expiresOn", "licenceExpiresOn");
    static final List<String> PROGRAM = List.of("title", "technology", "priorities");
    static final List<String> OWNERSHIP = List.of("holders", "participations");
    static final List<String> STAKE = List.of("name", "type", "capitalShare", "votingShare", "staffHeadcount",
            "turnover", "balanceSheetTotal");

    /** The strict date form; {@link LocalDate#parse} alone would also accept {@code +12025-01-01}. */
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private final ReadLimits limits;
    private final List<Violation> violations = new ArrayList<>();

    private ApplicationTreeReader(ReadLimits limits, List<Violation> parseProblems) {
        this.limits = limits;
        violations.addAll(parseProblems);
    }

    /**
     * Reads one record's tree.
     *
     * @param record the record, of any JSON type
     * @param parseProblems problems the parser already found in it (duplicate properties)
     * @param inputSha256 the record's hash
     */
    public static ApplicationRead read(JsonNode record, List<Violation> parseProblems, ReadLimits limits,
            String inputSha256) {
        ApplicationTreeReader reader = new ApplicationTreeReader(limits, parseProblems);
        if (!record.isObject()) {
            reader.violations.add(new Violation("", "not a JSON object: an application is a JSON object, this record is "
                    + Texts.jsonType(record)));
            return new ApplicationRead(null, reader.violations, null, inputSha256);
        }
        JsonNode id = record.get("applicationId");
        String applicationId = id != null && id.isTextual() ? id.textValue() : null;
        Application application = reader.application(record);
        return new ApplicationRead(application, reader.violations, applicationId, inputSha256);
    }

    private Application application(JsonNode o) {
        JsonPath root = JsonPath.ROOT;
        unknown(o, root, APPLICATION);
        return new Application(
                integer(required(o, root, "schemaVersion"), root.field("schemaVersion")),
                string(required(o, root, "applicationId"), root.field("applicationId")),
                date(required(o, root, "submittedOn"), root.field("submittedOn")),
                object(required(o, root, "company"), root.field("company"), this::company),
                enumeration(required(o, root, "track"), root.field("track"), Track.values()),
                enumeration(optional(o, "developmentStage"), root.field("developmentStage"), DevelopmentStage.values()),
                list(optional(o, "fiscalYears"), root.field("fiscalYears"), (n, p) -> object(n, p, this::fiscalYear)),
                list(optional(o, "patents"), root.field("patents"), (n, p) -> object(n, p, this::patent)),
                list(optional(o, "programs"), root.field("programs"), (n, p) -> object(n, p, this::program)),
                object(optional(o, "ownership"), root.field("ownership"), this::ownership));
    }

    private Company company(JsonNode o, JsonPath path) {
        unknown(o, path, COMPANY);
        return new Company(
                string(required(o, path, "name"), path.field("name")),
                string(optional(o, "vatNumber"), path.field("vatNumber")),
                object(required(o, path, "legalSeat"), path.field("legalSeat"), this::location),
                object(required(o, path, "headquarters"), path.field("headquarters"), this::location));
    }

    private Location location(JsonNode o, JsonPath path) {
        unknown(o, path, LOCATION);
        return new Location(
                string(required(o, path, "country"), path.field("country")),
                string(optional(o, "region"), path.field("region")),
                string(optional(o, "city"), path.field("city")));
    }

    private FiscalYear fiscalYear(JsonNode o, JsonPath path) {
        unknown(o, path, FISCAL_YEAR);
        return new FiscalYear(
                integer(optional(o, "year"), path.field("year")),
                decimal(optional(o, "rdExpenditure"), path.field("rdExpenditure")),
                decimal(optional(o, "rdExpenditureItaly"), path.field("rdExpenditureItaly")),
                decimal(optional(o, "euInternationalGrants"), path.field("euInternationalGrants")),
                decimal(optional(o, "staffHeadcount"), path.field("staffHeadcount")),
                decimal(optional(o, "turnover"), path.field("turnover")),
                decimal(optional(o, "balanceSheetTotal"), path.field("balanceSheetTotal")));
    }

    private Patent patent(JsonNode o, JsonPath path) {
        unknown(o, path, PATENT);
        return new Patent(
                string(required(o, path, "number"), path.field("number")),
                enumeration(required(o, path, "holding"), path.field("holding"), PatentHolding.values()),
                enumeration(required(o, path, "status"), path.field("status"), PatentStatus.values()),
                date(optional(o, "expiresOn"), path.field("expiresOn")),
                date(optional(o, "licenceExpiresOn"), path.field("licenceExpiresOn")));
    }

    private Program program(JsonNode o, JsonPath path) {
        unknown(o, path, PROGRAM);
        JsonNode priorities = required(o, path, "priorities");
        return new Program(
                string(optional(o, "title"), path.field("title")),
                string(required(o, path, "technology"), path.field("technology")),
                // A present but unreadable list stays null, like a missing one: both are reported.
                priorities == null || !priorities.isArray()
                        ? nullList(priorities, path.field("priorities"))
                        : list(priorities, path.field("priorities"), this::string));
    }

    private @Nullable List<String> nullList(@Nullable JsonNode node, JsonPath path) {
        if (node != null) {
            wrongType(node, path, "an array");
        }
        return null;
    }

    private Ownership ownership(JsonNode o, JsonPath path) {
        unknown(o, path, OWNERSHIP);
        return new Ownership(
                list(optional(o, "holders"), path.field("holders"), (n, p) -> object(n, p, this::holder)),
                list(optional(o, "participations"), path.field("participations"),
                        (n, p) -> object(n, p, this::participation)));
    }

    private Holder holder(JsonNode o, JsonPath path) {
        unknown(o, path, STAKE);
        return new Holder(
                string(optional(o, "name"), path.field("name")),
                enumeration(required(o, path, "type"), path.field("type"), HolderType.values()),
                decimal(required(o, path, "capitalShare"), path.field("capitalShare")),
                decimal(optional(o, "votingShare"), path.field("votingShare")),
                decimal(optional(o, "staffHeadcount"), path.field("staffHeadcount")),
                decimal(optional(o, "turnover"), path.field("turnover")),
                decimal(optional(o, "balanceSheetTotal"), path.field("balanceSheetTotal")));
    }

    private Participation participation(JsonNode o, JsonPath path) {
        unknown(o, path, STAKE);
        return new Participation(
                string(optional(o, "name"), path.field("name")),
                enumeration(optional(o, "type"), path.field("type"), HolderType.values()),
                decimal(required(o, path, "capitalShare"), path.field("capitalShare")),
                decimal(optional(o, "votingShare"), path.field("votingShare")),
                decimal(optional(o, "staffHeadcount"), path.field("staffHeadcount")),
                decimal(optional(o, "turnover"), path.field("turnover")),
                decimal(optional(o, "balanceSheetTotal"), path.field("balanceSheetTotal")));
    }

    // ---------------------------------------------------------------- structure

    /** Reports every property of {@code o} that is not in {@code allowed}: a typo must not silently drop evidence. */
    private void unknown(JsonNode o, JsonPath path, List<String> allowed) {
        for (Iterator<String> names = o.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                add(path.field(name), "unknown property " + Texts.quote(name) + "; allowed properties here: "
                        + String.join(", ", allowed));
            }
        }
    }

    /** The value of a required property, or {@code null} (reported) when it is absent or JSON null. */
    private @Nullable JsonNode required(JsonNode o, JsonPath path, String name) {
        JsonNode value = optional(o, name);
        if (value == null) {
            add(path.field(name), "required property " + Texts.quote(name) + " is missing"
                    + (o.has(name) ? " (it is null)" : ""));
        }
        return value;
    }

    /** The value of an optional property; JSON null counts as absent. */
    private static @Nullable JsonNode optional(JsonNode o, String name) {
        JsonNode value = o.get(name);
        return value == null || value.isNull() ? null : value;
    }

    private <T> @Nullable T object(@Nullable JsonNode node, JsonPath path, BiFunction<JsonNode, JsonPath, T> reader) {
        if (node == null) {
            return null;
        }
        if (!node.isObject()) {
            wrongType(node, path, "an object");
            return null;
        }
        return reader.apply(node, path);
    }

    /**
     * The elements of an array, each read by {@code element}. An element that is null or cannot be
     * read stays in the list as {@code null}, so that later elements keep their input index.
     */
    private <T> List<@Nullable T> list(@Nullable JsonNode node, JsonPath path,
            BiFunction<JsonNode, JsonPath, @Nullable T> element) {
        List<@Nullable T> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        if (!node.isArray()) {
            wrongType(node, path, "an array");
            return out;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            JsonPath itemPath = path.index(i);
            if (item.isNull()) {
                add(itemPath, "array elements must not be null");
                out.add(null);
            } else {
                out.add(element.apply(item, itemPath));
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- values

    private @Nullable String string(@Nullable JsonNode node, JsonPath path) {
        if (node == null) {
            return null;
        }
        if (!node.isTextual()) {
            wrongType(node, path, "a string");
            return null;
        }
        return node.textValue();
    }

    private <E extends Enum<E>> @Nullable E enumeration(@Nullable JsonNode node, JsonPath path, E[] values) {
        String text = string(node, path);
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

    private @Nullable LocalDate date(@Nullable JsonNode node, JsonPath path) {
        String text = string(node, path);
        if (text == null) {
            return null;
        }
        if (!DATE.matcher(text).matches()) {
            add(path, "must be a date in the form YYYY-MM-DD, got " + Texts.quote(text));
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(5, 7)),
                    Integer.parseInt(text.substring(8, 10)));
        } catch (DateTimeException e) {
            add(path, Texts.quote(text) + " is not a real date");
            return null;
        }
    }

    /** A JSON integer that fits an {@code int}; {@code 1.0} and {@code 1e0} are not integers. */
    private @Nullable Integer integer(@Nullable JsonNode node, JsonPath path) {
        if (node == null) {
            return null;
        }
        if (!node.isNumber()) {
            wrongType(node, path, "an integer number");
            return null;
        }
        if (!node.isIntegralNumber()) {
            add(path, "must be an integer number without decimal point or exponent, got a decimal number");
            return null;
        }
        BigInteger value = node.bigIntegerValue();
        if (value.bitLength() >= Integer.SIZE) {
            add(path, "integer out of range");
            return null;
        }
        return value.intValue();
    }

    /** An amount, share or headcount: a JSON integer or decimal, exactly, within the size limits. */
    private @Nullable BigDecimal decimal(@Nullable JsonNode node, JsonPath path) {
        if (node == null) {
            return null;
        }
        if (!node.isNumber()) {
            wrongType(node, path, "a number");
            return null;
        }
        BigDecimal value;
        if (node.isIntegralNumber()) {
            BigInteger integer = node.bigIntegerValue();
            if (integer.bitLength() > 4 * limits.maxIntegerDigits() + 4) {
                return tooLarge(path);
            }
            value = new BigDecimal(integer);
        } else if (node.isBigDecimal()) {
            value = node.decimalValue();
        } else {
            // Only a tree built by an embedder holds doubles; JSON itself has no NaN or Infinity.
            double d = node.doubleValue();
            if (!Double.isFinite(d)) {
                add(path, "must be a finite number");
                return null;
            }
            value = node.isFloat() ? new BigDecimal(Float.toString(node.floatValue())) : BigDecimal.valueOf(d);
        }
        return withinLimits(value) ? value : tooLarge(path);
    }

    /**
     * Whether {@code value} is within the digit limits. The cheap bit-length test comes first so that
     * a huge unscaled value is never asked its precision.
     */
    private boolean withinLimits(BigDecimal value) {
        long scale = value.scale();
        if (Math.abs(scale) > limits.maxDecimalScale()) {
            return false;
        }
        if (value.unscaledValue().bitLength() > 4 * (limits.maxIntegerDigits() + limits.maxDecimalScale()) + 4) {
            return false;
        }
        return value.signum() == 0 || value.precision() - scale <= limits.maxIntegerDigits();
    }

    private @Nullable BigDecimal tooLarge(JsonPath path) {
        add(path, "number too large: at most " + limits.maxIntegerDigits() + " digits before and "
                + limits.maxDecimalScale() + " after the decimal point are accepted");
        return null;
    }

    private void wrongType(JsonNode node, JsonPath path, String expected) {
        add(path, "must be " + expected + ", got " + Texts.jsonType(node));
    }

    private void add(JsonPath path, String message) {
        violations.add(new Violation(path.toString(), message));
    }
}
