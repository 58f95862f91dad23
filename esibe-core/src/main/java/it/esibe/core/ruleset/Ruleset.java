package it.esibe.core.ruleset;

import it.esibe.core.ConfigurationException;
import it.esibe.core.spi.Criterion;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A named, dated set of criteria and parameters, such as {@code esibe-2024-interim}.
 *
 * <p>Every decision names the ruleset that made it, with its version and the SHA-256 of its
 * parameters ({@link #parametersSha256()}), so that a decision can be reproduced years later. The
 * criteria run in list order, which is the order of a decision's {@code criteria}.
 *
 * <p>Rulesets of one <em>series</em> succeed each other in time: when no ruleset is pinned, an
 * evaluator applies the ruleset of its series with the latest {@link #effectiveFrom()} not after the
 * reference date. The national rulesets form series {@code esibe}; a regional ruleset forms its own
 * series, so registering it never changes how national applications are judged.
 *
 * <p>Derive a ruleset from another with {@link #derive(String)} (a <em>reform</em>, in OpenFisca's
 * sense).
 *
 * <p>Thread-safety: immutable (its criteria list is an unmodifiable copy, and criteria must be
 * thread-safe), and safe to share between threads.
 *
 * @param id the stable id, such as {@code esibe-2024-interim}
 * @param series the series the ruleset belongs to, such as {@code esibe}
 * @param version the version of this ruleset's definition
 * @param effectiveFrom the first reference date the ruleset applies to
 * @param parameters thresholds and switches, read by the criteria by key
 * @param criteria the criteria in evaluation and reporting order; ids are unique
 * @param namespaces the taxonomy namespaces (such as {@code LOM}) whose codes applications may use
 *     under this ruleset, beside the national codes; empty for the national rulesets, so that a
 *     regional jar on the class path never changes which codes a national ruleset accepts
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record Ruleset(String id, String series, String version, LocalDate effectiveFrom,
        RulesetParameters parameters, List<Criterion> criteria, Set<String> namespaces) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    /**
     * Checks that every part is present, names are well formed and criterion ids are unique.
     *
     * @param id the ruleset's id: lower-case letters, digits, '.', '_' and '-'
     * @param series its series, of the same shape
     * @param version the definition's version, not blank
     * @param effectiveFrom the first reference date it applies to
     * @param parameters its parameters
     * @param criteria its criteria, at least one, with unique ids
     * @param namespaces the taxonomy namespaces it accepts beside the national codes
     * @throws ConfigurationException if a name is malformed, there are no criteria or an id repeats
     */
    public Ruleset {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(parameters, "parameters");
        criteria = List.copyOf(criteria);
        namespaces = Collections.unmodifiableSet(new TreeSet<>(namespaces));
        if (!NAME.matcher(id).matches()) {
            throw new ConfigurationException("ruleset id '" + id
                    + "' is not allowed: use lower-case letters, digits, '.', '_' and '-', such as esibe-2024-interim");
        }
        if (!NAME.matcher(series).matches()) {
            throw new ConfigurationException("ruleset " + id + ": series '" + series
                    + "' is not allowed: use lower-case letters, digits, '.', '_' and '-', such as esibe");
        }
        if (version.isBlank()) {
            throw new ConfigurationException("ruleset " + id + ": the version must not be blank");
        }
        if (criteria.isEmpty()) {
            throw new ConfigurationException("ruleset " + id + " has no criteria");
        }
        Set<String> seen = new HashSet<>();
        for (Criterion c : criteria) {
            if (!seen.add(c.id())) {
                throw new ConfigurationException("ruleset " + id + " lists criterion " + c.id() + " twice");
            }
        }
    }

    /**
     * {@return the SHA-256 of the parameters, in lower-case hex} Equal values hash alike whatever
     * their scale ({@code 2000000} and {@code 2000000.00}); see {@link RulesetParameters#sha256()}.
     */
    public String parametersSha256() {
        return parameters.sha256();
    }

    /**
     * The criterion with id {@code criterionId}.
     *
     * @param criterionId a criterion id, such as {@code ESIBE-RD-MIN}
     * @return the criterion, or empty
     */
    public Optional<Criterion> criterion(String criterionId) {
        return criteria.stream().filter(c -> c.id().equals(criterionId)).findFirst();
    }

    /**
     * Starts a ruleset from scratch, with named steps; {@link #derive(String)} starts one from another.
     *
     * <pre>{@code
     * Ruleset pilot = Ruleset.builder("pilot-2026")
     *         .version("1")
     *         .effectiveFrom(LocalDate.of(2026, 1, 1))
     *         .parameters(InterimParameters.values())
     *         .criterion(new ActiveCompanyCriterion())
     *         .build();
     * }</pre>
     *
     * @param id the ruleset's id: lower-case letters, digits, '.', '_' and '-'
     * @return a builder whose series is {@code id}, with no parameters, criteria or namespaces yet
     * @since 0.1.0
     */
    public static Builder builder(String id) {
        return new Builder(Objects.requireNonNull(id, "id"));
    }

    /**
     * Builds a {@link Ruleset} step by step; {@link #build()} checks what the record's constructor
     * checks, and names a missing version or date.
     *
     * <p>Not thread-safe: use one builder on one thread.
     *
     * @since 0.1.0
     */
    @API(status = API.Status.STABLE, since = "0.1.0")
    public static final class Builder {

        private final String id;
        private String series;
        private @Nullable String version;
        private @Nullable LocalDate effectiveFrom;
        private RulesetParameters parameters = RulesetParameters.empty();
        private final List<Criterion> criteria = new java.util.ArrayList<>();
        private final Set<String> namespaces = new TreeSet<>();

        private Builder(String id) {
            this.id = id;
            this.series = id;
        }

        /**
         * Sets the series the ruleset belongs to; by default a series of its own, named after its id.
         *
         * @param name the series, such as {@code esibe} for a national ruleset
         * @return this builder
         */
        public Builder series(String name) {
            this.series = Objects.requireNonNull(name, "series");
            return this;
        }

        /**
         * Sets the version of the ruleset's definition (required).
         *
         * @param value the version, not blank
         * @return this builder
         */
        public Builder version(String value) {
            this.version = Objects.requireNonNull(value, "version");
            return this;
        }

        /**
         * Sets the first reference date the ruleset applies to (required).
         *
         * @param date the date
         * @return this builder
         */
        public Builder effectiveFrom(LocalDate date) {
            this.effectiveFrom = Objects.requireNonNull(date, "effectiveFrom");
            return this;
        }

        /**
         * Sets the parameters the criteria read; by default none.
         *
         * @param values the parameters
         * @return this builder
         */
        public Builder parameters(RulesetParameters values) {
            this.parameters = Objects.requireNonNull(values, "parameters");
            return this;
        }

        /**
         * Appends a criterion: criteria run, and are reported, in the order they are added.
         *
         * @param criterion the criterion, whose id must differ from the others'
         * @return this builder
         */
        public Builder criterion(Criterion criterion) {
            criteria.add(Objects.requireNonNull(criterion, "criterion"));
            return this;
        }

        /**
         * Appends criteria, in their order.
         *
         * @param all the criteria
         * @return this builder
         */
        public Builder criteria(List<? extends Criterion> all) {
            all.forEach(this::criterion);
            return this;
        }

        /**
         * Accepts the taxonomy codes of {@code namespace} (such as {@code LOM}) beside the national ones.
         *
         * @param namespace the namespace
         * @return this builder
         */
        public Builder acceptNamespace(String namespace) {
            namespaces.add(Objects.requireNonNull(namespace, "namespace"));
            return this;
        }

        /**
         * {@return the ruleset}
         *
         * @throws IllegalStateException if the version or the effective date was not set
         * @throws ConfigurationException if a name is malformed, there are no criteria or an id repeats
         */
        public Ruleset build() {
            if (version == null || effectiveFrom == null) {
                throw new IllegalStateException("ruleset " + id + ": "
                        + (version == null ? "no version: call version(\"1\")" : "no effective date: call effectiveFrom(date)")
                        + " before build()");
            }
            return new Ruleset(id, series, version, effectiveFrom, parameters, criteria, namespaces);
        }
    }

    /**
     * Starts a reform: a ruleset derived from this one by overriding parameters and adding,
     * replacing or neutralising criteria.
     *
     * <pre>{@code
     * Ruleset lowered = Rulesets.interim().derive("esibe-2026-lower-rd")
     *         .parameter(InterimParameters.RD_MIN_PRECISION_MEDICINE, new BigDecimal("1500000"))
     *         .effectiveFrom(LocalDate.of(2026, 1, 1))
     *         .build();
     * }</pre>
     *
     * @param newId the derived ruleset's id, which every decision it makes will name
     * @return a reform that starts from this ruleset's parameters, criteria, version, date and a
     *     series of its own ({@code newId})
     */
    public Reform derive(String newId) {
        return new Reform(this, newId);
    }

    /**
     * This ruleset with {@code parameters} replaced: the way to change a threshold without code.
     *
     * @param newId the derived ruleset's id, which every decision it makes will name
     * @param newParameters the parameters, such as {@code InterimParameters.values().with(...)}
     * @return the derived ruleset, with the same criteria, version and date, as a series of its own
     */
    public Ruleset withParameters(String newId, RulesetParameters newParameters) {
        return new Ruleset(newId, newId, version, effectiveFrom, newParameters, criteria, namespaces);
    }

    @Override
    public String toString() {
        return id + " v" + version + " (series " + series + ", from " + effectiveFrom + ")";
    }
}
