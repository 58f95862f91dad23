package it.esibe.rules.internal;

import static it.esibe.core.message.MessageArg.eur;
import static it.esibe.core.message.MessageArg.message;
import static it.esibe.core.message.MessageArg.share;
import static it.esibe.core.message.MessageArg.text;
import static it.esibe.core.message.MessageArg.units;
import static it.esibe.core.message.MessageArg.year;

import it.esibe.core.decision.CriterionResult;
import it.esibe.core.decision.LocalizedText;
import it.esibe.core.message.MessageArg;
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
            case NOT_REQUIRED -> context.text("sme.notRequired");
            case CORPORATE_BACKED -> context.text("sme.corporate", text(corporateName(a)));
            case PUBLIC_BODIES -> context.text("sme.publicBodies", share(a.publicBodyCapital()), share(a.publicBodyVoting()));
            case NO_FIGURES -> context.text("rd.unknown.year", year(context.referenceYear()));
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
        MessageArg limits = message("sme.limits", units(p.decimal(InterimParameters.SME_MAX_STAFF)),
                eur(p.decimal(InterimParameters.SME_MAX_TURNOVER)),
                eur(p.decimal(InterimParameters.SME_MAX_BALANCE_SHEET)));
        MessageArg figuresY = figures(y, p);
        String verdictKey = switch (a.verdict()) {
            case PASS -> "sme.verdict.sme";
            case FAIL -> "sme.verdict.notSme";
            case UNKNOWN -> "sme.verdict.unknown";
        };
        YearTest prev = a.previousYear();
        if (a.basis() == SmeAssessment.Basis.CEILINGS_PREVIOUS_YEAR_STANDS && prev != null) {
            return context.text("sme.ceilings.previousStands", figuresY, figures(prev, p), message(verdictKey), limits);
        }
        if (prev != null && prev.withinCeilings() != null) {
            return context.text("sme.ceilings.twoYears", figuresY, figures(prev, p), message(verdictKey), limits);
        }
        return context.text("sme.ceilings.oneYear", figuresY, message(verdictKey), limits);
    }

    private static MessageArg figures(YearTest t, RulesetParameters p) {
        return message("sme.figures", year(t.year()),
                figureOrUnknown(t.staff(), p.decimal(InterimParameters.SME_MAX_STAFF), true),
                figureOrUnknown(t.turnover(), p.decimal(InterimParameters.SME_MAX_TURNOVER), false),
                figureOrUnknown(t.balanceSheetTotal(), p.decimal(InterimParameters.SME_MAX_BALANCE_SHEET), false));
    }

    /** A figure shown against its ceiling, so that rounding never moves it across. */
    private static MessageArg figureOrUnknown(@Nullable BigDecimal value, BigDecimal ceiling, boolean staff) {
        if (value == null) {
            return message("sme.figure.unknown");
        }
        return staff ? units(value, ceiling) : eur(value, ceiling);
    }
}
