package it.esibe.examples.report;

import it.esibe.core.decision.Decision;
import it.esibe.core.model.Application;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One record of a call: its decision and the application it judged, as far as it could be read.
 *
 * @param application the application; {@code null} when the record was not an application at all.
 *     For an {@code INVALID} decision its values may be missing or wrong
 * @param decision the decision
 */
public record CallEntry(@Nullable Application application, Decision decision) {

    /** Rejects a missing decision. */
    public CallEntry {
        Objects.requireNonNull(decision, "decision");
    }
}
