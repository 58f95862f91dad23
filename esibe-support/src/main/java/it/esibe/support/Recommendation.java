package it.esibe.support;

import it.esibe.core.decision.LocalizedText;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One support offer recommended to an admitted company, with why.
 *
 * @param entry the catalogue entry recommended
 * @param score how well it fits; see {@link SupportMatcher} for the formula
 * @param sharedCodes the taxonomy codes the company and the entry have in common, priorities first,
 *     each group in the taxonomy's order
 * @param trackMatch whether the entry suits the company's admission track
 * @param basis {@link FocusBasis#REPORT} when at least one shared code (or, when no code is shared,
 *     the track) comes from the report's own words, else {@link FocusBasis#ESIBE_EDITORIAL}
 * @param explanation why, in Italian and English, naming the shared codes
 * @param edition for an event, the next edition after the matcher's date, real or projected, with its
 *     place; {@code null} otherwise
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Recommendation(SupportEntry entry, int score, List<String> sharedCodes, boolean trackMatch,
        FocusBasis basis, LocalizedText explanation, SupportEntry.@Nullable Edition edition) {

    /**
     * Copies the codes and checks that an event has an edition and others do not.
     *
     * @param entry the catalogue entry recommended
     * @param score how well it fits, positive
     * @param sharedCodes the codes the company and the entry share; copied
     * @param trackMatch whether the entry suits the company's admission track
     * @param basis whether the match rests on the report or on an editorial classification
     * @param explanation why, in Italian and English
     * @param edition the event's next edition; {@code null} for hubs and markets
     * @throws IllegalArgumentException if the score is not positive, or an event lacks an edition or
     *     another kind has one
     */
    public Recommendation {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(explanation, "explanation");
        sharedCodes = List.copyOf(sharedCodes);
        if ((entry.kind() == SupportKind.EVENT) != (edition != null)) {
            throw new IllegalArgumentException(entry.id() + ": an event, and only an event, has an edition");
        }
        if (score <= 0) {
            throw new IllegalArgumentException(entry.id() + ": a recommendation has a positive score");
        }
    }

    /**
     * The kind of the entry recommended.
     *
     * @return {@code entry().kind()}
     */
    public SupportKind kind() {
        return entry.kind();
    }

    /**
     * The id of the entry recommended.
     *
     * @return {@code entry().id()}, unique within its kind
     */
    public String id() {
        return entry.id();
    }

    /**
     * The name of the entry recommended.
     *
     * @return {@code entry().name()}, in Italian and English
     */
    public LocalizedText name() {
        return entry.name();
    }

    /**
     * The month of the event's next edition.
     *
     * @return the edition's month, or {@code null} for hubs and markets
     */
    public @Nullable YearMonth month() {
        return edition == null ? null : edition.month();
    }

    /**
     * Whether the event's date is a projection of an annual series rather than a real edition.
     *
     * @return {@code true} for a projected edition; {@code false} for an announced one and for hubs
     *     and markets
     */
    public boolean projected() {
        return edition != null && edition.projected();
    }
}
