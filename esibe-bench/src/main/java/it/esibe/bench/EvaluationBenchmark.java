package it.esibe.bench;

import it.esibe.core.ApplicationEvaluator;
import it.esibe.core.decision.Decision;
import it.esibe.core.decision.Outcome;
import it.esibe.core.decision.Verdict;
import it.esibe.core.model.Application;
import it.esibe.core.spi.Criterion;
import it.esibe.core.spi.CriterionContext;
import it.esibe.rules.Esibe;
import it.esibe.core.ruleset.Ruleset;
import it.esibe.rules.Rulesets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decisions per second on pre-parsed applications: ESIBE (with and without rendering the
 * explanations), ESIBE's seven criteria alone, the same seven checks as a plain loop (the limit),
 * and the same seven criteria in Drools, Easy Rules and Camunda DMN. Each operation decides the next
 * of {@value #POOL} generated applications, round robin.
 *
 * <p>Each set-up (not timed) maps the applications into what its engine reads and checks that the
 * engine agrees with ESIBE on every one of them; a disagreement fails the run. The warm-up is 24
 * seconds: with 12 seconds, Drools and Easy Rules were still getting cheaper when measured
 * ({@link Report} checks it), and ESIBE with explanations starts at a hundredth of its final speed.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 12, time = 2)
@Measurement(iterations = 8, time = 2)
public class EvaluationBenchmark {

    /** The number of distinct applications each benchmark cycles through (a power of two). */
    public static final int POOL = 1024;

    static List<Application> pool() {
        return SyntheticApplications.generate(POOL, SyntheticApplications.SEED);
    }

    /** ESIBE with explanations rendered in Italian and English (the default). */
    @State(Scope.Thread)
    public static class Explained {
        ApplicationEvaluator evaluator;
        Application[] applications;
        int next;

        /** Builds the evaluator. */
        @Setup
        public void setUp() {
            evaluator = Esibe.evaluator().build();
            applications = pool().toArray(Application[]::new);
        }
    }

    /** ESIBE without rendering explanations; the set-up checks that the verdicts are the same. */
    @State(Scope.Thread)
    public static class Unexplained {
        ApplicationEvaluator evaluator;
        Application[] applications;
        int next;

        /** Builds the evaluator and compares it with the default one on every application. */
        @Setup
        public void setUp() {
            evaluator = Esibe.evaluator().explanations(false).build();
            applications = pool().toArray(Application[]::new);
            ApplicationEvaluator explained = Esibe.evaluator().build();
            for (Application a : applications) {
                Decision with = explained.evaluate(a);
                Decision without = evaluator.evaluate(a);
                if (with.outcome() != without.outcome() || !verdicts(with).equals(verdicts(without))) {
                    throw new IllegalStateException("explanations(false) changed the decision of "
                            + a.applicationId());
                }
            }
        }

        private static List<Object> verdicts(Decision d) {
            return d.criteria().stream().map(c -> (Object) List.of(c.id(), c.result(), String.valueOf(c.remedy())))
                    .toList();
        }
    }

    /**
     * ESIBE's seven criteria called directly through the SPI, without validation and without
     * explanations: the part of an ESIBE decision that the other engines' rules correspond to. The
     * set-up checks that the verdicts and outcomes are those of the full evaluator.
     */
    @State(Scope.Thread)
    public static class CriteriaOnly {
        List<Criterion> criteria;
        CriterionContext[] contexts;
        int next;

        /** Prepares a context per application and checks the verdicts. */
        @Setup
        public void setUp() {
            Ruleset ruleset = Rulesets.interim();
            criteria = ruleset.criteria();
            List<Application> applications = pool();
            contexts = applications.stream().map(a -> context(ruleset, a)).toArray(CriterionContext[]::new);
            Agreement.check(Esibe.evaluator().build(), "ESIBE's criteria alone",
                    a -> decide(criteria, context(ruleset, a)), applications);
        }

        private static CriterionContext context(Ruleset ruleset, Application a) {
            return CriterionContext.builder(a, ruleset.parameters(), Esibe.taxonomy()).explanations(false).build();
        }

