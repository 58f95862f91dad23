package it.esibe.io;

import it.esibe.core.InvalidInputException;
import it.esibe.core.decision.Decision;
import it.esibe.io.internal.DecisionCodec;
import org.apiguardian.api.API;

/**
 * Decisions as ESIBE-FORMAT-v1 decision JSON: one decision, one line.
 *
 * <p>The output is deterministic (same decision, same bytes) with fields in this order:
 * {@code applicationId} (string or null), {@code outcome}, {@code ruleset}, {@code referenceDate}
 * (ISO {@code YYYY-MM-DD} or null), {@code referenceYear} (or null), {@code criteria} (each
 * {@code id}, {@code result}, {@code message} {@code {it, en}}, {@code citation}, and {@code remedy}
 * only when the criterion has one: an object of its named amounts with exactly 2 decimals, such as
 * {@code {"missingAmount":350000.00}}), {@code violations} (each {@code {path, message}}),
 * {@code inputSha256} (or null), and last, only when the decision has a position, {@code line},
 * {@code row} or {@code index} ({@link it.esibe.core.decision.RecordPosition.Kind#field()}) with
 * its number. The text has no line end and no raw line break (JSON escapes them), so it is one line
 * of JSON Lines as it is.
 *
 * <p>Because remedy amounts are written with 2 decimals, a decision read back equals the one written
 * only if its remedy amounts already had scale 2 ({@code BigDecimal.equals} compares scale).
 *
 * <p>Thread-safety: stateless, and safe to use from any thread.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class DecisionJson {

    private DecisionJson() {
    }

    /**
     * {@code decision} as one line of JSON, without line end.
     *
     * @param decision the decision to write
     * @return the JSON text, the same for equal decisions
     */
    public static String write(Decision decision) {
        return DecisionCodec.write(decision);
    }

    /**
     * Reads back a decision written by {@link #write}, strictly: unknown or missing fields, wrong
     * types, an unknown outcome or verdict, and criteria or violations that contradict the outcome
     * are all rejected.
     *
     * @param json the JSON text of one decision, as {@link #write} gives it
     * @return the decision
     * @throws InvalidInputException listing every problem with its path, if {@code json} is not a decision
     */
    public static Decision read(String json) {
        return DecisionCodec.read(json);
    }
}
