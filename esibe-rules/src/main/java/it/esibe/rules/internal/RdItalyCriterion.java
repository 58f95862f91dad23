package it.esibe.rules.internal;

import static it.esibe.rules.internal.Messages.eur;
import static it.esibe.rules.internal.Messages.nested;
import static it.esibe.rules.internal.Messages.percent;
import static it.esibe.rules.internal.Messages.plain;
import static it.esibe.rules.internal.Messages.share;
import static it.esibe.rules.internal.Messages.text;

import it.esibe.core.decision.CriterionResult;
import it.esibe.core.decision.Remedy;
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
            return fail(text(context, "rdItaly.fail.zero", plain(y)), null);
        }
        if (year.isEmpty()) {
            return unknown(text(context, "rd.unknown.year", plain(y)));
        }
        BigDecimal italy = year.get().rdExpenditureItaly();
        if (rd == null || italy == null) {
            return unknown(text(context, "rdItaly.unknown", plain(y)));
        }
        BigDecimal minShare = context.parameters().decimal(InterimParameters.RD_ITALY_MIN_SHARE_EXCLUSIVE);
        BigDecimal floor = rd.multiply(minShare);
        // Exact comparison italy > rd × share; the percentage below is only for the message.
        BigDecimal pct = italy.multiply(BigDecimal.valueOf(100)).divide(rd, MathContext.DECIMAL64);
        var pctLimit = share(minShare.multiply(BigDecimal.valueOf(100)));
        if (italy.compareTo(floor) > 0) {
            return pass(text(context, "rdItaly.pass", plain(y), eur(italy), eur(rd), percent(pct), pctLimit));
        }
        Messages.Arg[] failure = {plain(y), eur(italy), eur(rd), percent(pct), pctLimit};
        Remedy remedy = remedy(italy, rd, minShare);
        if (remedy == null) {
            return fail(text(context, "rdItaly.fail", failure), null);
        }
        return fail(text(context, "rdItaly.fail.remedy", nested("rdItaly.fail", failure),
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
