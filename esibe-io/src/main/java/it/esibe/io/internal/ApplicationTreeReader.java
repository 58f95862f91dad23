package it.esibe.io.internal;

import com.fasterxml.jackson.databind.JsonNode;
import it.esibe.core.format.ApplicationFormat;
import it.esibe.core.format.FieldFormat;
import it.esibe.core.format.FieldType;
import it.esibe.core.format.ObjectFormat;
import it.esibe.core.model.Application;
import it.esibe.io.ReadLimits;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Walks a JSON tree along the declaration of the format ({@link ApplicationFormat}) and builds an
 * {@link Application}, collecting every structural problem with its path instead of stopping at
 * the first: which properties exist, which are required and how each value is read all come from
 * the declaration, and each object is built by its record's constructor ({@link ModelBinding}).
 *
 * <p>Only what JSON typing and structure need is checked here: unknown properties (whatever their
 * value, {@code null} included), JSON types, required properties, enumerations, the date form,
 * integers, {@code null} array elements, the size of lists and the limits of numbers (through the
 * same {@link NumberReader} as the parser, for trees built by an embedder). The semantic rules
 * (ranges, VAT number, decimals, uniqueness …) are the evaluator's Jakarta Validation. An unreadable
 * value becomes {@code null} in the record, and an unreadable array element stays in its list as
 * {@code null}, so that the evaluator's paths keep the element indexes of the input. A list that is
 * absent or not an array is {@code null} (an optional one is then empty in the model). A path the
 * parser already reported (a number too large to hold, a duplicated property …) is not reported
 * again ({@link Problems}).
 *
 * <p>One instance reads one record; it is not thread-safe and not reused.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class ApplicationTreeReader extends TypedTreeReader {

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
            Supplier<String> exactSha256, Supplier<String> rawSha256) {
        ApplicationTreeReader reader = new ApplicationTreeReader(limits, problems);
        String sha256 = problems.exact() ? exactSha256.get() : rawSha256.get();
        if (!record.isObject()) {
            problems.add(JsonPath.ROOT, ReadProblem.NOT_AN_OBJECT, Texts.jsonType(record));
            return new ReadResult(null, problems.violations(), null, sha256);
        }
        JsonNode id = record.get("applicationId");
        String applicationId = id != null && id.isTextual() ? id.textValue() : null;
        Application application = (Application) reader.declared(record, JsonPath.ROOT, ApplicationFormat.root());
        return new ReadResult(application, problems.violations(), applicationId, sha256);
    }

    /** The object {@code o} as {@code format} declares it: its fields read in order, its record built. */
    private Object declared(JsonNode o, JsonPath path, ObjectFormat format) {
        unknown(o, path, format.names());
        List<FieldFormat> fields = format.fields();
        Object[] values = new Object[fields.size()];
        for (int i = 0; i < values.length; i++) {
            FieldFormat f = fields.get(i);
            JsonNode node = f.isRequired() ? required(o, path, f.name()) : optional(o, f.name());
            values[i] = value(node, path.field(f.name()), f);
        }
        return ModelBinding.of(format).build(values);
    }

    /** The value of field {@code f}, read by its type; {@code null} when absent or unreadable (reported). */
    private @Nullable Object value(@Nullable JsonNode node, JsonPath path, FieldFormat f) {
        switch (f.type()) {
            case STRING:
                return string(node, path, false);
            case DATE:
                return date(node, path, false);
            case ENUM:
                return enumeration(node, path, f.enumType().orElseThrow().getEnumConstants());
            case INTEGER:
                return integer(node, path);
            case AMOUNT:
            case SHARE:
            case STAFF:
                return decimal(node, path);
            case OBJECT:
                ObjectFormat format = f.object().orElseThrow();
                return object(node, path, (n, p) -> declared(n, p, format));
            case LIST:
                // An absent list and one that is no array are both null: reported, or empty in the model.
                if (node == null || !node.isArray()) {
                    return nullList(node, path);
                }
                if (f.itemType().orElseThrow() == FieldType.STRING) {
                    return list(node, path, (n, p) -> string(n, p, false));
                }
                ObjectFormat items = f.object().orElseThrow();
                return list(node, path, (n, p) -> object(n, p, (m, q) -> declared(m, q, items)));
            default:
                throw new IllegalStateException("no reading of " + f.type());
        }
    }

    private @Nullable List<Object> nullList(@Nullable JsonNode node, JsonPath path) {
        if (node != null) {
            wrongType(node, path, ReadProblem.TYPE_ARRAY);
        }
        return null;
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
     * read stays in the list as {@code null}, so that later elements keep their input index; a list
     * over {@link ReadLimits#maxItemsPerList()} is reported and read as empty.
     */
    private <T> List<@Nullable T> list(JsonNode array, JsonPath path,
            BiFunction<JsonNode, JsonPath, @Nullable T> element) {
        JsonNode node = array;
        List<@Nullable T> out = new ArrayList<>();
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
