package it.esibe.support;

import org.apiguardian.api.API;

/**
 * What a support catalogue entry offers an admitted company (interim report §5.4).
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum SupportKind {
    /** An event of the Montalcini Global Biotech Tour: an annual series with dated editions. */
    EVENT,
    /** A research hub or innovation centre offered for priority access (§5 step 4; §5.4). */
    HUB,
    /** A country or cluster mapped by the MAECI/ICE network (annex IV). */
    MARKET
}
