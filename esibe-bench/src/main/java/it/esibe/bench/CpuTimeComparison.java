package it.esibe.bench;

import it.esibe.core.ApplicationEvaluator;
import it.esibe.core.model.Application;
import it.esibe.core.spi.CriterionContext;
import it.esibe.rules.Esibe;
import it.esibe.core.ruleset.Ruleset;
import it.esibe.rules.Rulesets;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Decisions per second of this thread's CPU time, for each engine of {@link EvaluationBenchmark} on
 * the same applications: a cross-check of the JMH figures that holds when other processes share the
 * machine (JMH measures wall-clock time). Not a JMH benchmark; run after the agreement check:
 *
 * <pre>java -cp esibe-bench/target/benchmarks.jar it.esibe.bench.CpuTimeComparison [seconds]</pre>
 */
public final class CpuTimeComparison {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CpuTimeComparison() {
    }

    /** Runs each engine for the given seconds of warm-up and then of measurement, and prints the rates. */
    public static void main(String[] args) {
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 10;
        List<Application> apps = EvaluationBenchmark.pool();
        int mask = EvaluationBenchmark.POOL - 1;
        ApplicationEvaluator esibe = Esibe.evaluator().build();
        ApplicationEvaluator bare = Esibe.evaluator().explanations(false).build();
        Ruleset ruleset = Rulesets.interim();
        CriterionContext[] contexts = apps.stream().map(a -> CriterionContext.builder(a, ruleset.parameters(), Esibe.taxonomy()).explanations(false).build()).toArray(CriterionContext[]::new);
        Facts[] facts = apps.stream().map(a -> Facts.of(a, Esibe.taxonomy())).toArray(Facts[]::new);
        DroolsEngine drools = new DroolsEngine();
        EasyRulesEngine easy = new EasyRulesEngine();
        CamundaDmnEngine dmn = new CamundaDmnEngine();
        for (RuleEngine e : List.of(drools, easy, dmn)) {
            Agreement.check(esibe, Esibe.taxonomy(), e, apps);
        }
        List<Map<String, Object>> variables = java.util.Arrays.stream(facts).map(Facts::variables).toList();
        Map<String, IntConsumer> engines = new java.util.LinkedHashMap<>();
        engines.put("esibe", i -> esibe.evaluate(apps.get(i & mask)));
        engines.put("esibeWithoutExplanations", i -> bare.evaluate(apps.get(i & mask)));
        engines.put("esibeCriteriaOnly", i -> EvaluationBenchmark.CriteriaOnly.decide(ruleset.criteria(),
                contexts[i & mask]));
        engines.put("drools", i -> drools.decide(facts[i & mask]));
        engines.put("easyRules", i -> easy.decide(facts[i & mask]));
        engines.put("camundaDmn", i -> dmn.decide(variables.get(i & mask)));
        engines.forEach((name, engine) -> {
            run(engine, seconds);
            System.out.printf("%-26s %,12.0f decisions per CPU-second%n", name, run(engine, seconds));
        });
    }

    private static double run(IntConsumer engine, long seconds) {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long limit = cpu + seconds * 1_000_000_000L;
        int n = 0;
        while (THREADS.getCurrentThreadCpuTime() < limit) {
            for (int k = 0; k < 64; k++) {
                engine.accept(n++);
            }
        }
        return n * 1e9 / (THREADS.getCurrentThreadCpuTime() - cpu);
    }
}
