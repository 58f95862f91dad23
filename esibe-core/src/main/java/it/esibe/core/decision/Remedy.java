package it.esibe.core.decision;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * A machine-readable way out of a failed criterion, such as the amount still missing to a threshold.
 *
 * <p>Values are named amounts in EUR; the JSON form is an object of those names
 * (ESIBE-FORMAT-v1: {@code "remedy": { "missingAmount": 350000.00 }}). Names are kept sorted so
 * the output is deterministic.
 *
 * <p>Thread-safety: immutable (its map is an unmodifiable copy), and safe to share between threads.
 *
 * @param values named amounts, at least one
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Remedy(Map<String, BigDecimal> values) {

    /**
     * The name of the amount missing to reach a threshold; for ESIBE-RD-ITALY, the R&amp;D to move
     * from abroad to Italy with the total unchanged.
     */
    public static final String MISSING_AMOUNT = "missingAmount";

    /**
     * The name of the amount of new spending that reaches a threshold when the total grows by it: for
     * ESIBE-RD-ITALY, the new R&amp;D to spend in Italy (ESIBE spec v1.1).
     */
    public static final String ADDITIONAL_AMOUNT = "additionalAmount";

    /**
     * Copies and sorts the values; rejects an empty remedy.
     *
     * @param values named amounts in EUR, at least one
     */
    public Remedy {
        Objects.requireNonNull(values, "values");
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a remedy needs at least one value");
        }
        values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    /**
     * A remedy naming the amount missing to a threshold.
     *
     * @param amount the missing amount in EUR
     * @return the remedy
     */
    public static Remedy missingAmount(BigDecimal amount) {
        return new Remedy(Map.of(MISSING_AMOUNT, amount));
    }

    /** {@return the amount missing to the threshold, if this remedy names one} */
    public Optional<BigDecimal> missingAmount() {
        return Optional.ofNullable(values.get(MISSING_AMOUNT));
    }

    /** {@return the new spending that reaches the threshold with the total grown by it, if this remedy names one} */
    public Optional<BigDecimal> additionalAmount() {
        return Optional.ofNullable(values.get(ADDITIONAL_AMOUNT));
    }
}
