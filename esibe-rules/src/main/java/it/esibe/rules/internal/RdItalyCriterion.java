package it.esibe.rules.internal;

import static it.esibe.core.message.MessageArg.eur;
import static it.esibe.core.message.MessageArg.percent;
import static it.esibe.core.message.MessageArg.share;
import static it.esibe.core.message.MessageArg.year;

import it.esibe.core.decision.CriterionResult;
import it.esibe.core.decision.Remedy;
import it.esibe.core.model.FiscalYear;
import it.esibe.core.spi.CriterionContext;
import it.esibe.rules.CriterionIds;
import it.esibe.rules.InterimParameters;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * ESIBE-RD-ITALY: R&amp;D carried out prevalently in Italy in fiscal year {@code Y} (§5.3 bullet 4,
 * "per la parte prevalente"): the Italian share must be strictly greater than
 * {@code rd.italy.minShareExclusive} (exactly half is not prevalent). No R&amp;D at all fails: it
 * cannot be prevalent anywhere.
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
        BigDecimal minShare = context.parameters().decimal(InterimParameters.RD_ITALY_MIN_SHARE_EXCLUSIVE);
        BigDecimal floor = rd.multiply(minShare);
        // Exact comparison italy > rd × share; the percentage is only for the message, with 34
        // digits, far more than it takes to show which side of the limit it lies on.
        BigDecimal pct = italy.multiply(BigDecimal.valueOf(100)).divide(rd, MathContext.DECIMAL128);
        BigDecimal limit = minShare.multiply(BigDecimal.valueOf(100));
        var pctLimit = share(limit);
        if (italy.compareTo(floor) > 0) {
            return pass(context.text("rdItaly.pass", year(y), eur(italy), eur(rd), percent(pct, limit), pctLimit));
        }
        // The least amount of Italian R&D, in cents, strictly above the floor, with the total unchanged.
        BigDecimal needed = floor.setScale(2, RoundingMode.FLOOR).add(CENT);
        return fail(context.text("rdItaly.fail", year(y), eur(italy), eur(rd), percent(pct, limit), pctLimit),
                Remedy.missingAmount(needed.subtract(italy).setScale(2, RoundingMode.CEILING)));
    }
}
