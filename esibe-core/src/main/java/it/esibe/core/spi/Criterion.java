package it.esibe.core.spi;

import it.esibe.core.decision.CriterionResult;

/**
 * One admission criterion: a stable id, the report section it implements, and a pure function
 * from the evaluation context to a result.
 *
 * <p>Implementations must be immutable, thread-safe and deterministic, and must not throw for
 * any valid application: missing evidence is {@code UNKNOWN} with a reason.
 */
public interface Criterion {

    /** The stable id, part of the public contract, such as {@code ESIBE-RD-MIN}. */
    String id();

    /** The report section implemented, such as {@code Rapporto ad interim, §5.3}. */
    String citation();

    /** Evaluates the criterion on one valid application. */
    CriterionResult evaluate(CriterionContext context);
}
