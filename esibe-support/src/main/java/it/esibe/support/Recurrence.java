package it.esibe.support;

import org.apiguardian.api.API;

/**
 * Whether an event comes back: what {@link SupportEntry#nextEdition(java.time.LocalDate)} may
 * project after the last edition a catalogue knows.
 *
 * @since 0.1.0
 */
// TODO(api-marker)
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum Recurrence {
    /**
     * An annual series (ESIBE-TAXONOMY-v1, "Support programme"): past its last known edition, the
     * next one is projected to the same month a year later and marked as not announced. The default.
     */
    ANNUAL,
    /**
     * A single occasion, such as a stop of the Montalcini Global Biotech Tour held in a city once:
     * nothing is projected, so once its last known edition has begun it is no longer recommended.
     */
    ONE_OFF
}
