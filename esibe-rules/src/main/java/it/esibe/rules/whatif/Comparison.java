package it.esibe.rules.whatif;

import it.esibe.core.ApplicationEvaluator;
import it.esibe.core.ApplicationRecord;
import it.esibe.core.ConfigurationException;
import it.esibe.core.decision.Decision;
import it.esibe.core.decision.Outcome;
import it.esibe.core.model.Application;
import it.esibe.core.ruleset.Ruleset;
import it.esibe.rules.EsibeRegistry;
import it.esibe.rules.EvaluatorBuilder;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.apiguardian.api.API;

/**
 * Decides a call under two or more rulesets and says, applicant by applicant, what changes: the
 * outcome, and the criteria whose result changed with their explanations before and after; over
 * the whole call, the transition matrix of outcomes and the counts per track, region and priority.
 * The first ruleset is the baseline; each other one is compared with it.
 *
 * <pre>{@code
 * Comparison comparison = Comparison.builder(Esibe.defaults())
 *         .ruleset(Rulesets.interim())
 *         .ruleset(lowered)
 *         .build();
 * Comparison.Run run = comparison.start();
 * for (Application a : call) {
 *     ApplicantComparison c = run.add(a);
 *     if (c.outcomeChanged()) { ... }
 * }
 * ComparisonSummary summary = run.summary();
 * }</pre>
 *
 * <p>A run keeps counts only ({@link ComparisonSummary}): each {@link ApplicantComparison} is handed
 * back as it is made and not kept, so a call of any size is compared in bounded memory. To compare
 * a file, add each record a reader delivers: with esibe-io,
 * {@code ApplicationReader.create().read(file, r -> out.accept(run.add(r)))}; every decision then
 * carries the record's position and {@code inputSha256}, and an unreadable record is compared too
 * ({@code INVALID} under every ruleset).
 *
 * <p>Thread-safety: a comparison is immutable and thread-safe; a {@link Run} is not: feed it from
 * one thread.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Comparison {

    /** How many regions, and how many priorities, a summary counts on their own; the rest are counted together. */
    public static final int MAX_GROUPS = 100;

    private final List<Ruleset> rulesets;
    private final List<ApplicationEvaluator> evaluators;

    private Comparison(List<Ruleset> rulesets, List<ApplicationEvaluator> evaluators) {
        this.rulesets = List.copyOf(rulesets);
        this.evaluators = List.copyOf(evaluators);
    }

    /**
     * A new builder of comparisons whose evaluators come from {@code registry}: its messages,
     * taxonomy and evidence sources.
     *
     * @param registry such as {@code Esibe.defaults()}, or a registry with the rulesets' providers
     * @return the builder
     */
    public static Builder builder(EsibeRegistry registry) {
        return new Builder(Objects.requireNonNull(registry, "registry"));
    }

    /** {@return the rulesets compared, the baseline first} */
    public List<Ruleset> rulesets() {
        return rulesets;
    }

    /** {@return the baseline, the first ruleset} */
    public Ruleset baseline() {
        return rulesets.get(0);
    }

    /** {@return a new run over one call, with every count at zero} */
    public Run start() {
        return new Run();
    }

    /** Decides {@code record} under every ruleset and says what changes from the baseline. */
    private ApplicantComparison compare(ApplicationRecord record) {
        List<Decision> decisions = new ArrayList<>(evaluators.size());
        for (ApplicationEvaluator e : evaluators) {
            decisions.add(e.evaluate(record));
        }
        List<ApplicantComparison.Change> changes = new ArrayList<>();
        for (int i = 1; i < decisions.size(); i++) {
            changes.add(ApplicantComparison.change(rulesets.get(i), decisions.get(0), decisions.get(i)));
        }
        Subject s = Subject.of(record.application());
        Decision first = decisions.get(0);
        return new ApplicantComparison(first.applicationId(), first.position(), s.track(), s.region(), s.priorities(),
                decisions, changes);
    }

    /**
     * Collects the rulesets of a {@link Comparison} and how their evaluators are set up.
     * Thread-safety: mutable, not thread-safe.
     *
     * @since 0.1.0
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public static final class Builder {

        private final EsibeRegistry registry;
        private final List<Ruleset> rulesets = new ArrayList<>();
        private Consumer<EvaluatorBuilder> settings = b -> { };

        private Builder(EsibeRegistry registry) {
            this.registry = registry;
        }

        /**
         * Adds a ruleset; the first added is the baseline.
         *
         * @param ruleset a ruleset, registered or not (such as one derived from a reform file)
         * @return this builder
         */
        public Builder ruleset(Ruleset ruleset) {
            rulesets.add(Objects.requireNonNull(ruleset, "ruleset"));
            return this;
        }

        /**
         * Sets up every evaluator the same way before its ruleset is pinned: the reference date and
         * year, the language of violation messages, the further languages of explanations.
         *
         * @param settings applied to each evaluator builder, such as
         *     {@code b -> b.referenceYear(2024).locale(Locale.ITALIAN)}
         * @return this builder
         */
        public Builder evaluators(Consumer<EvaluatorBuilder> settings) {
            this.settings = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /**
         * {@return the comparison}
         *
         * @throws ConfigurationException if fewer than two rulesets were added, two have one id, or an
         *     evaluator cannot be built for one of them (a criterion whose messages no provider of the
         *     registry has, say)
         */
        public Comparison build() {
            if (rulesets.size() < 2) {
                throw new ConfigurationException("a comparison needs at least two rulesets, the baseline first; got "
                        + rulesets.size());
            }
            Set<String> ids = new HashSet<>();
            List<ApplicationEvaluator> evaluators = new ArrayList<>();
            for (Ruleset r : rulesets) {
                if (!ids.add(r.id())) {
                    throw new ConfigurationException("ruleset " + r.id() + " is compared twice; each ruleset of a"
                            + " comparison needs an id of its own");
                }
                EvaluatorBuilder b = registry.evaluator();
                settings.accept(b);
                evaluators.add(b.ruleset(r).build());
            }
            return new Comparison(rulesets, evaluators);
        }
    }

    /**
     * One call being compared: add each application or record, then read the {@link #summary()}.
     * Not thread-safe.
     *
     * @since 0.1.0
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public final class Run {

        private long total;
        private long unaffected;
        private final List<Tally> tallies = new ArrayList<>();

        private Run() {
            for (int i = 1; i < rulesets.size(); i++) {
                tallies.add(new Tally(rulesets.get(i).id()));
            }
        }

        /**
         * Compares one application built in Java: {@code add(ApplicationRecord.of(application))}.
         *
         * @param application the application; it may be invalid
         * @return its comparison, which the summary now counts
         */
        public ApplicantComparison add(Application application) {
            return add(ApplicationRecord.of(application));
        }

        /**
         * Compares one record as a reader delivered it: decides it under every ruleset with
         * {@link ApplicationEvaluator#evaluate(ApplicationRecord)}, so that each decision carries the
         * record's position, {@code inputSha256} and reader violations; a record that is no
         * application at all is {@code INVALID} under every ruleset, and counted.
         *
         * @param record the record, an application as far as it could be read or none
         * @return its comparison, which the summary now counts
         */
        public ApplicantComparison add(ApplicationRecord record) {
            ApplicantComparison c = compare(Objects.requireNonNull(record, "record"));
            count(c);
            return c;
        }

        /** {@return what the run found so far} */
        public ComparisonSummary summary() {
            return new ComparisonSummary(baseline().id(), total, unaffected,
                    tallies.stream().map(Tally::impact).toList());
        }

        private void count(ApplicantComparison c) {
            total++;
            if (c.unaffected()) {
                unaffected++;
            }
            for (int i = 0; i < tallies.size(); i++) {
                tallies.get(i).add(c, c.changes().get(i));
            }
        }
    }

    /** The counts of one ruleset against the baseline. */
    private static final class Tally {
        private final String ruleset;
        private final long[][] transitions = new long[Outcome.values().length][Outcome.values().length];
        private long outcomeChanged;
        private long criteriaChanged;
        private final Map<String, long[]> byTrack = new LinkedHashMap<>();
        private final Map<String, long[]> byRegion = new LinkedHashMap<>();
        private final Map<String, long[]> byPriority = new LinkedHashMap<>();

        Tally(String ruleset) {
            this.ruleset = ruleset;
        }

        void add(ApplicantComparison c, ApplicantComparison.Change change) {
            transitions[change.before().ordinal()][change.after().ordinal()]++;
            if (change.outcomeChanged()) {
                outcomeChanged++;
            } else if (change.any()) {
                criteriaChanged++;
            }
            count(byTrack, c.track() == null ? ComparisonSummary.NOT_GIVEN : c.track().name(), change);
            count(byRegion, c.region() == null ? ComparisonSummary.NOT_GIVEN : c.region(), change);
            for (String p : c.priorities()) {
                count(byPriority, p, change);
            }
        }

        private static void count(Map<String, long[]> groups, String key, ApplicantComparison.Change change) {
            long[] n = groups.get(key);
            if (n == null) {
                // The first MAX_GROUPS keys met, then the rest together: bounded whatever the call holds.
                String kept = groups.size() < MAX_GROUPS || ComparisonSummary.NOT_GIVEN.equals(key)
                        ? key : ComparisonSummary.OTHERS;
                n = groups.computeIfAbsent(kept, k -> new long[6]);
            }
            n[0]++;
            n[1] += change.before() == Outcome.ELIGIBLE ? 1 : 0;
            n[2] += change.after() == Outcome.ELIGIBLE ? 1 : 0;
            n[3] += change.entered() ? 1 : 0;
            n[4] += change.left() ? 1 : 0;
            n[5] += change.outcomeChanged() ? 1 : 0;
        }

        ComparisonSummary.Impact impact() {
            Map<Outcome, Map<Outcome, Long>> matrix = new EnumMap<>(Outcome.class);
            for (Outcome from : Outcome.values()) {
                Map<Outcome, Long> row = new EnumMap<>(Outcome.class);
                for (Outcome to : Outcome.values()) {
                    row.put(to, transitions[from.ordinal()][to.ordinal()]);
                }
                matrix.put(from, row);
            }
            return new ComparisonSummary.Impact(ruleset, matrix, outcomeChanged, criteriaChanged, counts(byTrack),
                    counts(byRegion), counts(byPriority));
        }

        private static Map<String, ComparisonSummary.Counts> counts(Map<String, long[]> groups) {
            Map<String, ComparisonSummary.Counts> out = new LinkedHashMap<>();
            groups.forEach((k, n) -> out.put(k, new ComparisonSummary.Counts(n[0], n[1], n[2], n[3], n[4], n[5])));
            return out;
        }
    }
}
