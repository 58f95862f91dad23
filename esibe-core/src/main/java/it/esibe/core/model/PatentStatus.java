package it.esibe.core.model;

import org.apiguardian.api.API;

/**
 * The legal status of a patent or patent application.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum PatentStatus {
    /** Granted and, unless expired, in force. */
    GRANTED,
    /** Filed but not granted; counts only where the ruleset accepts pending applications. */
    PENDING
}
