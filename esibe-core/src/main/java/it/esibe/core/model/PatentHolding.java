package it.esibe.core.model;

import org.apiguardian.api.API;

/**
 * How the applicant holds a patent: "direttamente o tramite licenza" (interim report §5.3 bullet 3).
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum PatentHolding {
    /** The applicant owns the patent. */
    OWNED,
    /** The applicant holds a licence; the licence's own expiry then matters. */
    LICENSED
}
