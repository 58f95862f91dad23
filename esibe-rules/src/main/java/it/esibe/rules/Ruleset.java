package it.esibe.rules;

import it.esibe.core.ConfigurationException;
import it.esibe.core.spi.Criterion;
import it.esibe.core.spi.RulesetParameters;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A named, dated set of criteria and parameters, such as {@code esibe-2024-interim}.
 *
 * <p>Every decision names the ruleset that made it. The criteria run in list order, which is the
 * order of a decision's {@code criteria}.
 *
 * <p>Thread-safety: immutable (its criteria list is an unmodifiable copy, and criteria must be
 * thread-safe), and safe to share between threads.
 *
 * @param id the stable id, such as {@code esibe-2024-interim}
 * @param version the version of this ruleset's definition
 * @param effectiveFrom the first reference date the ruleset applies to
 * @param parameters thresholds and switches, read by the criteria by name
 * @param criteria the criteria in evaluation and reporting order; ids are unique
 * @since 0.1.0
 */
public record Ruleset(String id, String version, LocalDate effectiveFrom, RulesetParameters parameters,
        List<Criterion> criteria) {

    /**
     * Checks that every part is present and criterion ids are unique.
     *
     * @param id the ruleset's id, not blank
     * @param version the definition's version
     * @param effectiveFrom the first reference date it applies to
     * @param parameters its parameters
     * @param criteria its criteria, at least one, with unique ids
     * @throws ConfigurationException if the id is blank, there are no criteria or an id repeats
     */
    public Ruleset {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(parameters, "parameters");
        criteria = List.copyOf(criteria);
        if (id.isBlank()) {
            throw new ConfigurationException("a ruleset id must not be blank");
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
     * This ruleset with {@code parameters} replaced: the way to change a threshold without code.
     *
     * @param newId the derived ruleset's id, which every decision it makes will name
     * @param newParameters the parameters, such as {@code InterimParameters.values().with(...)}
     * @return the derived ruleset, with the same criteria
     */
    public Ruleset withParameters(String newId, RulesetParameters newParameters) {
        return new Ruleset(newId, version, effectiveFrom, newParameters, criteria);
    }
}
