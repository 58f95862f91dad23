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
     * A ruleset accepting only the national taxonomy codes.
     *
     * @param id the ruleset's id
     * @param series its series
     * @param version the definition's version
     * @param effectiveFrom the first reference date it applies to
     * @param parameters its parameters
     * @param criteria its criteria
     */
    public Ruleset(String id, String series, String version, LocalDate effectiveFrom, RulesetParameters parameters,
            List<Criterion> criteria) {
        this(id, series, version, effectiveFrom, parameters, criteria, Set.of());
    }

    /**
     * A ruleset that is its own series (the series is its id).
     *
     * @param id the ruleset's id
     * @param version the definition's version
     * @param effectiveFrom the first reference date it applies to
     * @param parameters its parameters
     * @param criteria its criteria
     */
    public Ruleset(String id, String version, LocalDate effectiveFrom, RulesetParameters parameters,
            List<Criterion> criteria) {
        this(id, id, version, effectiveFrom, parameters, criteria, Set.of());
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
