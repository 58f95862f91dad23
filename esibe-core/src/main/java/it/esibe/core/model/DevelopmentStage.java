package it.esibe.core.model;

import org.apiguardian.api.API;

/**
 * How far the applicant's products are from the market; only {@link #COMMERCIAL} excludes
 * (interim report §5.3, "non essere in fase commerciale").
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum DevelopmentStage {
    /** Research. */
    RESEARCH,
    /** Preclinical development. */
    PRECLINICAL,
    /** Clinical development. */
    CLINICAL,
    /** Pilot plant or field pilot. */
    PILOT,
    /** On the market: not admissible (§5.3 bullets 1–2). */
    COMMERCIAL
}
