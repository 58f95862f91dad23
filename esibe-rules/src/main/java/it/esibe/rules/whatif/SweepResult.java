package it.esibe.rules.whatif;

import it.esibe.core.decision.Outcome;
import it.esibe.core.model.Track;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link Sweep} found: the outcome counts at each point, and, for a sweep of one parameter,
 * the applicants whose outcome changes between two values with the exact values where it does.
 *
 * <p>A sweep of one parameter has a point at each value of its grid and, where the parameter is an
 * amount, share or staff figure, at each breakpoint: the last value with the old outcome and the
 * first with the new, one step of the parameter's precision apart (a cent, a ten-thousandth, a
 * hundredth of a work unit). So a plot of the counts steps where applicants really change, not at
 * the next value of the grid. A sweep of two parameters has a point at each pair of grid values,
 * row by row ({@link #points()} in the order of the first parameter, then the second).
 *
 * <p>Thread-safety: immutable, and safe to share between threads.
 *
 * @param ruleset the id of the ruleset whose parameters were varied
 * @param axes the parameters varied, one or two
 * @param total how many applications were decided at every point
 * @param points the points, in increasing order of the parameter (of the first, then the second)
 * @param flips the changes of outcome, in the order the applications came, at most the sweep's
 *     {@code maxFlips}; always empty for two parameters
 * @param flipsLeftOut how many changes of outcome were found beyond those listed
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record SweepResult(String ruleset, List<Sweep.Axis> axes, long total, List<Point> points, List<Flip> flips,
        long flipsLeftOut) {

    /**
     * Copies the lists.
     *
     * @param ruleset the ruleset's id
     * @param axes the parameters varied
     * @param total how many applications were decided
     * @param points the points
     * @param flips the changes of outcome listed
     * @param flipsLeftOut how many more there were
     */
    public SweepResult {
        Objects.requireNonNull(ruleset, "ruleset");
        axes = List.copyOf(axes);
        points = List.copyOf(points);
        flips = List.copyOf(flips);
    }

    /**
     * The outcome counts at one value of the parameters.
     *
     * @param values the parameters' values, one per axis
     * @param grid whether the point is on the grid (else it is a breakpoint)
     * @param outcomes how many applications had each outcome; every outcome is a key
     * @param eligible how many admitted applications each track has; every track is a key
     * @since 0.1.0
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public record Point(List<BigDecimal> values, boolean grid, Map<Outcome, Long> outcomes, Map<Track, Long> eligible) {

        /**
         * Copies the values and maps.
         *
         * @param values the parameters' values
         * @param grid whether the point is on the grid
         * @param outcomes the count per outcome
         * @param eligible the admitted per track
         */
        public Point {
            values = List.copyOf(values);
            outcomes = Collections.unmodifiableMap(new EnumMap<>(outcomes));
            eligible = Collections.unmodifiableMap(new EnumMap<>(eligible));
        }

        /** {@return the value of the first parameter} */
        public BigDecimal value() {
            return values.get(0);
        }

        /**
         * How many applications had {@code outcome} here.
         *
         * @param outcome an outcome
         * @return the count
         */
        public long count(Outcome outcome) {
            return outcomes.getOrDefault(outcome, 0L);
        }

        /** {@return how many applications were admitted here, all tracks together} */
        public long admitted() {
            return count(Outcome.ELIGIBLE);
        }
    }

    /**
     * An application whose outcome changes between two values of the parameter, raising it.
     *
     * @param applicationId the application's id, when it could be read
     * @param track its track, when it could be read
     * @param below the last value with the old outcome
     * @param above the first value with the new outcome: {@code below} plus one step of the
     *     parameter's precision when {@code exact}, else the next value of the grid
     * @param before the outcome up to {@code below}
     * @param after the outcome from {@code above}
     * @param exact whether the values are the exact breakpoint (false for a parameter without a
     *     precision, or beyond the sweep's {@code maxBreakpoints})
     * @since 0.1.0
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public record Flip(@Nullable String applicationId, @Nullable Track track, BigDecimal below, BigDecimal above,
            Outcome before, Outcome after, boolean exact) {

        /**
         * Rejects missing values.
         *
         * @param applicationId the application's id, or null
         * @param track its track, or null
         * @param below the last value with the old outcome
         * @param above the first value with the new outcome
         * @param before the old outcome
         * @param after the new outcome
         * @param exact whether the values are the exact breakpoint
         */
        public Flip {
            Objects.requireNonNull(below, "below");
            Objects.requireNonNull(above, "above");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }
    }

    /** {@return the points on the grid only, without the breakpoints} */
    public List<Point> gridPoints() {
        return points.stream().filter(Point::grid).toList();
    }
}
