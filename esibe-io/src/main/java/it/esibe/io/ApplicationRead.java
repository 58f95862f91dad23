package it.esibe.io;

import it.esibe.core.ApplicationEvaluator;
import it.esibe.core.decision.Decision;
import it.esibe.core.decision.Violation;
import it.esibe.core.model.Application;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One record as {@link ApplicationJson} read it: the application as far as it could be built, and
 * every structural problem found, each with its JSON path.
 *
 * <p>The application is not validated: semantic rules (ranges, VAT number, decimals,
 * uniqueness …) are the evaluator's, so pass the whole result to it with {@link #decide}. An empty
 * {@link #violations()} list does not make the application valid.
 *
 * <p>Thread-safety: immutable (its list is an unmodifiable copy), and safe to share between threads.
 *
 * @param application the application, with {@code null} where a value could not be read; {@code null}
 *     only when the record is not a JSON object at all
 * @param violations the structural problems (unknown properties, wrong JSON types, missing required
 *     properties, values outside an enumeration, malformed dates …), in document order, at most
 *     {@link ReadLimits#maxViolationsPerRecord()} of them and then one at path {@code ""} counting the
 *     rest; never empty when {@code application} is {@code null}
 * @param applicationId the record's {@code applicationId} when it is a JSON string, even if the
 *     record is otherwise invalid, so that an {@code INVALID} decision can still name it
 * @param inputSha256 the SHA-256 in lower-case hex of the record's canonical JSON
 *     ({@link CanonicalJson}), or of its raw UTF-8 bytes when it is not JSON at all or the reader
 *     could not hold one of its values exactly (a duplicated property, a value over a limit)
 * @since 0.1.0
 */
public record ApplicationRead(
        @Nullable Application application,
        List<Violation> violations,
        @Nullable String applicationId,
        String inputSha256) {

    /**
     * Copies the violations and checks that a missing application is explained.
     *
     * @param application the application as far as it could be built, or {@code null}
     * @param violations the structural problems found; copied
     * @param applicationId the record's {@code applicationId}, or {@code null}
     * @param inputSha256 the record's SHA-256 in lower-case hex
     * @throws IllegalArgumentException if {@code application} is {@code null} and there are no violations
     */
    public ApplicationRead {
        violations = List.copyOf(violations);
        Objects.requireNonNull(inputSha256, "inputSha256");
        if (application == null && violations.isEmpty()) {
            throw new IllegalArgumentException("a record without an application must have violations");
        }
    }

    /**
     * Whether reading found no structural problem.
     *
     * @return {@code true} when {@link #violations()} is empty; the evaluator may still find semantic
     *     problems
     */
    public boolean isWellFormed() {
        return violations.isEmpty();
    }

    /**
     * The decision on this record: {@code evaluator.evaluate(application, violations)}, or
     * {@code evaluator.reject(applicationId, violations)} when there is no application, with
     * {@link #inputSha256()} set.
     *
     * @param evaluator the evaluator to decide with
     * @return the decision, carrying this record's {@code inputSha256}
     */
    public Decision decide(ApplicationEvaluator evaluator) {
        Decision decision = application == null
                ? evaluator.reject(applicationId, violations)
                : evaluator.evaluate(application, violations);
        return decision.withInputSha256(inputSha256);
    }
}
