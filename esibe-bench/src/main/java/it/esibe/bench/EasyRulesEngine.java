package it.esibe.bench;

import it.esibe.core.decision.Outcome;
import it.esibe.core.decision.Verdict;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.jeasy.rules.api.Rule;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngine;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.core.RuleBuilder;
import org.jspecify.annotations.Nullable;

/**
 * The seven criteria as Easy Rules rules built with {@link RuleBuilder} (conditions and actions as
 * Java lambdas, the engine's fastest form). The engine tries the rules in priority order; each
 * criterion's rules are ordered most specific first and a rule applies only while its criterion is
 * undecided, so the first matching rule gives the verdict. The outcome rules come last.
 */
public final class EasyRulesEngine implements RuleEngine {

    private static final String APP = "application";
    private static final String VERDICTS = "verdicts";
    private static final String OUTCOME = "outcome";
    private static final BigDecimal RD_MIN_PM = new BigDecimal("2000000");
    private static final BigDecimal RD_MIN_IE = new BigDecimal("800000");
    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal MAX_STAFF = new BigDecimal("250");
    private static final BigDecimal MAX_TURNOVER = new BigDecimal("50000000");
    private static final BigDecimal MAX_BALANCE = new BigDecimal("43000000");
    private static final BigDecimal PUBLIC_BODY_LIMIT = new BigDecimal("25");

    private final Rules rules = new Rules();
    private final RulesEngine engine = new DefaultRulesEngine();
    private int priority;

    /** Registers the rules. */
    public EasyRulesEngine() {
        String track = "ESIBE-TRACK-ALIGN";
        rule(track, Verdict.PASS, f -> f.getProgramFamilies().contains(
                "PRECISION_MEDICINE".equals(f.getTrack()) ? "MEDICAL_TECHNOLOGY" : "INDUSTRIAL_TECHNOLOGY"));
        rule(track, Verdict.FAIL, f -> true);

        String stage = "ESIBE-STAGE";
        rule(stage, Verdict.UNKNOWN, f -> f.getStage() == null);
        rule(stage, Verdict.FAIL, f -> "COMMERCIAL".equals(f.getStage()));
        rule(stage, Verdict.PASS, f -> true);

        String rdMin = "ESIBE-RD-MIN";
        rule(rdMin, Verdict.UNKNOWN, f -> !f.isYearPresent());
        rule(rdMin, Verdict.UNKNOWN, f -> pm(f) && f.getRd() == null);
        rule(rdMin, Verdict.PASS, f -> pm(f) && f.getRd().compareTo(RD_MIN_PM) >= 0);
        rule(rdMin, Verdict.FAIL, EasyRulesEngine::pm);
        rule(rdMin, Verdict.PASS, f -> atLeast(f.getRd(), RD_MIN_IE) || atLeast(f.getGrants(), RD_MIN_IE));
        rule(rdMin, Verdict.UNKNOWN, f -> f.getRd() == null);
        rule(rdMin, Verdict.FAIL, f -> true);

        String patent = "ESIBE-PATENT";
        rule(patent, Verdict.PASS, f -> f.getPatents().stream().anyMatch(p -> "GRANTED".equals(p.status())
                && (p.expiresOn() == null || p.expiresOn().isAfter(f.getReferenceDate()))
                && ("OWNED".equals(p.holding()) || p.licenceExpiresOn() == null
                        || p.licenceExpiresOn().isAfter(f.getReferenceDate()))));
        rule(patent, Verdict.FAIL, f -> true);

        String seat = "ESIBE-SEAT";
        rule(seat, Verdict.PASS, f -> "IT".equals(f.getSeatCountry()) && "IT".equals(f.getHqCountry()));
        rule(seat, Verdict.FAIL, f -> true);

        String rdItaly = "ESIBE-RD-ITALY";
        rule(rdItaly, Verdict.FAIL, f -> f.getRd() != null && f.getRd().signum() == 0);
        rule(rdItaly, Verdict.UNKNOWN, f -> !f.isYearPresent() || f.getRd() == null || f.getRdItaly() == null);
        rule(rdItaly, Verdict.PASS, f -> f.getRdItaly().compareTo(f.getRd().multiply(HALF)) > 0);
        rule(rdItaly, Verdict.FAIL, f -> true);

        String sme = "ESIBE-SME";
        rule(sme, Verdict.PASS, Facts::isCorporateBacked);
        rule(sme, Verdict.FAIL, f -> atLeast(f.getPublicBodyCapital(), PUBLIC_BODY_LIMIT)
                || atLeast(f.getPublicBodyVoting(), PUBLIC_BODY_LIMIT));
        rule(sme, Verdict.UNKNOWN, f -> !f.isYearPresent() || withinY(f) == null);
        // Two consecutive years: Y-1's result stands when it is decided, else Y's.
        rule(sme, Verdict.PASS, f -> Boolean.TRUE.equals(withinP(f) != null ? withinP(f) : withinY(f)));
        rule(sme, Verdict.FAIL, f -> true);

        // The outcome, once every criterion has its verdict.
        outcome(Outcome.NOT_ELIGIBLE, v -> v.containsValue(Verdict.FAIL));
        outcome(Outcome.INCOMPLETE, v -> v.containsValue(Verdict.UNKNOWN));
        outcome(Outcome.ELIGIBLE, v -> true);
    }

