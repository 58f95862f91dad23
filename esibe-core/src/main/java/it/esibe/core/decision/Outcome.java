package it.esibe.core.decision;

import org.apiguardian.api.API;

/**
 * The outcome of one application (ESIBE-RULES-v1, "Outcomes"), decided in this order of precedence.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum Outcome {
    /** The input breaks the application format: no criterion was evaluated. */
    INVALID,
    /** At least one criterion failed. */
    NOT_ELIGIBLE,
    /** No criterion failed but at least one lacks the evidence to decide; the agency asks for it. */
    INCOMPLETE,
    /** Every criterion passed: the applicant may enter the register. */
    ELIGIBLE;

    /**
     * The outcome of a valid application from its criterion results: {@code NOT_ELIGIBLE} if any
     * failed, else {@code INCOMPLETE} if any is unknown, else {@code ELIGIBLE}.
     *
     * @param verdicts the results of every criterion of the ruleset
     * @return the outcome they give
     */
    public static Outcome of(Iterable<Verdict> verdicts) {
        boolean unknown = false;
        for (Verdict v : verdicts) {
            if (v == Verdict.FAIL) {
                return NOT_ELIGIBLE;
            }
            unknown |= v == Verdict.UNKNOWN;
        }
        return unknown ? INCOMPLETE : ELIGIBLE;
    }
}
