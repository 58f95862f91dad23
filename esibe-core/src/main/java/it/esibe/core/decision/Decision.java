package it.esibe.core.decision;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The decision on one application (ESIBE-FORMAT-v1, "Decision"): the outcome, every criterion's
 * result in ruleset order, or, for {@code INVALID}, every format violation with its path.
 *
 * <p>Every record a reader meets gets exactly one decision, including records that are not JSON at
 * all; {@link #position()} then says where the record stood.
 *
 * <p>Thread-safety: immutable (its lists are unmodifiable copies), and safe to share between
 * threads.
 *
 * @param applicationId the application's id, when it could be read
 * @param outcome the outcome
 * @param ruleset the id of the ruleset applied, such as {@code esibe-2024-interim}
 * @param rulesetVersion the version of that ruleset's definition, when known (decisions read from
 *     files written before it was recorded have none)
 * @param parametersSha256 the SHA-256 of the ruleset's parameters, when known, so that the decision
 *     can be reproduced under exactly those parameters
 * @param referenceDate the date patents and licences were judged at, when known
 * @param referenceYear the fiscal year {@code Y} the figures were taken from, when known
 * @param criteria every criterion's result in ruleset order; empty exactly when {@code INVALID}
 * @param violations every format violation; non-empty exactly when {@code INVALID}
 * @param inputSha256 the SHA-256 of the application's canonical JSON, when the decision came from JSON
 * @param position where the record stood in its source, when it came from a file
 * @since 0.1.0
 */
public record Decision(
        @Nullable String applicationId,
        Outcome outcome,
        String ruleset,
        @Nullable String rulesetVersion,
        @Nullable String parametersSha256,
        @Nullable LocalDate referenceDate,
        @Nullable Integer referenceYear,
        List<CriterionResult> criteria,
        List<Violation> violations,
        @Nullable String inputSha256,
        @Nullable RecordPosition position) {

    /**
     * Checks that criteria and violations agree with the outcome.
     *
     * @param applicationId the application's id, or {@code null}
     * @param outcome the outcome
     * @param ruleset the ruleset's id
     * @param rulesetVersion the ruleset's version, or {@code null}
     * @param parametersSha256 the SHA-256 of the ruleset's parameters, or {@code null}
     * @param referenceDate the reference date, or {@code null}
     * @param referenceYear the reference fiscal year, or {@code null}
     * @param criteria the criteria's results; empty for {@code INVALID}
     * @param violations the violations; non-empty for {@code INVALID} only
     * @param inputSha256 the canonical input's SHA-256, or {@code null}
     * @param position the record's position, or {@code null}
     */
    public Decision {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(ruleset, "ruleset");
        criteria = List.copyOf(criteria);
        violations = List.copyOf(violations);
        if ((outcome == Outcome.INVALID) != !violations.isEmpty()) {
            throw new IllegalArgumentException("violations must be listed exactly for INVALID, outcome is " + outcome);
        }
        if ((outcome == Outcome.INVALID) != criteria.isEmpty()) {
            throw new IllegalArgumentException("criteria must be listed exactly for valid applications, outcome is " + outcome);
        }
    }

    /**
     * An {@code INVALID} decision listing {@code violations}, which must not be empty.
     *
     * @param applicationId the application's id, when it could be read
     * @param ruleset the ruleset's id
     * @param referenceDate the reference date, when known
     * @param referenceYear the reference fiscal year, when known
     * @param violations every violation, at least one
     * @return the decision
     */
    public static Decision invalid(@Nullable String applicationId, String ruleset, @Nullable LocalDate referenceDate,
            @Nullable Integer referenceYear, List<Violation> violations) {
        return new Decision(applicationId, Outcome.INVALID, ruleset, null, null, referenceDate, referenceYear,
                List.of(), violations, null, null);
    }

    /**
     * This decision stamped with the version and parameter hash of the ruleset that made it.
     *
     * @param version the ruleset's version
     * @param sha256 the SHA-256 of its parameters
     * @return a copy with the stamp
     */
    public Decision withRulesetStamp(@Nullable String version, @Nullable String sha256) {
        return new Decision(applicationId, outcome, ruleset, version, sha256, referenceDate, referenceYear, criteria,
                violations, inputSha256, position);
    }

    /**
     * The result of criterion {@code id}, if it was evaluated.
     *
     * @param id a criterion id, such as {@code ESIBE-RD-MIN}
     * @return its result, or empty
     */
    public Optional<CriterionResult> criterion(String id) {
        return criteria.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /**
     * This decision with the input's canonical SHA-256.
     *
     * @param sha256 the SHA-256 in lower-case hex, or {@code null}
     * @return a copy with that digest
     */
    public Decision withInputSha256(@Nullable String sha256) {
        return new Decision(applicationId, outcome, ruleset, rulesetVersion, parametersSha256, referenceDate,
                referenceYear, criteria, violations, sha256, position);
    }

    /**
     * This decision with the record's position in its source.
     *
     * @param recordPosition the position, or {@code null}
     * @return a copy with that position
     */
    public Decision withPosition(@Nullable RecordPosition recordPosition) {
        return new Decision(applicationId, outcome, ruleset, rulesetVersion, parametersSha256, referenceDate,
                referenceYear, criteria, violations, inputSha256, recordPosition);
    }
}
