package it.esibe.io.internal;

import com.fasterxml.jackson.databind.JsonNode;
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
import it.esibe.io.ReadLimits;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * Walks a JSON tree by hand along the ESIBE-FORMAT-v1 field table and builds an {@link Application},
 * collecting every structural problem with its path instead of stopping at the first.
 *
 * <p>Only what JSON typing and structure need is checked here: unknown properties (whatever their
 * value, {@code null} included), JSON types, required properties, enumerations, the date form,
 * integers, {@code null} array elements, the size of lists and the limits of numbers (through the
 * same {@link NumberReader} as the parser, for trees built by an embedder). The semantic rules
 * (ranges, VAT number, decimals, uniqueness …) are the evaluator's Jakarta Validation. An unreadable
 * value becomes {@code null} in the record, and an unreadable array element stays in its list as
 * {@code null}, so that the evaluator's paths keep the element indexes of the input. A path the
 * parser already reported (a number too large to hold, a duplicated property …) is not reported
 * again ({@link Problems}).
 *
 * <p>One instance reads one record; it is not thread-safe and not reused.
 */
public final class ApplicationTreeReader extends TypedTreeReader {

    static final List<String> APPLICATION = List.of("schemaVersion", "applicationId", "submittedOn", "company",
            "track", "developmentStage", "fiscalYears", "patents", "programs", "ownership");
    static final List<String> COMPANY = List.of("name", "vatNumber", "legalSeat", "headquarters");
    static final List<String> LOCATION = List.of("country", "region", "city");
    static final List<String> FISCAL_YEAR = List.of("year", "rdExpenditure", "rdExpenditureItaly",
            "euInternationalGrants", "staffHeadcount", "turnover", "balanceSheetTotal");
    static final List<String> PATENT = List.of("number", "holding", "status", "expiresOn", "licenceExpiresOn");
    static final List<String> PROGRAM = List.of("title", "technology", "priorities");
    static final List<String> OWNERSHIP = List.of("holders", "participations");
    static final List<String> HOLDER = List.of("name", "type", "capitalShare", "votingShare", "staffHeadcount",
            "turnover", "balanceSheetTotal", "group");
    /** No {@code type}: a participation is always an enterprise (ESIBE-FORMAT-v1 as of v1.1). */
    static final List<String> PARTICIPATION = List.of("name", "capitalShare", "votingShare", "staffHeadcount",
            "turnover", "balanceSheetTotal");

    private final ReadLimits limits;
    private final NumberReader numbers;

    private ApplicationTreeReader(ReadLimits limits, Problems problems) {
        super(problems);
        this.limits = limits;
        this.numbers = new NumberReader(limits);
    }

    /**
     * Reads one record's tree.
     *
     * @param record the record, of any JSON type
     * @param problems what earlier stages (parser, CSV cells) found in it; this reader adds its own
     * @param exactSha256 the hash of the record's canonical JSON, used when the tree holds the record
     *     exactly
     * @param rawSha256 the hash of the record's raw bytes, used when an earlier stage could not hold
     *     a value of it ({@link Problems#exact()})
     */
    public static ReadResult read(JsonNode record, Problems problems, ReadLimits limits,
            java.util.function.Supplier<String> exactSha256, java.util.function.Supplier<String> rawSha256) {
        ApplicationTreeReader reader = new ApplicationTreeReader(limits, problems);
        String sha256 = problems.exact() ? exactSha256.get() : rawSha256.get();
        if (!record.isObject()) {
            problems.add(JsonPath.ROOT, ReadProblem.NOT_AN_OBJECT, Texts.jsonType(record));
            return new ReadResult(null, problems.violations(), null, sha256);
        }
        JsonNode id = record.get("applicationId");
        String applicationId = id != null && id.isTextual() ? id.textValue() : null;
        Application application = reader.application(record);
        return new ReadResult(application, problems.violations(), applicationId, sha256);
    }

    private Application application(JsonNode o) {
        JsonPath root = JsonPath.ROOT;
        unknown(o, root, APPLICATION);
        return new Application(
                integer(required(o, root, "schemaVersion"), root.field("schemaVersion")),
                string(required(o, root, "applicationId"), root.field("applicationId"), false),
                date(required(o, root, "submittedOn"), root.field("submittedOn"), false),
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
                string(required(o, path, "name"), path.field("name"), false),
                string(optional(o, "vatNumber"), path.field("vatNumber"), false),
                object(required(o, path, "legalSeat"), path.field("legalSeat"), this::location),
                object(required(o, path, "headquarters"), path.field("headquarters"), this::location));
    }