        /** Every criterion's verdict, then the outcome, as {@link PlainCriteria#outcome(Application)} does. */
        static Outcome outcome(List<Criterion> criteria, CriterionContext context) {
            Verdict[] verdicts = new Verdict[criteria.size()];
            for (int i = 0; i < verdicts.length; i++) {
                verdicts[i] = criteria.get(i).evaluate(context).result();
            }
            return PlainCriteria.outcome(verdicts);
        }

        static EngineResult decide(List<Criterion> criteria, CriterionContext context) {
            Map<String, Verdict> verdicts = new HashMap<>();
            for (Criterion criterion : criteria) {
                verdicts.put(criterion.id(), criterion.evaluate(context).result());
            }
            return new EngineResult(verdicts, Outcome.of(verdicts.values()));
        }
    }

    /** The same seven checks as plain Java on the parsed records ({@link PlainCriteria}): the limit. */
    @State(Scope.Thread)
    public static class PlainLoop {
        PlainCriteria plain;
        Application[] applications;
        int next;

        /** Lists the taxonomy's technologies and checks the verdicts. */
        @Setup
        public void setUp() {
            plain = new PlainCriteria(Esibe.taxonomy());
            List<Application> pool = pool();
            Agreement.check(Esibe.evaluator().build(), "the plain loop", plain::decide, pool);
            applications = pool.toArray(Application[]::new);
        }
    }

    /** Another engine with its facts, checked against ESIBE. */
    abstract static class Other {
        RuleEngine engine;
        Facts[] facts;
        int next;

        void load(RuleEngine e) {
            List<Application> applications = pool();
            Agreement.check(Esibe.evaluator().build(), Esibe.taxonomy(), e, applications);
            engine = e;
            facts = applications.stream().map(a -> Facts.of(a, Esibe.taxonomy())).toArray(Facts[]::new);
        }
    }

    /** Drools. */
    @State(Scope.Thread)
    public static class DroolsState extends Other {
        /** Compiles the rules and checks agreement. */
        @Setup
        public void setUp() {
            load(new DroolsEngine());
        }
    }

    /** Easy Rules. */
    @State(Scope.Thread)
    public static class EasyRulesState extends Other {
        /** Registers the rules and checks agreement. */
        @Setup
        public void setUp() {
            load(new EasyRulesEngine());
        }
    }

    /** Camunda DMN, with each application's variables built in advance. */
    @State(Scope.Thread)
    public static class DmnState extends Other {
        CamundaDmnEngine dmn;
        List<Map<String, Object>> variables;

        /** Parses the model and checks agreement. */
        @Setup
        public void setUp() {
            dmn = new CamundaDmnEngine();
            load(dmn);
            variables = java.util.Arrays.stream(facts).map(Facts::variables).toList();
        }
    }

    /** ESIBE, explanations rendered. */
    @Benchmark
    public Decision esibe(Explained s) {
        return s.evaluator.evaluate(s.applications[s.next++ & (POOL - 1)]);
    }

    /** ESIBE, explanations not rendered. */
    @Benchmark
    public Decision esibeWithoutExplanations(Unexplained s) {
        return s.evaluator.evaluate(s.applications[s.next++ & (POOL - 1)]);
    }

    /** ESIBE's criteria alone: no validation, no explanations. */
    @Benchmark
    public Outcome esibeCriteriaOnly(CriteriaOnly s) {
        return CriteriaOnly.outcome(s.criteria, s.contexts[s.next++ & (POOL - 1)]);
    }

    /** The seven checks as a plain loop on the same applications. */
    @Benchmark
    public Outcome plainLoop(PlainLoop s) {
        return s.plain.outcome(s.applications[s.next++ & (POOL - 1)]);
    }

    /** Drools, a new session per application. */
    @Benchmark
    public EngineResult drools(DroolsState s) {
        return s.engine.decide(s.facts[s.next++ & (POOL - 1)]);
    }

    /** Easy Rules. */
    @Benchmark
    public EngineResult easyRules(EasyRulesState s) {
        return s.engine.decide(s.facts[s.next++ & (POOL - 1)]);
    }

    /** Camunda DMN. */
    @Benchmark
    public EngineResult camundaDmn(DmnState s) {
        return s.dmn.decide(s.variables.get(s.next++ & (POOL - 1)));
    }

}
