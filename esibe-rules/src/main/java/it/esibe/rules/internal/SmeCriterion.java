package it.esibe.rules.internal;

import static it.esibe.core.message.MessageArg.count;
import static it.esibe.core.message.MessageArg.eur;
import static it.esibe.core.message.MessageArg.join;
import static it.esibe.core.message.MessageArg.message;
import static it.esibe.core.message.MessageArg.share;
import static it.esibe.core.message.MessageArg.text;
import static it.esibe.core.message.MessageArg.units;
import static it.esibe.core.message.MessageArg.year;

import it.esibe.core.decision.CriterionResult;
import it.esibe.core.decision.LocalizedText;
import it.esibe.core.decision.WayToPass;
import it.esibe.core.message.MessageArg;
import it.esibe.core.model.Holder;
import it.esibe.core.model.HolderType;
import it.esibe.core.model.Stake;
import it.esibe.core.ruleset.RulesetParameters;
import it.esibe.core.spi.CriterionContext;
import it.esibe.rules.CriterionIds;
import it.esibe.rules.InterimParameters;
import it.esibe.rules.SmeAssessment;
import it.esibe.rules.SmeAssessment.Contribution;
import it.esibe.rules.SmeAssessment.Direction;
import it.esibe.rules.SmeAssessment.Figure;
import it.esibe.rules.SmeAssessment.Figures;
import it.esibe.rules.SmeAssessment.Group;
import it.esibe.rules.SmeAssessment.Link;
import it.esibe.rules.SmeAssessment.Missing;
import it.esibe.rules.SmeAssessment.YearTest;
import it.esibe.rules.SmeCalculator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
            case NOT_REQUIRED -> context.text("sme.notRequired");
            case CORPORATE_BACKED -> context.text("sme.corporate", backer(context));
            case PUBLIC_BODIES -> context.text("sme.publicBodies", share(a.publicBodyCapital()), share(a.publicBodyVoting()));
            case NO_FIGURES -> context.text("rd.unknown.year", year(context.referenceYear()));
            // Without explanations the message is its key: the aggregation's arguments are not even built.
            case CEILINGS, CEILINGS_PREVIOUS_YEAR_STANDS -> context.explanations()
                    ? context.text("sme.explained", ceilings(a, context), aggregation(a))
                    : context.text("sme.explained");
        };
        CriterionResult.Builder result = switch (a.verdict()) {
            case PASS -> pass(message);
            case FAIL -> fail(message, null).wayToPass(WayToPass.notByFigures(context.text(
                    a.basis() == SmeAssessment.Basis.PUBLIC_BODIES ? "sme.toPass.publicBodies" : "sme.toPass")));
            case UNKNOWN -> unknown(message).missingFacts(missing(a, context))
                    .wayToPass(WayToPass.provideFacts(context.text("sme.toPass.provide", year(context.referenceYear()))));
        };
        return facts(result, a, context).build();
    }

    /**
     * The figures whose absence leaves year {@code Y} undecided: when the year is absent, its three
     * figures and every figure an added enterprise lacks; else, of the missing figures, those of a
     * ceiling the known figures leave open (staff, or both turnover and balance sheet). Figure by
     * figure, the company's own first, then the enterprises' in link order.
     */
    private static List<String> missing(SmeAssessment a, CriterionContext context) {
        int y = context.referenceYear();
        List<String> paths = new ArrayList<>();
        YearTest test = a.referenceYear();
        if (test == null) {
            for (Figure f : Figure.values()) {
                paths.add(context.fiscalYearPath(y, FIELDS.get(f)));
                for (Link l : a.links()) {
                    if (l.isAdded() && figure(context, l, f) == null) {
                        paths.add(path(l, f));
                    }
                }
            }
            return paths;
        }
        boolean staffOpen = test.staff() == null;
        Boolean turnover = withinTurnover(test, context);
        Boolean balanceSheet = withinBalanceSheet(test, context);
        // "turnover or balance sheet within its ceiling" is open when neither is known to hold and one is unknown.
        boolean moneyOpen = !Boolean.TRUE.equals(turnover) && !Boolean.TRUE.equals(balanceSheet)
                && (turnover == null || balanceSheet == null);
        for (Missing m : test.missing()) {
            boolean open = m.figure() == Figure.STAFF ? staffOpen : moneyOpen;
            if (open) {
                paths.add(m.of() == null ? context.fiscalYearPath(y, FIELDS.get(m.figure())) : path(m.of(), m.figure()));
            }
        }
        return paths;
    }

    /** Turnover within its ceiling: true, false, or null when unknown. */
    private static @Nullable Boolean withinTurnover(YearTest t, CriterionContext context) {
        return t.turnover() == null ? null
                : t.turnover().compareTo(context.parameters().get(InterimParameters.SME_MAX_TURNOVER)) <= 0;
    }

    private static @Nullable Boolean withinBalanceSheet(YearTest t, CriterionContext context) {
        return t.balanceSheetTotal() == null ? null
                : t.balanceSheetTotal().compareTo(context.parameters().get(InterimParameters.SME_MAX_BALANCE_SHEET)) <= 0;
    }

    /** The JSON fields of the three figures, in a fiscal year and in a holder or participation alike. */
    private static final Map<Figure, String> FIELDS = Map.of(Figure.STAFF, "staffHeadcount", Figure.TURNOVER, "turnover",
            Figure.BALANCE_SHEET_TOTAL, "balanceSheetTotal");

    /** The paths of the first holders' and participations' figures, made once rather than for every decision. */
    private static final int KEPT_PATHS = 16;
    private static final String[][] PREFIXES = new String[Direction.values().length][KEPT_PATHS];
    private static final String[][][] PATHS = new String[Direction.values().length][KEPT_PATHS][Figure.values().length];

    static {
        for (Direction d : Direction.values()) {
            for (int i = 0; i < KEPT_PATHS; i++) {
                PREFIXES[d.ordinal()][i] = prefix(d, i);
                for (Figure f : Figure.values()) {
                    PATHS[d.ordinal()][i][f.ordinal()] = prefix(d, i) + FIELDS.get(f);
                }
            }
        }
    }

    private static String prefix(Direction direction, int index) {
        return (direction == Direction.UPSTREAM ? "ownership.holders[" : "ownership.participations[") + index + "].";
    }

    private static String prefix(Link l) {
        return l.index() < KEPT_PATHS ? PREFIXES[l.direction().ordinal()][l.index()] : prefix(l.direction(), l.index());
    }

    private static String path(Link l, Figure f) {
        return l.index() < KEPT_PATHS ? PATHS[l.direction().ordinal()][l.index()][f.ordinal()]
                : prefix(l) + FIELDS.get(f);
    }

    private static Stake stake(CriterionContext context, Link l) {
        return l.direction() == Direction.UPSTREAM ? context.application().ownership().holders().get(l.index())
                : context.application().ownership().participations().get(l.index());
    }

    private static @Nullable BigDecimal figure(CriterionContext context, Link l, Figure f) {
        Stake s = stake(context, l);
        return switch (f) {
            case STAFF -> s.staffHeadcount();
            case TURNOVER -> s.turnover();
            case BALANCE_SHEET_TOTAL -> s.balanceSheetTotal();
        };
    }

    /**
     * The facts the test read and the parameters it applied: for the public-body rule and the
     * relations, each holder's type, shares and group and each participation's shares; for the
     * ceilings, the company's own figures of {@code Y} and {@code Y-1} and the declared figures of
     * every enterprise that adds some.
     */
    private static CriterionResult.Builder facts(CriterionResult.Builder result, SmeAssessment a,
            CriterionContext context) {
        RulesetParameters p = context.parameters();
        result.parameter(InterimParameters.SME_REQUIRED.name(), p.get(InterimParameters.SME_REQUIRED));
        if (a.basis() == SmeAssessment.Basis.NOT_REQUIRED) {
            return result;
        }
        result.parameter(InterimParameters.SME_CORPORATE_BACKING.name(), p.get(InterimParameters.SME_CORPORATE_BACKING));
        List<Holder> holders = context.application().ownership().holders();
        for (Link l : a.links()) {
            Stake s = stake(context, l);
            String at = prefix(l);
            if (l.direction() == Direction.UPSTREAM) {
                Holder h = holders.get(l.index());
                result.fact(at + "type", h.type());
                if (h.group() != null) {
                    result.fact(at + "group", h.group());
                }
            }
            result.fact(at + "capitalShare", s.capitalShare());
            if (s.votingShare() != null) {
                result.fact(at + "votingShare", s.votingShare());
            }
        }
        YearTest y = a.referenceYear();
        if (y == null) {
            return result;
        }
        List<YearTest> years = new ArrayList<>(List.of(y));
        if (a.previousYear() != null) {
            years.add(a.previousYear());
        }
        for (YearTest t : years) {
            for (Figure f : Figure.values()) {
                BigDecimal own = t.own().get(f);
                if (own != null) {
                    result.fact(context.fiscalYearPath(t.year(), FIELDS.get(f)), own);
                }
            }
        }
        for (Link l : a.links()) {
            for (Figure f : Figure.values()) {
                BigDecimal v = l.isAdded() ? figure(context, l, f) : null;
                if (v != null) {
                    result.fact(path(l, f), v);
                }
            }
        }
        return result.parameter(InterimParameters.SME_MAX_STAFF.name(), p.get(InterimParameters.SME_MAX_STAFF))
                .parameter(InterimParameters.SME_MAX_TURNOVER.name(), p.get(InterimParameters.SME_MAX_TURNOVER))
                .parameter(InterimParameters.SME_MAX_BALANCE_SHEET.name(), p.get(InterimParameters.SME_MAX_BALANCE_SHEET));
    }

    /** The first corporate holder with capital: the one whose backing waives the test (v1 reading). */
    private static MessageArg backer(CriterionContext context) {
        List<Holder> holders = context.application().ownership().holders();
        for (int i = 0; i < holders.size(); i++) {
            Holder h = holders.get(i);
            if (h.type() == HolderType.CORPORATE && h.capitalShare().signum() > 0) {
                return name(h.name(), Direction.UPSTREAM, i);
            }
        }
        throw new IllegalStateException("a corporate-backed assessment has a corporate holder with capital");
    }

    private static MessageArg ceilings(SmeAssessment a, CriterionContext context) {
        YearTest y = a.referenceYear();
        if (y == null) {
            throw new IllegalStateException("a ceiling assessment has a reference-year test");
        }
        var p = context.parameters();
        MessageArg limits = message("sme.limits", units(p.get(InterimParameters.SME_MAX_STAFF)),
                eur(p.get(InterimParameters.SME_MAX_TURNOVER)),
                eur(p.get(InterimParameters.SME_MAX_BALANCE_SHEET)));
        MessageArg figuresY = message("sme.figures", year(y.year()), aggregated(y.aggregated(), p));
        String verdictKey = switch (a.verdict()) {
            case PASS -> "sme.verdict.sme";
            case FAIL -> "sme.verdict.notSme";
            case UNKNOWN -> "sme.verdict.unknown";
        };
        YearTest prev = shownPreviousYear(a);
        if (a.basis() == SmeAssessment.Basis.CEILINGS_PREVIOUS_YEAR_STANDS && prev != null) {
            return message("sme.ceilings.previousStands", figuresY, message("sme.figures", year(prev.year()),
                    aggregated(prev.aggregated(), p)), message(verdictKey), limits);
        }
        if (prev != null) {
            return message("sme.ceilings.twoYears", figuresY, message("sme.figures", year(prev.year()),
                    aggregated(prev.aggregated(), p)), message(verdictKey), limits);
        }
        return message("sme.ceilings.oneYear", figuresY, message(verdictKey), limits);
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
    private static MessageArg aggregation(SmeAssessment a) {
        List<MessageArg> sentences = new ArrayList<>();
        if (a.links().isEmpty()) {
            sentences.add(message("sme.links.none"));
        } else {
            List<MessageArg> links = new ArrayList<>();
            for (Link l : a.links()) {
                links.add(message("sme.link", name(l), where(l), relation(l)));
            }
            sentences.add(message("sme.links", join("; ", links)));
        }
        YearTest y = a.referenceYear();
        for (Group g : a.groups()) {
            List<MessageArg> members = a.members(g).stream().map(SmeCriterion::name).toList();
            MessageArg rule = switch (g.relation()) {
                case LINKED -> message("sme.group.linked");
                case PARTNER -> message("sme.group.partner", share(g.share()));
                default -> message("sme.group.autonomous");
            };
            boolean adds = a.members(g).stream().anyMatch(Link::isAdded);
            sentences.add(adds && y != null
                    ? message("sme.group.adds", text(g.name()), join(", ", members), share(g.share()), rule,
                            figures(y.addedBy(g)))
                    : message("sme.group.addsNothing", text(g.name()), join(", ", members), share(g.share()), rule));
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
                List<MessageArg> added = new ArrayList<>();
                for (Contribution c : t.contributions()) {
                    added.add(message("sme.added", name(c.link()), figures(c.added())));
                }
                sentences.add(message("sme.year", year(t.year()), figures(t.own()), join("; ", added)));
            }
            if (!t.missing().isEmpty()) {
                List<MessageArg> missing = new ArrayList<>();
                for (Missing m : t.missing()) {
                    MessageArg figure = message("sme.figure." + m.figure().name());
                    missing.add(missing(figure, m.of()));
                }
                sentences.add(message("sme.missing", year(t.year()), join(", ", missing)));
            }
        }
        return join(". ", sentences);
    }

    /** "the company's own turnover", "staff of Lab S.r.l.", "staff of holder 2" ("effettivi del socio n. 2"). */
    private static MessageArg missing(MessageArg figure, @Nullable Link of) {
        if (of == null) {
            return message("sme.missing.own", figure);
        }
        if (of.name() == null || of.name().isBlank()) {
            return message(of.direction() == Direction.UPSTREAM ? "sme.missing.ofHolder" : "sme.missing.ofParticipation",
                    figure, count(of.index() + 1L));
        }
        return message("sme.missing.of", figure, text(of.name()));
    }

    /**
     * "holder, 30%", "holder, 20%, group G", "participation, 60%"; only the share (and group) when the
     * name already says which it is ("holder 2 (30%)").
     */
    private static MessageArg where(Link l) {
        if (l.name() == null || l.name().isBlank()) {
            return l.group() == null ? share(l.share()) : message("sme.link.grouped", share(l.share()), text(l.group()));
        }
        if (l.direction() == Direction.DOWNSTREAM) {
            return message("sme.link.participation", share(l.share()));
        }
        return l.group() == null ? message("sme.link.holder", share(l.share()))
                : message("sme.link.holder.grouped", share(l.share()), text(l.group()));
    }

    private static MessageArg relation(Link l) {
        return switch (l.relation()) {
            case LINKED -> message("sme.relation.linked");
            case PARTNER -> message("sme.relation.partner", share(l.weight().movePointRight(2)));
            case EXEMPT_INVESTOR -> message("sme.relation.exemptInvestor");
            case AUTONOMOUS -> message("sme.relation.autonomous");
            case NOT_AN_ENTERPRISE -> message("sme.relation.notAnEnterprise");
            case PUBLIC_BODY -> message("sme.relation.publicBody");
            case CORPORATE_BACKER -> message("sme.relation.corporateBacker");
        };
    }

    private static MessageArg name(Link l) {
        return name(l.name(), l.direction(), l.index());
    }

    /** The name as given, or "holder 2" / "socio n. 2" (from 1) when there is none: never a JSON path. */
    private static MessageArg name(@Nullable String name, Direction direction, int index) {
        if (name != null && !name.isBlank()) {
            return text(name);
        }
        return message(direction == Direction.UPSTREAM ? "sme.unnamed.holder" : "sme.unnamed.participation",
                count(index + 1L));
    }

    /**
     * "staff 110 AWU, turnover unknown, …": an aggregate, unknown when a figure it needs is missing,
     * each figure shown against its ceiling so that rounding never moves it across (spec v1.1).
     */
    private static MessageArg aggregated(Figures f, RulesetParameters p) {
        BigDecimal staff = p.get(InterimParameters.SME_MAX_STAFF);
        BigDecimal turnover = p.get(InterimParameters.SME_MAX_TURNOVER);
        BigDecimal balance = p.get(InterimParameters.SME_MAX_BALANCE_SHEET);
        return join(", ", List.of(
                figure("sme.item.staff", "sme.item.staff.unknownAggregate",
                        f.staff() == null ? null : units(f.staff(), staff)),
                figure("sme.item.turnover", "sme.item.turnover.unknownAggregate",
                        f.turnover() == null ? null : eur(f.turnover(), turnover)),
                figure("sme.item.balanceSheet", "sme.item.balanceSheet.unknownAggregate",
                        f.balanceSheetTotal() == null ? null : eur(f.balanceSheetTotal(), balance))));
    }

    /**
     * "staff 10 AWU, turnover EUR 1.00, balance sheet not declared": declared figures, or their sum;
     * the keys of the unknown ones spelt out, not concatenated for every decision.
     */
    private static MessageArg figures(Figures f) {
        return join(", ", List.of(
                figure("sme.item.staff", "sme.item.staff.unknown", f.staff() == null ? null : units(f.staff())),
                figure("sme.item.turnover", "sme.item.turnover.unknown",
                        f.turnover() == null ? null : eur(f.turnover())),
                figure("sme.item.balanceSheet", "sme.item.balanceSheet.unknown",
                        f.balanceSheetTotal() == null ? null : eur(f.balanceSheetTotal()))));
    }

    private static MessageArg figure(String key, String unknownKey, @Nullable MessageArg value) {
        return value == null ? message(unknownKey) : message(key, value);
    }
}
