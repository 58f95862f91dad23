package it.esibe.core.decision;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One fact of the application a criterion read, or one a way to eligibility asks for: where it is
 * in the application JSON, and its value.
 *
 * <p>The path is written as the format's violations write theirs: {@code developmentStage},
 * {@code fiscalYears[0].rdExpenditure}, {@code ownership.holders[1].turnover}; an element is named
 * by its index when it exists. A fiscal year the application lacks has no index: its facts are
 * named {@code fiscalYears[year=2024].rdExpenditure}, so that a portal knows which year to ask for
 * (see {@link it.esibe.core.spi.CriterionContext#fiscalYearPath(int, String)}).
 *
 * <p>The value is a JSON scalar in one canonical form: a {@link java.math.BigDecimal} without
 * trailing fractional zeros for every number ({@code 2500000}, {@code 38.5}), a {@link String} for
 * text, dates (ISO) and codes ({@code PRECLINICAL}), or a {@link Boolean}. A fact is present in the
 * application with this very value; an absent field is never a fact used (it is a missing fact of
 * an {@code UNKNOWN} result, or it counted as the rules say, as an absent grant counts as 0).
 *
 * <p>Thread-safety: immutable.
 *
 * @param path the JSON path in the application, not empty
 * @param value the value, a {@code BigDecimal}, {@code String} or {@code Boolean}
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Fact(String path, Object value) {

    /**
     * Checks the path and puts the value in canonical form.
     *
     * @param path the JSON path, not empty
     * @param value a number ({@code BigDecimal}, {@code Integer}, {@code Long}), a {@code String}, a
     *     {@code LocalDate}, an enum constant or a {@code Boolean}
     * @throws IllegalArgumentException if the path is empty or the value of another type
     */
    public Fact {
        Objects.requireNonNull(path, "path");
        if (path.isEmpty()) {
            throw new IllegalArgumentException("a fact needs a path");
        }
        value = Scalars.of(value);
    }

    /**
     * The fact at {@code path} with {@code value}.
     *
     * @param path the JSON path, such as {@code fiscalYears[0].rdExpenditure}
     * @param value a number, text, date, enum constant or boolean
     * @return the fact
     */
    public static Fact of(String path, Object value) {
        return new Fact(path, value);
    }
}
