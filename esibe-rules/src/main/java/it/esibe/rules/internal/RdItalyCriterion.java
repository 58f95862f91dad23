package it.esibe.rules.internal;

import static it.esibe.core.message.MessageArg.eur;
import static it.esibe.core.message.MessageArg.message;
import static it.esibe.core.message.MessageArg.percent;
import static it.esibe.core.message.MessageArg.share;
import static it.esibe.core.message.MessageArg.year;

import it.esibe.core.decision.CriterionResult;
import it.esibe.core.decision.Fact;
import it.esibe.core.decision.Remedy;
import it.esibe.core.decision.WayToPass;
import it.esibe.core.message.MessageArg;
import it.esibe.core.model.FiscalYear;
import it.esibe.core.spi.CriterionContext;
import it.esibe.rules.CriterionIds;
import it.esibe.rules.InterimParameters;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * ESIBE-RD-ITALY: R&amp;D carried out prevalently in Italy in fiscal year {@code Y} (§5.3 bullet 4,
 * "per la parte prevalente"): the Italian share must be strictly greater than
 * {@code rd.italy.minShareExclusive} (exactly half is not prevalent). No R&amp;D at all fails: it
 * cannot be prevalent anywhere. A failure names both ways to become prevalent: R&amp;D moved to
 * Italy, or new R&amp;D spent there.
 */
final class RdItalyCriterion extends BaseCriterion {

    private static final BigDecimal CENT = new BigDecimal("0.01");

    RdItalyCriterion() {
        super(CriterionIds.RD_ITALY, Citations.S5_3);
    }

    @Override
    public CriterionResult evaluate(CriterionContext context) {
        int y = context.referenceYear();
        Optional<FiscalYear> year = context.application().fiscalYear(y);
        String rdPath = context.fiscalYearPath(y, "rdExpenditure");
        String italyPath = context.fiscalYearPath(y, "rdExpenditureItaly");
        BigDecimal rd = year.map(FiscalYear::rdExpenditure).orElse(null);
        if (rd != null && rd.signum() == 0) {
            // Any R&D spent in Italy is then all of it: the least amount is one cent (ESIBE-RD-MIN sets the real one).
            WayToPass way = WayToPass.changeFigures(context.text("rdItaly.toPass.zero", year(y)),
                    List.of(new WayToPass.Option(Remedy.ADDITIONAL_AMOUNT,
                            List.of(Fact.of(rdPath, CENT), Fact.of(italyPath, CENT)))));
            CriterionResult.Builder result = fail(context.text("rdItaly.fail.zero", year(y)), null).fact(rdPath, rd)
                    .wayToPass(way);
            BigDecimal italy = year.get().rdExpenditureItaly();
            if (italy != null) {
                result.fact(italyPath, italy);
            }
            return result.build();
        }
        BigDecimal italy = year.map(FiscalYear::rdExpenditureItaly).orElse(null);
        if (rd == null || italy == null) {
            CriterionResult.Builder result = unknown(context.text(year.isEmpty() ? "rd.unknown.year" : "rdItaly.unknown",
                    year(y))).wayToPass(WayToPass.provideFacts(context.text("rdItaly.toPass.provide", year(y))));
            if (rd == null) {
                result.missing(rdPath);
            } else {
                result.fact(rdPath, rd);
            }
            if (italy == null) {
                result.missing(italyPath);
            } else {
                result.fact(italyPath, italy);
            }
            return result.build();
        }
        BigDecimal minShare = context.parameters().get(InterimParameters.RD_ITALY_MIN_SHARE_EXCLUSIVE);
        BigDecimal floor = rd.multiply(minShare);
        BigDecimal limit = minShare.multiply(BigDecimal.valueOf(100));
        MessageArg pctLimit = share(limit);
        // Exact comparison italy > rd × share; the percentage is only for the message, with 34
        // digits, far more than it takes to show which side of the limit it lies on. A 34-digit
        // division is the dearest step of the criterion: without explanations it is not made.
        MessageArg[] shown = context.explanations() ? new MessageArg[] {year(y), eur(italy), eur(rd),
            percent(italy.multiply(BigDecimal.valueOf(100)).divide(rd, MathContext.DECIMAL128), limit), pctLimit}
                : new MessageArg[0];
        CriterionResult.Builder result;
        if (italy.compareTo(floor) > 0) {
            result = pass(context.text("rdItaly.pass", shown));
        } else {
            Remedy remedy = remedy(italy, rd, minShare);
            if (remedy == null) {
                // A share of 1 or more cannot be exceeded by any figure.
                result = fail(context.text("rdItaly.fail", shown), null)
                        .wayToPass(WayToPass.notByFigures(context.text("rdItaly.toPass.none", pctLimit)));
            } else {
                BigDecimal moved = remedy.missingAmount().orElseThrow();
                BigDecimal added = remedy.additionalAmount().orElseThrow();
                WayToPass way = WayToPass.changeFigures(context.text("rdItaly.toPass", year(y), eur(moved), eur(added)),
                        List.of(new WayToPass.Option(Remedy.MISSING_AMOUNT, List.of(Fact.of(italyPath, italy.add(moved)))),
                                new WayToPass.Option(Remedy.ADDITIONAL_AMOUNT, List.of(Fact.of(rdPath, rd.add(added)),
                                        Fact.of(italyPath, italy.add(added))))));
                result = fail(context.text("rdItaly.fail.remedy", message("rdItaly.fail", shown), eur(moved),
                        eur(added)), remedy).wayToPass(way);
            }
        }
        return result.fact(rdPath, rd).fact(italyPath, italy)
                .parameter(InterimParameters.RD_ITALY_MIN_SHARE_EXCLUSIVE.name(), minShare).build();
    }

    /**
     * Both ways to make the Italian share strictly greater than {@code share} (ESIBE-RULES-v1 as of
     * spec v1.1), each the least amount in cents: {@code missingAmount}, R&amp;D moved from abroad to
     * Italy with the total unchanged (least {@code m} with {@code I + m > share × T}), and
     * {@code additionalAmount}, new R&amp;D spent in Italy with the total growing by it (least
     * {@code a} with {@code I + a > share × (T + a)}, that is {@code a > (share × T − I) / (1 − share)};
     * {@code T − 2I + 0.01} for one half). None when no amount can work (a share of 1 or more).
     */
    static @Nullable Remedy remedy(BigDecimal italy, BigDecimal total, BigDecimal share) {
        BigDecimal rest = BigDecimal.ONE.subtract(share);
        if (rest.signum() <= 0) {
            return null;
        }
        BigDecimal floor = total.multiply(share);
        BigDecimal moved = floor.setScale(2, RoundingMode.FLOOR).add(CENT).subtract(italy);
        // Exact floor of the quotient at cent scale, whatever the divisor's expansion.
        BigDecimal added = floor.subtract(italy).divide(rest, 2, RoundingMode.FLOOR).add(CENT);
        return new Remedy(Map.of(Remedy.MISSING_AMOUNT, moved.setScale(2, RoundingMode.CEILING),
                Remedy.ADDITIONAL_AMOUNT, added));
    }
}
