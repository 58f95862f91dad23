package it.esibe.rules.whatif;

import it.esibe.core.decision.Outcome;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What a {@link Comparison} found over a whole call: for each ruleset after the baseline, the
 * transition matrix of outcomes and the counts per track, region and national priority; and how many
 * applicants nothing changed for.
 *
 * <p>Groups are keyed by the track's name ({@code PRECISION_MEDICINE}), the region as written, and
 * the priority code; {@link #NOT_GIVEN} collects the applicants whose track or region could not be
 * read or was not given. At most {@link Comparison#MAX_GROUPS} regions and priorities are counted on
 * their own, the first met; the rest are counted together under {@link #OTHERS}, so that the
 * summary stays small whatever the call. An applicant counts in each of its priorities, and in none
 * when it has none.
 *
 * <p>Thread-safety: immutable, and safe to share between threads.
 *
 * @param baseline the baseline ruleset's id
 * @param total how many applications were compared
 * @param unaffected how many had the same outcome and the same result of every criterion under every
 *     ruleset
 * @param impacts one per ruleset after the baseline, in the comparison's order
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ComparisonSummary(String baseline, long total, long unaffected, List<Impact> impacts) {

    /** The group key of applicants whose track or region is unknown. */
    public static final String NOT_GIVEN = "";
    /** The group key of the regions or priorities beyond the first {@link Comparison#MAX_GROUPS}. */
    public static final String OTHERS = "*";

    /**
     * Copies the list.
     *
     * @param baseline the baseline ruleset's id
     * @param total how many applications were compared
     * @param unaffected how many nothing changed for
     * @param impacts one per ruleset after the baseline
     */
    public ComparisonSummary {
        Objects.requireNonNull(baseline, "baseline");
        impacts = List.copyOf(impacts);
    }

    /**
     * The impact of one ruleset against the baseline.
     *
     * @param ruleset the ruleset's id
     * @param transitions how many applicants went from each outcome under the baseline (first key)
     *     to each outcome under this ruleset (second key); every outcome is a key of both levels,
     *     and the diagonal counts those whose outcome stayed
     * @param outcomeChanged how many changed outcome
     * @param criteriaChanged how many kept their outcome but had a criterion's result change
     * @param byTrack the counts per track
     * @param byRegion the counts per region of the legal seat
     * @param byPriority the counts per national priority
     * @since 0.1.0
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public record Impact(String ruleset, Map<Outcome, Map<Outcome, Long>> transitions, long outcomeChanged,
            long criteriaChanged, Map<String, Counts> byTrack, Map<String, Counts> byRegion,
            Map<String, Counts> byPriority) {

        /**
         * Copies the maps, keeping their order.
         *
         * @param ruleset the ruleset's id
         * @param transitions the transition matrix
         * @param outcomeChanged how many changed outcome
         * @param criteriaChanged how many had only a criterion change
         * @param byTrack the counts per track
         * @param byRegion the counts per region
         * @param byPriority the counts per priority
         */
        public Impact {
            Objects.requireNonNull(ruleset, "ruleset");
            Map<Outcome, Map<Outcome, Long>> copy = new EnumMap<>(Outcome.class);
            transitions.forEach((from, row) -> copy.put(from, Collections.unmodifiableMap(new EnumMap<>(row))));
            transitions = Collections.unmodifiableMap(copy);
            byTrack = Collections.unmodifiableMap(new LinkedHashMap<>(byTrack));
            byRegion = Collections.unmodifiableMap(new LinkedHashMap<>(byRegion));
            byPriority = Collections.unmodifiableMap(new LinkedHashMap<>(byPriority));
        }

        /**
         * How many applicants went from {@code from} to {@code to}.
         *
         * @param from the outcome under the baseline
         * @param to the outcome under this ruleset
         * @return the count
         */
        public long count(Outcome from, Outcome to) {
            return transitions.getOrDefault(from, Map.of()).getOrDefault(to, 0L);
        }

        /** {@return how many applicants enter the register under this ruleset} */
        public long entered() {
            long n = 0;
            for (Outcome from : Outcome.values()) {
                n += from == Outcome.ELIGIBLE ? 0 : count(from, Outcome.ELIGIBLE);
            }
            return n;
        }

        /** {@return how many applicants leave the register under this ruleset} */
        public long left() {
            long n = 0;
            for (Outcome to : Outcome.values()) {
                n += to == Outcome.ELIGIBLE ? 0 : count(Outcome.ELIGIBLE, to);
            }
            return n;
        }
    }

    /**
     * The counts of one group of applicants under the baseline and one other ruleset.
     *
     * @param applicants how many applicants the group has
     * @param eligibleBefore how many are admitted under the baseline
     * @param eligibleAfter how many are admitted under the other ruleset
     * @param entered how many enter the register
     * @param left how many leave it
     * @param changed how many change outcome
     * @since 0.1.0
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public record Counts(long applicants, long eligibleBefore, long eligibleAfter, long entered, long left,
            long changed) {
    }
}
