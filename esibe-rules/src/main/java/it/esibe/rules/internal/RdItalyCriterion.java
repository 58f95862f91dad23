package it.esibe.rules.internal;

import static it.esibe.core.message.MessageArg.eur;
import static it.esibe.core.message.MessageArg.message;
import static it.esibe.core.message.MessageArg.percent;
import static it.esibe.core.message.MessageArg.share;
import static it.esibe.core.message.MessageArg.year;

import it.esibe.core.decision.CriterionResult;
import it.esibe.core.decision.Remedy;
import it.esibe.core.message.MessageArg;
import it.esibe.core.model.FiscalYear;
import it.esibe.core.spi.CriterionContext;
import it.esibe.rules.CriterionIds;
import it.esibe.rules.InterimParameters;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
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
        BigDecimal rd = year.map(FiscalYear::rdExpenditure).orElse(null);
        if (rd != null && rd.signum() == 0) {
            return fail(context.text("rdItaly.fail.zero", year(y)), null);
        }
        if (year.isEmpty()) {
            return unknown(context.text("rd.unknown.year", year(y)));
        }
        BigDecimal italy = year.get().rdExpenditureItaly();
        if (rd == null || italy == null) {
            return unknown(context.text("rdItaly.unknown", year(y)));
        }
        BigDecimal minShare = context.parameters().get(InterimParameters.RD_ITALY_MIN_SHARE_EXCLUSIVE);
        BigDecimal floor = rd.multiply(minShare);
        // Exact comparison italy > rd × share; the percentage is only for the message, with 34
        // digits, far more than it takes to show which side of the limit it lies on.
        BigDecimal pct = italy.multiply(BigDecimal.valueOf(100)).divide(rd, MathContext.DECIMAL128);
        BigDecimal limit = minShare.multiply(BigDecimal.valueOf(100));
        MessageArg pctLimit = share(limit);
        if (italy.compareTo(floor) > 0) {
            return pass(context.text("rdItaly.pass", year(y), eur(italy), eur(rd), percent(pct, limit), pctLimit));
        }
        MessageArg[] failure = {year(y), eur(italy), eur(rd), percent(pct, limit), pctLimit};
        Remedy remedy = remedy(italy, rd, minShare);
        if (remedy == null) {
            return fail(context.text("rdItaly.fail", failure), null);
        }
        return fail(context.text("rdItaly.fail.remedy", message("rdItaly.fail", failure),
                eur(remedy.missingAmount().orElseThrow()), eur(remedy.additionalAmount().orElseThrow())), remedy);
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
