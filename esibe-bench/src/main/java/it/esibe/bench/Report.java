package it.esibe.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoublePredicate;
import org.jspecify.annotations.Nullable;

/**
 * Reads the JSON results of one JMH run of the suite and prints, in Markdown: each benchmark with
 * its score, its CPU time per operation ({@link CpuTimeProfiler}) and whether it reached steady
 * state; then the table of ratios of docs/PERFORMANCE.md, with the goals of issue 15.
 *
 * <p><b>Steady state.</b> A benchmark is steady when, over its measured iterations, the median CPU
 * time per operation of the second half is at most {@value #TOLERANCE_PERCENT} % below that of the
 * first half: the JIT compilers have finished, so operations no longer get cheaper. A benchmark
 * that is still getting cheaper fails the run (status 1): its score says more about the warm-up
 * than about ESIBE. The wall-clock score is checked the same way but only warned about, since on a
 * shared machine it also moves with other processes' load. Single-shot benchmarks (the first
 * decision in a fresh JVM) measure a cold start on purpose and are not checked.
 *
 * <pre>java -cp esibe-bench/target/benchmarks.jar it.esibe.bench.Report jmh-result.json</pre>
 */
public final class Report {

    /** How much cheaper the second half of the measurement may be than the first, in percent. */
    static final int TOLERANCE_PERCENT = 5;

    private final Map<String, Entry> entries = new LinkedHashMap<>();

    /** One benchmark's results; {@code cpu} in ns per operation, when measured. */
    record Entry(String name, String mode, double score, double error, String unit, double[][] wall,
            double @Nullable [][] cpu) {

        /** Lower is better, unless the score is a rate. */
        boolean lowerIsBetter() {
            return !unit.startsWith("ops/");
        }
    }

    private Report(JsonNode results) {
        for (JsonNode b : results) {
            String name = b.get("benchmark").asText().replaceFirst("^it\\.esibe\\.bench\\.", "");
            JsonNode params = b.get("params");
            if (params != null && params.size() > 0) {
                List<String> ps = new ArrayList<>();
                for (Iterator<Map.Entry<String, JsonNode>> it = params.fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> p = it.next();
                    ps.add(p.getKey() + "=" + p.getValue().asText());
                }
                name += "[" + String.join(",", ps) + "]";
            }
            JsonNode primary = b.get("primaryMetric");
            JsonNode cpu = b.path("secondaryMetrics").get(CpuTimeProfiler.LABEL);
            entries.put(name, new Entry(name, b.get("mode").asText(), primary.get("score").asDouble(),
                    primary.get("scoreError").asDouble(Double.NaN), primary.get("scoreUnit").asText(),
                    raw(primary.get("rawData")), cpu == null ? null : raw(cpu.get("rawData"))));
        }
    }

    private static double[][] raw(JsonNode forks) {
        double[][] out = new double[forks.size()][];
        for (int f = 0; f < forks.size(); f++) {
            JsonNode it = forks.get(f);
            out[f] = new double[it.size()];
            for (int i = 0; i < it.size(); i++) {
                out[f][i] = it.get(i).asDouble();
            }
        }
        return out;
    }

    /** Prints the report of {@code json}; exits with status 1 when a benchmark did not reach steady state. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: Report JMH_RESULT.json");
        }
        System.exit(print(Path.of(args[0]), System.out) ? 0 : 1);
    }

    /** Prints the report of the JMH results in {@code json}; returns whether every benchmark was steady. */
    public static boolean print(Path json, PrintStream out) throws IOException {
        return new Report(new ObjectMapper().readTree(json.toFile())).print(out);
    }