    private Location location(JsonNode o, JsonPath path) {
        unknown(o, path, LOCATION);
        return new Location(
                string(required(o, path, "country"), path.field("country"), false),
                string(optional(o, "region"), path.field("region"), false),
                string(optional(o, "city"), path.field("city"), false));
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
                string(required(o, path, "number"), path.field("number"), false),
                enumeration(required(o, path, "holding"), path.field("holding"), PatentHolding.values()),
                enumeration(required(o, path, "status"), path.field("status"), PatentStatus.values()),
                date(optional(o, "expiresOn"), path.field("expiresOn"), false),
                date(optional(o, "licenceExpiresOn"), path.field("licenceExpiresOn"), false));
    }

    private Program program(JsonNode o, JsonPath path) {
        unknown(o, path, PROGRAM);
        JsonNode priorities = required(o, path, "priorities");
        return new Program(
                string(optional(o, "title"), path.field("title"), false),
                string(required(o, path, "technology"), path.field("technology"), false),
                // A present but unreadable list stays null, like a missing one: both are reported.
                priorities == null || !priorities.isArray()
                        ? nullList(priorities, path.field("priorities"))
                        : list(priorities, path.field("priorities"), (n, p) -> string(n, p, false)));
    }

    private @Nullable List<String> nullList(@Nullable JsonNode node, JsonPath path) {
        if (node != null) {
            wrongType(node, path, ReadProblem.TYPE_ARRAY);
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
        unknown(o, path, HOLDER);
        return new Holder(
                string(optional(o, "name"), path.field("name"), false),
                enumeration(required(o, path, "type"), path.field("type"), HolderType.values()),
                decimal(required(o, path, "capitalShare"), path.field("capitalShare")),
                decimal(optional(o, "votingShare"), path.field("votingShare")),
                decimal(optional(o, "staffHeadcount"), path.field("staffHeadcount")),
                decimal(optional(o, "turnover"), path.field("turnover")),
                decimal(optional(o, "balanceSheetTotal"), path.field("balanceSheetTotal")),
                string(optional(o, "group"), path.field("group"), false));
    }

    private Participation participation(JsonNode o, JsonPath path) {
        unknown(o, path, PARTICIPATION);
        return new Participation(
                string(optional(o, "name"), path.field("name"), false),
                decimal(required(o, path, "capitalShare"), path.field("capitalShare")),
                decimal(optional(o, "votingShare"), path.field("votingShare")),
                decimal(optional(o, "staffHeadcount"), path.field("staffHeadcount")),
                decimal(optional(o, "turnover"), path.field("turnover")),
                decimal(optional(o, "balanceSheetTotal"), path.field("balanceSheetTotal")));
    }

    // ---------------------------------------------------------------- structure

    /** The value of a required property, or {@code null} (reported) when it is absent or JSON null. */
    private @Nullable JsonNode required(JsonNode o, JsonPath path, String name) {
        JsonNode value = optional(o, name);
        if (value == null) {
            problems.add(path.field(name), o.has(name) ? ReadProblem.REQUIRED_NULL : ReadProblem.REQUIRED_MISSING,
                    Texts.quote(name));
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
            wrongType(node, path, ReadProblem.TYPE_OBJECT);
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
            wrongType(node, path, ReadProblem.TYPE_ARRAY);
            return out;
        }
        if (node.size() > limits.maxItemsPerList()) {
            problems.add(path, ReadProblem.TOO_MANY_ITEMS, node.size(), limits.maxItemsPerList());
            return out;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            JsonPath itemPath = path.index(i);
            if (item.isNull()) {
                problems.add(itemPath, ReadProblem.NULL_ELEMENT);
                out.add(null);
            } else {
                out.add(element.apply(item, itemPath));
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- values

    /** A JSON integer that fits an {@code int}; {@code 1.0} and {@code 1e0} are not integers. */
    private @Nullable Integer integer(@Nullable JsonNode node, JsonPath path) {
        if (node == null) {
            return null;
        }
        if (!node.isNumber()) {
            wrongType(node, path, ReadProblem.TYPE_INTEGER);
            return null;
        }
        if (!node.isIntegralNumber()) {
            problems.add(path, ReadProblem.INTEGER_EXPECTED);
            return null;
        }
        BigInteger value = node.bigIntegerValue();
        if (value.bitLength() >= Integer.SIZE) {
            problems.add(path, ReadProblem.INTEGER_OUT_OF_RANGE, Integer.MIN_VALUE, Integer.MAX_VALUE);
            return null;
        }
        return value.intValue();
    }

    /**
     * An amount, share or headcount: a JSON integer or decimal, exactly, within the limits of the
     * {@link NumberReader} (numbers parsed from text were judged there already).
     */
    private @Nullable BigDecimal decimal(@Nullable JsonNode node, JsonPath path) {
        if (node == null) {
            return null;
        }
        if (!node.isNumber()) {
            wrongType(node, path, ReadProblem.TYPE_NUMBER);
            return null;
        }
        BigDecimal value;
        if (node.isIntegralNumber()) {
            value = new BigDecimal(node.bigIntegerValue());
        } else if (node.isBigDecimal()) {
            value = node.decimalValue();
        } else {
            // Only a tree built by an embedder holds doubles; JSON itself has no NaN or Infinity.
            double d = node.doubleValue();
            if (!Double.isFinite(d)) {
                problems.add(path, ReadProblem.NOT_FINITE);
                return null;
            }
            value = node.isFloat() ? new BigDecimal(Float.toString(node.floatValue())) : BigDecimal.valueOf(d);
        }
        NumberReader.Literal broken = numbers.check(value);
        if (broken != null) {
            problems.add(path, java.util.Objects.requireNonNull(broken.problem()), broken.args());
            return null;
        }
        return numbers.normalised(value);
    }
}
