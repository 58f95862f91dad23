package it.esibe.rules.internal;

import static it.esibe.rules.internal.Messages.eur;
import static it.esibe.rules.internal.Messages.nested;
import static it.esibe.rules.internal.Messages.plain;
import static it.esibe.rules.internal.Messages.share;
import static it.esibe.rules.internal.Messages.text;
import static it.esibe.rules.internal.Messages.units;

import it.esibe.core.decision.CriterionResult;
import it.esibe.core.decision.LocalizedText;
import it.esibe.core.model.HolderType;
import it.esibe.core.spi.CriterionContext;
import it.esibe.core.ruleset.RulesetParameters;
import it.esibe.rules.CriterionIds;
import it.esibe.rules.InterimParameters;
import it.esibe.rules.SmeAssessment;
import it.esibe.rules.SmeAssessment.YearTest;
import it.esibe.rules.SmeCalculator;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * ESIBE-SME: an SME under Recommendation 2003/361/EC, unless corporate-backed (§6 last bullet:
 * "società sostenute da corporate, anche se non si qualificano come PMI"). The figures and
 * reasons come from {@link SmeCalculator}.
 */
final class SmeCriterion extends BaseCriterion {

    /** The calculator of the last parameters seen: an evaluator passes the same ones every time. */
    private volatile @Nullable Calculator last;

    private record Calculator(RulesetParameters parameters, SmeCalculator calculator) {
    }

    SmeCriterion() {
        super(CriterionIds.SME, Citations.S6_SME);
    }

    private SmeCalculator calculator(RulesetParameters parameters) {
        Calculator c = last;
        if (c == null || c.parameters() != parameters) {
            c = new Calculator(parameters, SmeCalculator.of(parameters));
            last = c;
        }
        return c.calculator();
    }

    @Override
    public CriterionResult evaluate(CriterionContext context) {
        SmeAssessment a = calculator(context.parameters()).assess(context.application(), context.referenceYear());
        LocalizedText message = switch (a.basis()) {
            case NOT_REQUIRED -> text(context, "sme.notRequired");
            case CORPORATE_BACKED -> text(context, "sme.corporate", plain(corporateName(a)));
            case PUBLIC_BODIES -> text(context, "sme.publicBodies", share(a.publicBodyCapital()), share(a.publicBodyVoting()));
            case NO_FIGURES -> text(context, "rd.unknown.year", plain(context.referenceYear()));
            case CEILINGS, CEILINGS_PREVIOUS_YEAR_STANDS -> ceilings(a, context);
        };
        return switch (a.verdict()) {
            case PASS -> pass(message);
            case FAIL -> fail(message, null);
            case UNKNOWN -> unknown(message);
        };
    }

    private static String corporateName(SmeAssessment a) {
        return a.links().stream().filter(l -> l.type() == HolderType.CORPORATE && l.direction()
                == SmeAssessment.Direction.UPSTREAM).map(SmeAssessment.Link::name).findFirst().orElse("");
    }

    private static LocalizedText ceilings(SmeAssessment a, CriterionContext context) {
        YearTest y = a.referenceYear();
        if (y == null) {
            throw new IllegalStateException("a ceiling assessment has a reference-year test");
        }
        var p = context.parameters();
        Messages.Arg limits = nested("sme.limits", units(p.decimal(InterimParameters.SME_MAX_STAFF)),
                eur(p.decimal(InterimParameters.SME_MAX_TURNOVER)),
                eur(p.decimal(InterimParameters.SME_MAX_BALANCE_SHEET)));
        Messages.Arg figuresY = figures(y);
        String verdictKey = switch (a.verdict()) {
            case PASS -> "sme.verdict.sme";
            case FAIL -> "sme.verdict.notSme";
            case UNKNOWN -> "sme.verdict.unknown";
        };
        YearTest prev = a.previousYear();
        if (a.basis() == SmeAssessment.Basis.CEILINGS_PREVIOUS_YEAR_STANDS && prev != null) {
            return text(context, "sme.ceilings.previousStands", figuresY, figures(prev), nested(verdictKey), limits);
        }
        if (prev != null && prev.withinCeilings() != null) {
            return text(context, "sme.ceilings.twoYears", figuresY, figures(prev), nested(verdictKey), limits);
        }
        return text(context, "sme.ceilings.oneYear", figuresY, nested(verdictKey), limits);
    }

    private static Messages.Arg figures(YearTest t) {
        return nested("sme.figures", plain(t.year()), amountOrUnknown(t.staff(), true),
                amountOrUnknown(t.turnover(), false), amountOrUnknown(t.balanceSheetTotal(), false));
    }

    private static Messages.Arg amountOrUnknown(@Nullable BigDecimal value, boolean staff) {
        if (value == null) {
            return nested("sme.figure.unknown");
        }
        return staff ? units(value) : eur(value);
    }
}
