package it.esibe.rules.internal;

import static it.esibe.core.message.MessageArg.eur;
import static it.esibe.core.message.MessageArg.year;

import it.esibe.core.decision.CriterionResult;
import it.esibe.core.decision.Remedy;
import it.esibe.core.model.FiscalYear;
import it.esibe.core.model.Track;
import it.esibe.core.spi.CriterionContext;
import it.esibe.rules.CriterionIds;
import it.esibe.rules.InterimParameters;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * ESIBE-RD-MIN: minimum yearly R&amp;D in fiscal year {@code Y} (§5.3 bullets 1–2).
 *
 * <p>Precision medicine: expenditure at or above {@code rd.min.precisionMedicine}. Industrial and
 * environmental: expenditure <em>or</em> EU/international grants at or above
 * {@code rd.min.industrialEnvironmental} ("investire o avere ricevuto"); the two routes are never
 * added, since grant money that was spent is already part of the expenditure. An absent grant
 * figure counts as 0.
 */
final class RdMinCriterion extends BaseCriterion {

    RdMinCriterion() {
        super(CriterionIds.RD_MIN, Citations.S5_3);
    }

    @Override
    public CriterionResult evaluate(CriterionContext context) {
        int y = context.referenceYear();
        Optional<FiscalYear> year = context.application().fiscalYear(y);
        if (year.isEmpty()) {
            return unknown(context.text("rd.unknown.year", year(y)));
        }
        BigDecimal rd = year.get().rdExpenditure();
        if (context.application().track() == Track.PRECISION_MEDICINE) {
            BigDecimal threshold = context.parameters().get(InterimParameters.RD_MIN_PRECISION_MEDICINE);
            if (rd == null) {
                return unknown(context.text("rdMin.unknown.expenditure", year(y), eur(threshold)));
            }
            return rd.compareTo(threshold) >= 0
                    ? pass(context.text("rdMin.pass.expenditure", year(y), eur(rd, threshold), eur(threshold)))
                    : fail(context.text("rdMin.fail.expenditure", year(y), eur(rd, threshold), eur(threshold)),
                            missing(threshold, rd));
        }
        BigDecimal threshold = context.parameters().get(InterimParameters.RD_MIN_INDUSTRIAL_ENVIRONMENTAL);
        BigDecimal grants = year.get().euInternationalGrants();
        BigDecimal grantsOrZero = grants == null ? BigDecimal.ZERO : grants;
        if (rd != null && rd.compareTo(threshold) >= 0) {
            return pass(context.text("rdMin.pass.expenditure", year(y), eur(rd, threshold), eur(threshold)));
        }
        if (grantsOrZero.compareTo(threshold) >= 0) {
            return pass(context.text("rdMin.pass.grants", year(y), eur(grantsOrZero, threshold), eur(threshold)));
        }
        if (rd == null) {
            return unknown(context.text("rdMin.unknown.industrial", year(y), eur(grantsOrZero, threshold),
                    eur(threshold)));
        }
        return fail(context.text("rdMin.fail.industrial", year(y), eur(rd, threshold), eur(grantsOrZero, threshold),
                eur(threshold)), missing(threshold, rd));
    }

    /** The amount missing on the expenditure route (ESIBE-RULES-v1: "Remedy on FAIL"). */
    private static Remedy missing(BigDecimal threshold, BigDecimal rd) {
        return Remedy.missingAmount(threshold.subtract(rd).setScale(2, java.math.RoundingMode.UNNECESSARY));
    }
}
