package it.esibe.rules.internal;

import static it.esibe.core.message.MessageArg.eur;
import static it.esibe.core.message.MessageArg.year;

import it.esibe.core.decision.CriterionResult;
import it.esibe.core.decision.Fact;
import it.esibe.core.decision.LocalizedText;
import it.esibe.core.decision.Remedy;
import it.esibe.core.decision.WayToPass;
import it.esibe.core.model.FiscalYear;
import it.esibe.core.model.Track;
import it.esibe.core.ruleset.ParameterKey;
import it.esibe.core.spi.CriterionContext;
import it.esibe.rules.CriterionIds;
import it.esibe.rules.InterimParameters;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
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
        Track track = context.application().track();
        boolean precision = track == Track.PRECISION_MEDICINE;
        ParameterKey<BigDecimal> key = precision ? InterimParameters.RD_MIN_PRECISION_MEDICINE
                : InterimParameters.RD_MIN_INDUSTRIAL_ENVIRONMENTAL;
        BigDecimal threshold = context.parameters().get(key);
        String rdPath = context.fiscalYearPath(y, "rdExpenditure");
        Optional<FiscalYear> year = context.application().fiscalYear(y);
        if (year.isEmpty()) {
            // Whatever the track, the expenditure decides: an absent grant figure counts as 0.
            return provide(unknown(context.text("rd.unknown.year", year(y))), context, y, rdPath)
                    .fact("track", track).parameter(key.name(), threshold).build();
        }
        BigDecimal rd = year.get().rdExpenditure();
        CriterionResult.Builder result;
        if (precision) {
            if (rd == null) {
                result = provide(unknown(context.text("rdMin.unknown.expenditure", year(y), eur(threshold))), context,
                        y, rdPath);
            } else {
                result = rd.compareTo(threshold) >= 0
                        ? pass(context.text("rdMin.pass.expenditure", year(y), eur(rd, threshold), eur(threshold)))
                        : failure(context.text("rdMin.fail.expenditure", year(y), eur(rd, threshold), eur(threshold)),
                                context, y, rdPath, threshold, rd);
            }
        } else {
            BigDecimal grants = year.get().euInternationalGrants();
            BigDecimal grantsOrZero = grants == null ? BigDecimal.ZERO : grants;
            if (rd != null && rd.compareTo(threshold) >= 0) {
                result = pass(context.text("rdMin.pass.expenditure", year(y), eur(rd, threshold), eur(threshold)));
            } else if (grantsOrZero.compareTo(threshold) >= 0) {
                result = pass(context.text("rdMin.pass.grants", year(y), eur(grantsOrZero, threshold), eur(threshold)));
            } else if (rd == null) {
                result = provide(unknown(context.text("rdMin.unknown.industrial", year(y), eur(grantsOrZero, threshold),
                        eur(threshold))), context, y, rdPath);
            } else {
                result = failure(context.text("rdMin.fail.industrial", year(y), eur(rd, threshold),
                        eur(grantsOrZero, threshold), eur(threshold)), context, y, rdPath, threshold, rd);
            }
            if (grants != null) {
                result.fact(context.fiscalYearPath(y, "euInternationalGrants"), grants);
            }
        }
        if (rd != null) {
            result.fact(rdPath, rd);
        }
        return result.fact("track", track).parameter(key.name(), threshold).build();
    }

    /** The expenditure of year {@code y} is the fact to ask for. */
    private static CriterionResult.Builder provide(CriterionResult.Builder unknown, CriterionContext context, int y,
            String rdPath) {
        return unknown.missing(rdPath).wayToPass(WayToPass.provideFacts(context.text("rdMin.toPass.provide", year(y))));
    }

    /** A failure with the amount missing on the expenditure route (ESIBE-RULES-v1: "Remedy on FAIL"). */
    private CriterionResult.Builder failure(LocalizedText message, CriterionContext context, int y, String rdPath,
            BigDecimal threshold, BigDecimal rd) {
        BigDecimal missing = threshold.subtract(rd).setScale(2, RoundingMode.UNNECESSARY);
        // Spending up to the threshold is the one way: the grant route is what was received, not a figure to change.
        WayToPass way = WayToPass.changeFigures(context.text("rdMin.toPass", year(y), eur(threshold), eur(missing)),
                List.of(new WayToPass.Option(Remedy.MISSING_AMOUNT, List.of(Fact.of(rdPath, threshold)))));
        return fail(message, Remedy.missingAmount(missing)).wayToPass(way);
    }
}
