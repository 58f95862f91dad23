package it.esibe.rules.internal;

import static it.esibe.rules.internal.Messages.eur;
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
        // The least amount of Italian R&D, in cents, strictly above the floor, with the total unchanged.
        BigDecimal needed = floor.setScale(2, RoundingMode.FLOOR).add(CENT);
        return fail(text(context, "rdItaly.fail", plain(y), eur(italy), eur(rd), percent(pct), pctLimit),
                Remedy.missingAmount(needed.subtract(italy).setScale(2, RoundingMode.CEILING)));
    }
}
