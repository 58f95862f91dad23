package it.esibe.core.decision;

import org.apiguardian.api.API;

/**
 * The result of one criterion on one application (the {@code result} field of a decision).
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum Verdict {
    /** The criterion is met. */
    PASS,
    /** The criterion is not met. */
    FAIL,
    /** The evidence needed to decide is missing. */
    UNKNOWN
}
