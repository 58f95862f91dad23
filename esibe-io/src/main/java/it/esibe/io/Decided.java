package it.esibe.io;

import it.esibe.core.decision.Decision;
import it.esibe.core.model.Application;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One record's decision together with the application it judged, for consumers that need both,
 * such as the register export ({@link RegisterWriter}): the register lists the company, track and
 * priorities from the application and the ruleset from the decision.
 *
 * <p>Thread-safety: immutable, and safe to share between threads.
 *
 * @param application the application as read, or {@code null} when the record could not be read as
 *     one (then the decision is {@code INVALID})
 * @param decision the decision on the record
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Decided(@Nullable Application application, Decision decision) {

    /**
     * Rejects a missing decision.
     *
     * @param application the application as read, or {@code null} when the record was not one
     * @param decision the decision on the record, required
     */
    public Decided {
        Objects.requireNonNull(decision, "decision");
    }
}
