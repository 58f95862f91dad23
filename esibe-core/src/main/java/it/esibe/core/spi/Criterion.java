package it.esibe.core.spi;

import it.esibe.core.decision.CriterionResult;

/**
 * One admission criterion: a stable id, the report section it implements, and a pure function
 * from the evaluation context to a result.
 *
 * <p>Implementations must be deterministic and must not throw for any valid application: missing
 * evidence is {@code UNKNOWN} with a reason.
 *
 * <p>Thread-safety: implementations must be immutable and thread-safe, since one instance serves
 * every thread that shares an evaluator.
 *
 * @since 0.1.0
 */
public interface Criterion {

    /** {@return the stable id, part of the public contract, such as {@code ESIBE-RD-MIN}} */
    String id();

    /** {@return the report section implemented, such as {@code Rapporto ad interim, §5.3}} */
    String citation();

    /**
     * Evaluates the criterion on one valid application.
     *
     * @param context the application and the evaluation context
     * @return the result, whose id is {@link #id()}
     */
    CriterionResult evaluate(CriterionContext context);
}
