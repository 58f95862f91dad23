package it.esibe.core.decision;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What one criterion found on one application, with the explanation an agency can give the
 * applicant.
 *
 * <p>Thread-safety: immutable, and safe to share between threads.
 *
 * @param id the criterion's stable id, such as {@code ESIBE-RD-MIN}
 * @param result pass, fail or unknown
 * @param message the explanation in Italian and English, naming the figures used
 * @param citation the section of the interim report the criterion implements ("Rapporto ad interim, §5.3")
 * @param remedy for a failure, a machine-readable way out where one exists
 * @since 0.1.0
 */
public record CriterionResult(
        String id, Verdict result, LocalizedText message, String citation, @Nullable Remedy remedy) {

    /**
     * Checks that every mandatory part is present and that only failures carry a remedy.
     *
     * @param id the criterion's id
     * @param result the verdict
     * @param message the explanation
     * @param citation the report section
     * @param remedy the remedy of a failure, or {@code null}
     */
    public CriterionResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(citation, "citation");
        if (remedy != null && result != Verdict.FAIL) {
            throw new IllegalArgumentException("only a FAIL carries a remedy, " + id + " is " + result);
        }
    }

    /** {@return the remedy, if this is a failure that has one} */
    public Optional<Remedy> remedyIfAny() {
        return Optional.ofNullable(remedy);
    }
}