    private boolean print(PrintStream out) {
        boolean steady = true;
        out.println("| benchmark | score | CPU per operation | steady state (CPU; wall) |");
        out.println("|---|---|---|---|");
        for (Entry e : entries.values()) {
            String check;
            if ("ss".equals(e.mode())) {
                check = "single shot, not checked";
            } else {
                Optional<String> cpuFall = e.cpu() == null ? Optional.of("no CPU time measured")
                        : falling(e.cpu(), true);
                Optional<String> wallFall = falling(e.wall(), e.lowerIsBetter());
                steady &= cpuFall.isEmpty();
                check = cpuFall.map(f -> "**NOT STEADY**: " + f).orElse("yes")
                        + wallFall.map(f -> "; wall still falling: " + f).orElse("; yes");
            }
            out.printf(Locale.ROOT, "| `%s` | %s ± %s %s | %s | %s |%n", e.name(), number(e.score()), number(e.error()),
                    e.unit(), e.cpu() == null ? "" : number(mean(e.cpu()) / 1000) + " µs", check);
        }
        out.println();
        out.println("| ratio (CPU time per application, whole process; wall clock in brackets) | measured | goal | met? |");
        out.println("|---|---|---|---|");
        ratio(out, "end to end, steady state, 1 thread: ESIBE ÷ Jackson parse-and-write", "ThroughputBenchmark.esibe[threads=1]",
                "ThroughputBenchmark.jacksonFloor[threads=1]", "≤ 2", r -> r <= 2);
        ratio(out, "end to end, steady state, all threads: ESIBE ÷ Jackson parse-and-write", "ThroughputBenchmark.esibe[threads=all]",
                "ThroughputBenchmark.jacksonFloor[threads=all]", "", null);
        speedup(out, "ThroughputBenchmark.esibe[threads=1]", "ThroughputBenchmark.esibe[threads=all]");
        perDecision(out, "ESIBE ÷ Easy Rules, decisions per CPU-second", "esibe", "easyRules", "≥ 2", r -> r >= 2);
        perDecision(out, "ESIBE ÷ Drools, decisions per CPU-second", "esibe", "drools", "≥ 10", r -> r >= 10);
        perDecision(out, "ESIBE ÷ Camunda DMN, decisions per CPU-second", "esibe", "camundaDmn", "", null);
        perDecision(out, "ESIBE without explanations ÷ Easy Rules", "esibeWithoutExplanations", "easyRules", "", null);
        perDecision(out, "ESIBE without explanations ÷ Drools", "esibeWithoutExplanations", "drools", "", null);
        ratio(out, "ESIBE's criteria alone ÷ the plain loop, time per decision", "EvaluationBenchmark.esibeCriteriaOnly",
                "EvaluationBenchmark.plainLoop", "≤ 2", r -> r <= 2);
        perDecision(out, "ESIBE's criteria alone ÷ Easy Rules", "esibeCriteriaOnly", "easyRules", "", null);
        perDecision(out, "ESIBE's criteria alone ÷ Drools", "esibeCriteriaOnly", "drools", "", null);
        Entry first = entries.get("FirstDecisionBenchmark.firstDecision");
        if (first != null) {
            out.printf(Locale.ROOT, "| first decision in a fresh JVM, library only (`Esibe.evaluator().build()` and one `evaluate`) "
                    + "| %s ± %s %s | | |%n", number(first.score()), number(first.error()), first.unit());
        }
        Entry whole = entries.get("ThroughputBenchmark.esibe[threads=1]");
        if (whole != null && whole.cpu() != null) {
            out.printf(Locale.ROOT, "| ESIBE end to end, 1 thread: applications per CPU-second | %s | | |%n",
                    number(ThroughputBenchmark.APPLICATIONS / (mean(whole.cpu()) / 1e9)));
        }
        out.println();
        out.println(steady ? "Every benchmark reached steady state."
                : "**Some benchmarks did not reach steady state**: their figures are not comparable; lengthen their warm-up.");
        return steady;
    }

    /** Whether a metric was still getting better over the measured iterations: what it did, if so. */
    static Optional<String> falling(double[][] forks, boolean lowerIsBetter) {
        for (double[] iterations : forks) {
            if (iterations.length < 4) {
                return Optional.of("fewer than 4 measured iterations");
            }
            int half = iterations.length / 2;
            double first = median(Arrays.copyOfRange(iterations, 0, half));
            double last = median(Arrays.copyOfRange(iterations, iterations.length - half, iterations.length));
            double gain = lowerIsBetter ? (first - last) / first : (last - first) / first;
            if (gain * 100 > TOLERANCE_PERCENT) {
                return Optional.of(String.format(Locale.ROOT, "%.0f %% better in the second half", gain * 100));
            }
        }
        return Optional.empty();
    }

    private void ratio(PrintStream out, String label, String over, String under, String goal,
            @Nullable DoublePredicate met) {
        Entry a = entries.get(over);
        Entry b = entries.get(under);
        if (a == null || b == null || a.cpu() == null || b.cpu() == null) {
            out.printf("| %s | not measured | %s | |%n", label, goal);
            return;
        }
        double r = mean(a.cpu()) / mean(b.cpu());
        double wall = a.lowerIsBetter() ? a.score() / b.score() : b.score() / a.score();
        out.printf(Locale.ROOT, "| %s | %.2f (%.2f) | %s | %s |%n", label, r, wall, goal,
                met == null ? "" : met.test(r) ? "yes" : "**no**");
    }

    /** ESIBE over another engine in decisions per CPU-second: the other's CPU per decision over ESIBE's. */
    private void perDecision(PrintStream out, String label, String esibe, String other, String goal,
            @Nullable DoublePredicate met) {
        ratio(out, label, "EvaluationBenchmark." + other, "EvaluationBenchmark." + esibe, goal, met);
    }

    private void speedup(PrintStream out, String one, String all) {
        Entry a = entries.get(one);
        Entry b = entries.get(all);
        if (a == null || b == null) {
            out.println("| ESIBE end to end, all threads ÷ 1 thread, files per second | not measured | | |");
            return;
        }
        out.printf(Locale.ROOT, "| ESIBE end to end, all threads ÷ 1 thread, files per second (wall clock; "
                + "the whole file through ApplicationFiles.parallel, output in input order) | %.2f | | |%n", a.score() / b.score());
        // The CPU the machine left to each run: on a shared machine, other processes take the rest.
        for (Entry e : List.of(a, b)) {
            if (e.cpu() != null && "ms/op".equals(e.unit())) {
                out.printf(Locale.ROOT, "| `%s`: processors the run kept busy (CPU time ÷ wall time), of %d | %.2f | | |%n",
                        e.name(), Runtime.getRuntime().availableProcessors(), mean(e.cpu()) / 1e6 / e.score());
            }
        }
    }

    private static double mean(double[][] forks) {
        return Arrays.stream(forks).flatMapToDouble(Arrays::stream).average().orElse(Double.NaN);
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static String number(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Math.abs(v) >= 100) {
            return String.format(Locale.ROOT, "%,.0f", v).replace(',', ' ');
        }
        return String.format(Locale.ROOT, "%.3g", v);
    }
}
