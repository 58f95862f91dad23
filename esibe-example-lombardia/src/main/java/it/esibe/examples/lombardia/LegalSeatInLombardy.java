package it.esibe.examples.lombardia;

import static it.esibe.core.message.MessageArg.text;

import it.esibe.core.decision.CriterionResult;
import it.esibe.core.decision.LocalizedText;
import it.esibe.core.decision.Verdict;
import it.esibe.core.decision.WayToPass;
import it.esibe.core.model.Location;
import it.esibe.core.spi.Criterion;
import it.esibe.core.spi.CriterionContext;
import it.esibe.core.spi.CriterionDescription;
import it.esibe.core.spi.EsibeSpi;
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
 * <p>It reports the facts it read ({@code company.legalSeat.country}, {@code company.legalSeat.region}),
 * the missing region of an {@code UNKNOWN}, and its way to pass (the region to provide; a seat
 * elsewhere cannot be remedied by the figures) with the same builder steps as ESIBE's own criteria.
 *
 * <p>The criterion has no parameter: the region is what makes the call regional, not a threshold
 * to tune. Its explanations are the keys {@code lom.seat.*} of {@link LombardyMessages}, in Italian,
 * English and German, rendered by {@link CriterionContext#text}: the evaluator's message providers
 * must include {@link LombardyMessages} (discovery finds it beside the ruleset).
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

    private static final String REGION = "company.legalSeat.region";

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

    /** {@return the keys of {@link LombardyMessages} this criterion explains itself with} */
    @Override
    public Set<String> messageKeys() {
        return Set.of("lom.seat.abroad", "lom.seat.unknown", "lom.seat.pass", "lom.seat.fail", "lom.seat.toPass",
                "lom.seat.toPass.provide");
    }

    /** {@return {@link EsibeSpi#VERSION}, the SPI version this criterion was compiled against} */
    @Override
    public String spiVersion() {
        return EsibeSpi.VERSION;
    }

    /**
     * {@return the section of {@code LOM-SEAT} in a rules reference ({@code esibe rules --ruleset lom-2026}),
     * in the words of {@link LombardyMessages}}
     */
    @Override
    public CriterionDescription description() {
        return CriterionDescription.builder().title("lom.rules.title").section("lom.rules.section")
                .quote("Le IBE devono essere risiedenti in Italia sia a livello di sede legale e di headquarter")
                .rule("lom.rules.rule").reading("lom.rules.reading.region")
                .result(Verdict.PASS, "lom.rules.result.PASS").result(Verdict.FAIL, "lom.rules.result.FAIL")
                .result(Verdict.UNKNOWN, "lom.rules.result.UNKNOWN").remedy("lom.rules.remedy").build();
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
        WayToPass elsewhere = WayToPass.notByFigures(context.text("lom.seat.toPass"));
        if (!ITALY.equals(seat.country())) {
            return result(Verdict.FAIL, context.text("lom.seat.abroad", text(seat.country())), seat)
                    .wayToPass(elsewhere).build();
        }
        String region = trimmed(seat.region());
        if (region == null) {
            return result(Verdict.UNKNOWN, context.text("lom.seat.unknown"), seat).missing(REGION)
                    .wayToPass(WayToPass.provideFacts(context.text("lom.seat.toPass.provide"))).build();
        }
        if (NAMES.contains(region.toLowerCase(Locale.ROOT))) {
            return result(Verdict.PASS, context.text("lom.seat.pass", text(region)), seat).build();
        }
        return result(Verdict.FAIL, context.text("lom.seat.fail", text(region)), seat).wayToPass(elsewhere).build();
    }

    /** A result with the facts of the seat that were read: its country, and its region when declared. */
    private static CriterionResult.Builder result(Verdict verdict, LocalizedText message, Location seat) {
        CriterionResult.Builder result = CriterionResult.builder().id(ID).result(verdict).message(message)
                .citation(CITATION).fact("company.legalSeat.country", seat.country());
        if (seat.region() != null) {
            result.fact(REGION, seat.region());
        }
        return result;
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
