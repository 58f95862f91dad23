package it.esibe.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.esibe.core.ApplicationRecord;
import it.esibe.core.decision.Violation;
import it.esibe.core.model.Application;
import it.esibe.io.internal.ApplicationTreeReader;
import it.esibe.io.internal.ApplicationTreeWriter;
import it.esibe.io.internal.JsonRecord;
import it.esibe.io.internal.NodeWriter;
import it.esibe.io.internal.Problems;
import it.esibe.io.internal.Sha256;
import it.esibe.io.internal.StrictTreeReader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Reads one ESIBE-FORMAT-v1 application from JSON strictly, and writes one back.
 *
 * <p>Reading never throws for bad input: every problem becomes a {@link Violation} with its JSON
 * path ({@code company.legalSeat.country}, {@code fiscalYears[0].rdExpenditure}, {@code ""} for the
 * record as a whole) in the returned {@link ApplicationRecord} (without position), and the
 * application is built as far as it can be, with {@code null} for unreadable values. Checked here: valid UTF-8 and JSON syntax, one
 * value only, the {@link ReadLimits} (a string, name, number or nesting over its limit is a violation
 * at its path and the rest is read), duplicate properties (neither value is read), unknown
 * properties (whatever their value, {@code null} included), JSON types, required properties,
 * enumerations, {@code YYYY-MM-DD} dates that exist, integers written as integers, {@code null} array
 * elements. Not checked here: the semantic rules of the format table (ranges, VAT number, number of
 * decimals, uniqueness …), which the evaluator validates; so pass the result to
 * {@link it.esibe.core.ApplicationEvaluator#evaluate(ApplicationRecord)}. Messages are the reader's own (docs/JSON-SCHEMA.md), and at most
 * {@link ReadLimits#maxViolationsPerRecord()} are listed.
 *
 * <p>Numbers are read exactly (never through {@code double}): amounts keep their scale, so
 * {@code 2500000.00} reads as {@code BigDecimal("2500000.00")}; a zero is zero whatever its exponent.
 * A number beyond the digit limits is a violation that says which limit it breaks ("number too
 * large" for the magnitude, "too many decimals" for {@code 1e-400}), found without expanding it.
 * JSON {@code null} for an optional property means absent.
 *
 * <p>Thread-safety: immutable, and safe to share between threads: build one instance and share it.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class ApplicationJson {

    private static final ApplicationJson DEFAULT = new ApplicationJson(ReadLimits.DEFAULTS);

    private final ReadLimits limits;

    private ApplicationJson(ReadLimits limits) {
        this.limits = limits;
    }

    /**
     * A reader with {@link ReadLimits#DEFAULTS}.
     *
     * @return the shared default reader
     */
    public static ApplicationJson reader() {
        return DEFAULT;
    }

    /**
     * A reader enforcing {@code limits}.
     *
     * @param limits the limits every read enforces
     * @return a reader; the shared default one when {@code limits} equals {@link ReadLimits#DEFAULTS}
     */
    public static ApplicationJson reader(ReadLimits limits) {
        return limits.equals(ReadLimits.DEFAULTS) ? DEFAULT : new ApplicationJson(Objects.requireNonNull(limits));
    }

    /**
     * The limits this reader enforces.
     *
     * @return the limits
     */
    public ReadLimits limits() {
        return limits;
    }

    /**
     * Reads one application from JSON text.
     *
     * <p>{@link ReadLimits#maxRecordBytes()} is not applied here: the caller already holds the text.
     * Text that is not one JSON value gives no application and a violation at path {@code ""}; its
     * hash is that of its UTF-8 bytes.
     *
     * @param json the JSON text of one application
     * @return the application as far as it could be read, its structural violations and its hash
     */
    public ApplicationRecord read(String json) {
        return JsonRecord.read(json, StrictTreeReader.Origin.TEXT, limits,
                () -> Sha256.hex(json.getBytes(StandardCharsets.UTF_8))).record().build();
    }

    /**
     * Reads one application from UTF-8 bytes. Bytes that are not valid UTF-8 are not decoded with
     * replacement characters (that would alter the evidence): they give no application and a violation.
     * A leading byte order mark is not accepted; strip it first if your source may have one.
     *
     * @param utf8 the UTF-8 encoded JSON of one application; not modified
     * @return the application as far as it could be read, its structural violations and its hash
     */
    public ApplicationRecord read(byte[] utf8) {
        return JsonRecord.read(utf8, utf8.length, StrictTreeReader.Origin.TEXT, limits).record().build();
    }

    /**
     * Reads one application from a Jackson tree already parsed by the caller. Only the tree is
     * judged: duplicate properties, number syntax and the size limits of the text are the parser's
     * business, so parse with {@code USE_BIG_DECIMAL_FOR_FLOATS} and without stripping trailing
     * zeros if amounts must keep their scale. The digit limits of numbers and the list limit apply.
     *
     * @param tree the parsed JSON of one application; not modified
     * @return the application as far as it could be read, its structural violations and the hash of
     *     the tree's canonical JSON
     * @throws IllegalArgumentException if the tree holds a node that is not JSON data (a POJO node)
     */
    public ApplicationRecord read(JsonNode tree) {
        return ApplicationTreeReader.read(tree, new Problems(limits.maxViolationsPerRecord()), limits,
                () -> CanonicalJson.sha256(tree), () -> CanonicalJson.sha256(tree)).record().build();
    }

    /**
     * {@code application} as compact ESIBE-FORMAT-v1 JSON, on one line (ready for JSON Lines),
     * properties in the format's order. Absent ({@code null}) values are left out; lists and
     * {@code ownership} are always written. Reading the text back gives an equal application, even
     * for an invalid one.
     *
     * @param application the application to write, valid or not
     * @return the JSON text, without line end
     */
    public static String write(Application application) {
        return NodeWriter.toJson(toTree(application), false);
    }

    /**
     * {@code application} as a Jackson tree, as {@link #write} writes it.
     *
     * @param application the application to convert, valid or not
     * @return a new mutable tree each call, which the caller may change
     */
    public static ObjectNode toTree(Application application) {
        return ApplicationTreeWriter.tree(application);
    }
}
