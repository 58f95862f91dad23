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
 * @param application the application, with {@code null} where a value could not be read; {@code null}
 *     only when the record is not a JSON object at all
 * @param violations the structural problems (unknown properties, wrong JSON types, missing required
 *     properties, values outside an enumeration, malformed dates …), in document order; never empty
 *     when {@code application} is {@code null}
 * @param applicationId the record's {@code applicationId} when it is a JSON string, even if the
 *     record is otherwise invalid, so that an {@code INVALID} decision can still name it
 * @param inputSha256 the SHA-256 in lower-case hex of the record's canonical JSON
 *     ({@link CanonicalJson}), or of its raw UTF-8 bytes when it is not JSON at all
 */
public record ApplicationRead(
        @Nullable Application application,
        List<Violation> violations,
        @Nullable String applicationId,
        String inputSha256) {

    /** Copies the violations and checks that a missing application is explained. */
    public ApplicationRead {
        violations = List.copyOf(violations);
        Objects.requireNonNull(inputSha256, "inputSha256");
        if (application == null && violations.isEmpty()) {
            throw new IllegalArgumentException("a record without an application must have violations");
        }
    }

    /** Whether reading found no structural problem (the evaluator may still find semantic ones). */
    public boolean isWellFormed() {
        return violations.isEmpty();
    }

    /**
     * The decision on this record: {@code evaluator.evaluate(application, violations)}, or
     * {@code evaluator.reject(applicationId, violations)} when there is no application, with
     * {@link #inputSha256()} set.
     */
    public Decision decide(ApplicationEvaluator evaluator) {
        Decision decision = application == null
                ? evaluator.reject(applicationId, violations)
                : evaluator.evaluate(application, violations);
        return decision.withInputSha256(inputSha256);
    }
}
