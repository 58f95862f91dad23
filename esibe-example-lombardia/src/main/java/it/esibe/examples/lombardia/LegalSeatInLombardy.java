package it.esibe.examples.lombardia;

import it.esibe.core.decision.CriterionResult;
import it.esibe.core.decision.LocalizedText;
import it.esibe.core.decision.Verdict;
import it.esibe.core.model.Location;
import it.esibe.core.spi.Criterion;
import it.esibe.core.spi.CriterionContext;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Criterion {@code LOM-SEAT}: the legal seat is in Lombardy, as an illustrative regional call
 * could require on top of the national rule that it be in Italy (Rapporto ad interim, §5.3,
 * fourth bullet, which {@code ESIBE-SEAT} checks).
 *
 * <ul>
 *   <li>{@code PASS} when the legal seat is in Italy and its region is {@code Lombardia} or
 *       {@code Lombardy}, ignoring case and surrounding spaces;
 *   <li>{@code UNKNOWN} when the seat is in Italy but the application gives no region
 *       ({@code company.legalSeat.region} is optional in ESIBE-FORMAT-v1): the evidence is missing,
 *       not contrary;
 *   <li>{@code FAIL} when the seat is in another region or outside Italy; the message names it.
 * </ul>
 *
 * <p>The criterion has no parameter: the region is what makes the call regional, not a threshold
 * to tune.
 *
 * <p>Thread-safety: stateless.
 *
 * @since 0.1.0
 */
public final class LegalSeatInLombardy implements Criterion {

    /** The criterion's id. */
    public static final String ID = "LOM-SEAT";

    /** The provisions it implements: the illustrative call, and the national rule it narrows. */
    public static final String CITATION = "Esempio regionale (non ufficiale); Rapporto ad interim, §5.3 (sede legale in Italia)";

    /** The region's names accepted, in lower case: Italian and English. */
    private static final Set<String> NAMES = Set.of("lombardia", "lombardy");

    private static final String ITALY = "IT";

    /** Creates the criterion. */
    public LegalSeatInLombardy() {
    }

    /** {@return {@link #ID}} */
    @Override
    public String id() {
        return ID;
    }

    /** {@return {@link #CITATION}} */
    @Override
    public String citation() {
        return CITATION;
    }

    /**
     * Judges the region of the application's legal seat.
     *
     * @param context the application
     * @return {@code PASS}, {@code FAIL} or, without a region, {@code UNKNOWN}
     */
    @Override
    public CriterionResult evaluate(CriterionContext context) {
        Location seat = context.application().company().legalSeat();
        if (!ITALY.equals(seat.country())) {
            return result(Verdict.FAIL, new LocalizedText(
                    "Sede legale fuori d'Italia (" + seat.country() + "): il bando regionale richiede la sede legale in Lombardia",
                    "Legal seat outside Italy (" + seat.country() + "): the regional call requires the legal seat in Lombardy"));
        }
        String region = trimmed(seat.region());
        if (region == null) {
            return result(Verdict.UNKNOWN, new LocalizedText(
                    "Regione della sede legale non indicata: serve per verificare che la sede sia in Lombardia",
                    "Region of the legal seat not declared: it is needed to check that the seat is in Lombardy"));
        }
        if (NAMES.contains(region.toLowerCase(Locale.ROOT))) {
            return result(Verdict.PASS, new LocalizedText(
                    "Sede legale in Lombardia (" + region + ")",
                    "Legal seat in Lombardy (" + region + ")"));
        }
        return result(Verdict.FAIL, new LocalizedText(
                "Sede legale in " + region + ": il bando regionale richiede la sede legale in Lombardia",
                "Legal seat in " + region + ": the regional call requires the legal seat in Lombardy"));
    }

    private static CriterionResult result(Verdict verdict, LocalizedText message) {
        return new CriterionResult(ID, verdict, message, CITATION, null);
    }

    private static @Nullable String trimmed(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        return t.isEmpty() ? null : t;
    }

    @Override
    public String toString() {
        return ID;
    }
}
