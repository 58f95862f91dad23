package it.esibe.rules.internal;

import static it.esibe.rules.internal.Messages.eur;
import static it.esibe.rules.internal.Messages.joined;
import static it.esibe.rules.internal.Messages.nested;
import static it.esibe.rules.internal.Messages.plain;
import static it.esibe.rules.internal.Messages.share;
import static it.esibe.rules.internal.Messages.text;
import static it.esibe.rules.internal.Messages.units;

import it.esibe.core.decision.CriterionResult;
import it.esibe.core.decision.LocalizedText;
import it.esibe.core.model.Holder;
import it.esibe.core.model.HolderType;
import it.esibe.core.ruleset.RulesetParameters;
import it.esibe.core.spi.CriterionContext;
import it.esibe.rules.CriterionIds;
import it.esibe.rules.InterimParameters;
import it.esibe.rules.SmeAssessment;
import it.esibe.rules.SmeAssessment.Contribution;
import it.esibe.rules.SmeAssessment.Direction;
import it.esibe.rules.SmeAssessment.Figures;
import it.esibe.rules.SmeAssessment.Group;
import it.esibe.rules.SmeAssessment.Link;
import it.esibe.rules.SmeAssessment.Missing;
import it.esibe.rules.SmeAssessment.YearTest;
import it.esibe.rules.SmeCalculator;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * ESIBE-SME: an SME under Recommendation 2003/361/EC, with the corporate backing of §6 last bullet
 * ("società sostenute da corporate, anche se non si qualificano come PMI") read as
 * {@code sme.corporateBacking} says. The figures and reasons come from {@link SmeCalculator}; the
 * explanation follows the aggregation enterprise by enterprise and year by year.
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
            case CORPORATE_BACKED -> text(context, "sme.corporate", backer(context));
            case PUBLIC_BODIES -> text(context, "sme.publicBodies", share(a.publicBodyCapital()), share(a.publicBodyVoting()));
            case NO_FIGURES -> text(context, "rd.unknown.year", plain(context.referenceYear()));
            // Without explanations the message is its key: the aggregation's arguments are not even built.
            case CEILINGS, CEILINGS_PREVIOUS_YEAR_STANDS -> context.explanations()
                    ? text(context, "sme.explained", ceilings(a, context), aggregation(a))
                    : text(context, "sme.explained");
        };
        return switch (a.verdict()) {
            case PASS -> pass(message);
            case FAIL -> fail(message, null);
            case UNKNOWN -> unknown(message);
        };
    }

    /** The first corporate holder with capital: the one whose backing waives the test (v1 reading). */
    private static Messages.Arg backer(CriterionContext context) {
        List<Holder> holders = context.application().ownership().holders();
        for (int i = 0; i < holders.size(); i++) {
            Holder h = holders.get(i);
            if (h.type() == HolderType.CORPORATE && h.capitalShare().signum() > 0) {
                return name(h.name(), Direction.UPSTREAM, i);
            }
        }
        throw new IllegalStateException("a corporate-backed assessment has a corporate holder with capital");
    }

    private static Messages.Arg ceilings(SmeAssessment a, CriterionContext context) {
        YearTest y = a.referenceYear();
        if (y == null) {
            throw new IllegalStateException("a ceiling assessment has a reference-year test");
        }
        var p = context.parameters();
        Messages.Arg limits = nested("sme.limits", units(p.decimal(InterimParameters.SME_MAX_STAFF)),
                eur(p.decimal(InterimParameters.SME_MAX_TURNOVER)),
                eur(p.decimal(InterimParameters.SME_MAX_BALANCE_SHEET)));
        Messages.Arg figuresY = nested("sme.figures", plain(y.year()), aggregated(y.aggregated()));
        String verdictKey = switch (a.verdict()) {
            case PASS -> "sme.verdict.sme";
            case FAIL -> "sme.verdict.notSme";
            case UNKNOWN -> "sme.verdict.unknown";
        };
        YearTest prev = shownPreviousYear(a);
        if (a.basis() == SmeAssessment.Basis.CEILINGS_PREVIOUS_YEAR_STANDS && prev != null) {
            return nested("sme.ceilings.previousStands", figuresY, nested("sme.figures", plain(prev.year()),
                    aggregated(prev.aggregated())), nested(verdictKey), limits);
        }
        if (prev != null) {
            return nested("sme.ceilings.twoYears", figuresY, nested("sme.figures", plain(prev.year()),
                    aggregated(prev.aggregated())), nested(verdictKey), limits);
        }
        return nested("sme.ceilings.oneYear", figuresY, nested(verdictKey), limits);
    }

    /** {@code Y-1} when it counted: present and decided by its own figures (ESIBE-SME rule 4). */
    private static @Nullable YearTest shownPreviousYear(SmeAssessment a) {
        YearTest prev = a.previousYear();
        return prev != null && prev.withinCeilings() != null ? prev : null;
    }

    /**
     * How each holder and participation counts, each joint holding with its combined share and what
     * it added, and for each year counted the company's own figures, what each enterprise added and
     * whose figures are missing.
     */
    private static Messages.Arg aggregation(SmeAssessment a) {
        List<Messages.Arg> sentences = new ArrayList<>();
        if (a.links().isEmpty()) {
            sentences.add(nested("sme.links.none"));
        } else {
            List<Messages.Arg> links = new ArrayList<>();
            for (Link l : a.links()) {
                links.add(nested("sme.link", name(l), where(l), relation(l)));
            }
            sentences.add(nested("sme.links", joined("; ", links)));
        }
        YearTest y = a.referenceYear();
        for (Group g : a.groups()) {
            List<Messages.Arg> members = a.members(g).stream().map(SmeCriterion::name).toList();
            Messages.Arg rule = switch (g.relation()) {
                case LINKED -> nested("sme.group.linked");
                case PARTNER -> nested("sme.group.partner", share(g.share()));
                default -> nested("sme.group.autonomous");
            };
            boolean adds = a.members(g).stream().anyMatch(Link::isAdded);
            sentences.add(adds && y != null
                    ? nested("sme.group.adds", plain(g.name()), joined(", ", members), share(g.share()), rule,
                            figures(y.addedBy(g)))
                    : nested("sme.group.addsNothing", plain(g.name()), joined(", ", members), share(g.share()), rule));
        }
        List<YearTest> years = new ArrayList<>();
        if (y != null) {
            years.add(y);
        }
        YearTest prev = shownPreviousYear(a);
        if (prev != null) {
            years.add(prev);
        }
        for (YearTest t : years) {
            if (!t.contributions().isEmpty()) {
                List<Messages.Arg> added = new ArrayList<>();
                for (Contribution c : t.contributions()) {
                    added.add(nested("sme.added", name(c.link()), figures(c.added())));
                }
                sentences.add(nested("sme.year", plain(t.year()), figures(t.own()), joined("; ", added)));
            }
            if (!t.missing().isEmpty()) {
                List<Messages.Arg> missing = new ArrayList<>();
                for (Missing m : t.missing()) {
                    Messages.Arg figure = nested("sme.figure." + m.figure().name());
                    missing.add(missing(figure, m.of()));
                }
                sentences.add(nested("sme.missing", plain(t.year()), joined(", ", missing)));
            }
        }
        return joined(". ", sentences);
    }

    /** "the company's own turnover", "staff of Lab S.r.l.", "staff of holder 2" ("effettivi del socio n. 2"). */
    private static Messages.Arg missing(Messages.Arg figure, @Nullable Link of) {
        if (of == null) {
            return nested("sme.missing.own", figure);
        }
        if (of.name() == null || of.name().isBlank()) {
            return nested(of.direction() == Direction.UPSTREAM ? "sme.missing.ofHolder" : "sme.missing.ofParticipation",
                    figure, plain(of.index() + 1));
        }
        return nested("sme.missing.of", figure, plain(of.name()));
    }

    /**
     * "holder, 30%", "holder, 20%, group G", "participation, 60%"; only the share (and group) when the
     * name already says which it is ("holder 2 (30%)").
     */
    private static Messages.Arg where(Link l) {
        if (l.name() == null || l.name().isBlank()) {
            return l.group() == null ? share(l.share()) : nested("sme.link.grouped", share(l.share()), plain(l.group()));
        }
        if (l.direction() == Direction.DOWNSTREAM) {
            return nested("sme.link.participation", share(l.share()));
        }
        return l.group() == null ? nested("sme.link.holder", share(l.share()))
                : nested("sme.link.holder.grouped", share(l.share()), plain(l.group()));
    }

    private static Messages.Arg relation(Link l) {
        return switch (l.relation()) {
            case LINKED -> nested("sme.relation.linked");
            case PARTNER -> nested("sme.relation.partner", share(l.weight().movePointRight(2)));
            case EXEMPT_INVESTOR -> nested("sme.relation.exemptInvestor");
            case AUTONOMOUS -> nested("sme.relation.autonomous");
            case NOT_AN_ENTERPRISE -> nested("sme.relation.notAnEnterprise");
            case PUBLIC_BODY -> nested("sme.relation.publicBody");
            case CORPORATE_BACKER -> nested("sme.relation.corporateBacker");
        };
    }

    private static Messages.Arg name(Link l) {
        return name(l.name(), l.direction(), l.index());
    }

    /** The name as given, or "holder 2" / "socio n. 2" (from 1) when there is none: never a JSON path. */
    private static Messages.Arg name(@Nullable String name, Direction direction, int index) {
        if (name != null && !name.isBlank()) {
            return plain(name);
        }
        return nested(direction == Direction.UPSTREAM ? "sme.unnamed.holder" : "sme.unnamed.participation",
                plain(index + 1));
    }

    /** "staff 10 AWU, turnover EUR 1.00, balance sheet not declared": declared figures, or their sum. */
    private static Messages.Arg figures(Figures f) {
        return figures(f, ".unknown");
    }

    /** "staff 110 AWU, turnover unknown, …": an aggregate, unknown when a figure it needs is missing. */
    private static Messages.Arg aggregated(Figures f) {
        return figures(f, ".unknownAggregate");
    }

    private static Messages.Arg figures(Figures f, String unknown) {
        return joined(", ", List.of(
                figure("sme.item.staff", unknown, f.staff() == null ? null : units(f.staff())),
                figure("sme.item.turnover", unknown, f.turnover() == null ? null : eur(f.turnover())),
                figure("sme.item.balanceSheet", unknown, f.balanceSheetTotal() == null ? null
                        : eur(f.balanceSheetTotal()))));
    }

    private static Messages.Arg figure(String key, String unknown, Messages.@Nullable Arg value) {
        return value == null ? nested(key + unknown) : nested(key, value);
    }
}
