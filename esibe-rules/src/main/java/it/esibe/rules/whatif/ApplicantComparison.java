package it.esibe.rules.whatif;

import it.esibe.core.decision.CriterionResult;
import it.esibe.core.decision.Decision;
import it.esibe.core.decision.Outcome;
import it.esibe.core.decision.RecordPosition;
import it.esibe.core.model.Track;
import it.esibe.core.ruleset.Ruleset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One application decided under every ruleset of a {@link Comparison}: its decisions, and for each
 * ruleset after the first (the baseline) what changed: the outcome, and the criteria whose result
 * changed, with their explanations before and after.
 *
 * <p>A criterion counts as changed when its verdict ({@code PASS}, {@code FAIL}, {@code UNKNOWN})
 * differs, or it is decided under one ruleset only (a criterion added or removed, or an
 * application {@code INVALID} under one ruleset and not the other). An explanation that only
 * names another threshold, with the same verdict, is no change.
 *
 * <p>Thread-safety: immutable, and safe to share between threads.
 *
 * @param applicationId the application's id, when it could be read
 * @param position where the record stood in its file, when it came from one
 * @param track the declared track, when it could be read
 * @param region the legal seat's region (at most 100 characters), when given
 * @param priorities the national priorities of its programmes, each once
 * @param decisions the decisions, one per ruleset of the comparison, in its order
 * @param changes one per ruleset after the baseline, in the comparison's order
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ApplicantComparison(@Nullable String applicationId, @Nullable RecordPosition position,
        @Nullable Track track, @Nullable String region, List<String> priorities, List<Decision> decisions,
        List<Change> changes) {

    /**
     * Copies the lists and checks that there is one change per ruleset after the first.
     *
     * @param applicationId the application's id, or null
     * @param position the record's position, or null
     * @param track the track, or null
     * @param region the region, or null
     * @param priorities the priorities
     * @param decisions one decision per ruleset, at least two
     * @param changes one per decision after the first
     */
    public ApplicantComparison {
        priorities = List.copyOf(priorities);
        decisions = List.copyOf(decisions);
        changes = List.copyOf(changes);
        if (decisions.size() < 2 || changes.size() != decisions.size() - 1) {
            throw new IllegalArgumentException("a comparison has one decision per ruleset, at least two, and one"
                    + " change per ruleset after the first; got " + decisions.size() + " and " + changes.size());
        }
    }

    /**
     * What changed for one application from the baseline to one other ruleset.
     *
     * @param ruleset the other ruleset's id
     * @param before the outcome under the baseline
     * @param after the outcome under this ruleset
     * @param criteria the criteria whose result changed, in the rulesets' order
     * @since 0.1.0
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public record Change(String ruleset, Outcome before, Outcome after, List<CriterionChange> criteria) {

        /**
         * Copies the list.
         *
         * @param ruleset the other ruleset's id
         * @param before the outcome under the baseline
         * @param after the outcome under this ruleset
         * @param criteria the criteria whose result changed
         */
        public Change {
            Objects.requireNonNull(ruleset, "ruleset");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
            criteria = List.copyOf(criteria);
        }

        /** {@return whether the outcome differs} */
        public boolean outcomeChanged() {
            return before != after;
        }

        /** {@return whether the outcome or any criterion's result differs} */
        public boolean any() {
            return outcomeChanged() || !criteria.isEmpty();
        }

        /** {@return whether the application enters the register under this ruleset} */
        public boolean entered() {
            return before != Outcome.ELIGIBLE && after == Outcome.ELIGIBLE;
        }

        /** {@return whether the application leaves the register under this ruleset} */
        public boolean left() {
            return before == Outcome.ELIGIBLE && after != Outcome.ELIGIBLE;
        }
    }

    /**
     * One criterion whose result changed, with its result under each ruleset.
     *
     * @param id the criterion's id
     * @param before its result under the baseline, with the explanation; null when it was not decided
     *     there
     * @param after its result under the other ruleset; null when it was not decided there
     * @since 0.1.0
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public record CriterionChange(String id, @Nullable CriterionResult before, @Nullable CriterionResult after) {

        /**
         * Rejects a missing id and a change with neither side.
         *
         * @param id the criterion's id
         * @param before its result under the baseline, or null
         * @param after its result under the other ruleset, or null
         */
        public CriterionChange {
            Objects.requireNonNull(id, "id");
            if (before == null && after == null) {
                throw new IllegalArgumentException("a criterion change needs a result on at least one side");
            }
        }
    }

    /** {@return the decision under the baseline, the comparison's first ruleset} */
    public Decision baseline() {
        return decisions.get(0);
    }

    /** {@return whether the outcome differs under any other ruleset} */
    public boolean outcomeChanged() {
        return changes.stream().anyMatch(Change::outcomeChanged);
    }

    /** {@return whether nothing differs under any ruleset: same outcome, same result of every criterion} */
    public boolean unaffected() {
        return changes.stream().noneMatch(Change::any);
    }

    /**
     * The change to ruleset {@code rulesetId}.
     *
     * @param rulesetId the id of a ruleset after the baseline
     * @return its change, or empty
     */
    public Optional<Change> change(String rulesetId) {
        return changes.stream().filter(c -> c.ruleset().equals(rulesetId)).findFirst();
    }

    /** The change from {@code baseline} to {@code other} under {@code ruleset}. */
    static Change change(Ruleset ruleset, Decision baseline, Decision other) {
        Set<String> ids = new LinkedHashSet<>();
        baseline.criteria().forEach(c -> ids.add(c.id()));
        other.criteria().forEach(c -> ids.add(c.id()));
        List<CriterionChange> changed = new ArrayList<>();
        for (String id : ids) {
            CriterionResult b = baseline.criterion(id).orElse(null);
            CriterionResult a = other.criterion(id).orElse(null);
            if (b == null || a == null || b.result() != a.result()) {
                changed.add(new CriterionChange(id, b, a));
            }
        }
        return new Change(ruleset.id(), baseline.outcome(), other.outcome(), changed);
    }
}