    private void outcome(Outcome outcome, Predicate<Map<String, Verdict>> condition) {
        int p = ++priority;
        rules.register(new RuleBuilder()
                .name(String.format("%03d outcome %s", p, outcome))
                .priority(p)
                .when(facts -> facts.get(OUTCOME) == null && condition.test(verdicts(facts)))
                .then(facts -> facts.put(OUTCOME, outcome))
                .build());
    }

    private void rule(String criterion, Verdict verdict, Predicate<Facts> condition) {
        int p = ++priority;
        Rule r = new RuleBuilder()
                .name(String.format("%03d %s %s", p, criterion, verdict))
                .priority(p)
                .when(facts -> !verdicts(facts).containsKey(criterion) && condition.test(facts.get(APP)))
                .then(facts -> verdicts(facts).put(criterion, verdict))
                .build();
        rules.register(r);
    }

    private static Map<String, Verdict> verdicts(org.jeasy.rules.api.Facts facts) {
        return facts.get(VERDICTS);
    }

    private static boolean pm(Facts f) {
        return "PRECISION_MEDICINE".equals(f.getTrack());
    }

    private static boolean atLeast(@Nullable BigDecimal value, BigDecimal limit) {
        return value != null && value.compareTo(limit) >= 0;
    }

    /** The ceiling test in Kleene's three-valued logic; null when the known figures cannot decide. */
    private static @Nullable Boolean within(@Nullable BigDecimal staff, @Nullable BigDecimal turnover,
            @Nullable BigDecimal balance) {
        Boolean staffOk = staff == null ? null : staff.compareTo(MAX_STAFF) < 0;
        Boolean turnoverOk = turnover == null ? null : turnover.compareTo(MAX_TURNOVER) <= 0;
        Boolean balanceOk = balance == null ? null : balance.compareTo(MAX_BALANCE) <= 0;
        Boolean money = Boolean.TRUE.equals(turnoverOk) || Boolean.TRUE.equals(balanceOk) ? Boolean.TRUE
                : turnoverOk == null || balanceOk == null ? null : Boolean.FALSE;
        if (Boolean.FALSE.equals(staffOk) || Boolean.FALSE.equals(money)) {
            return Boolean.FALSE;
        }
        return staffOk == null || money == null ? null : Boolean.TRUE;
    }

    private static @Nullable Boolean withinY(Facts f) {
        return within(f.getStaffY(), f.getTurnoverY(), f.getBalanceY());
    }

    private static @Nullable Boolean withinP(Facts f) {
        return within(f.getStaffP(), f.getTurnoverP(), f.getBalanceP());
    }

    @Override
    public String name() {
        return "Easy Rules";
    }

    @Override
    public EngineResult decide(Facts facts) {
        org.jeasy.rules.api.Facts f = new org.jeasy.rules.api.Facts();
        f.put(APP, facts);
        f.put(VERDICTS, new HashMap<String, Verdict>());
        engine.fire(rules, f);
        return new EngineResult(verdicts(f), f.get(OUTCOME));
    }
}
