package it.esibe.core.model;

import it.esibe.core.validation.CapitalSharesAtMost100;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * Who holds the applicant (upstream) and what the applicant holds (downstream): one snapshot used
 * for every year of the SME test (Recommendation 2003/361/EC, Annex art. 3).
 *
 * <p>Thread-safety: immutable (its lists are unmodifiable copies), and safe to share between
 * threads.
 *
 * @param holders the applicant's shareholders; their capital shares sum to at most 100
 * @param participations the enterprises in which the applicant holds shares
 * @since 0.1.0
 */
@CapitalSharesAtMost100
public record Ownership(
        List<@NotNull @Valid Holder> holders,
        List<@NotNull @Valid Participation> participations) {

    /** No holders and no participations. */
    public static final Ownership NONE = new Ownership(List.of(), List.of());

    /**
     * Copies the lists; absent lists become empty.
     *
     * @param holders the shareholders; {@code null} means none
     * @param participations the participations; {@code null} means none
     */
    public Ownership {
        holders = Lists.copy(holders);
        participations = Lists.copy(participations);
    }
}
