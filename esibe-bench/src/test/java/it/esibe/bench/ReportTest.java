package it.esibe.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report of a JMH run: the steady-state check and the ratios, on hand-made results. */
class ReportTest {

    @TempDir
    Path dir;

    /** One benchmark in JMH's JSON: wall-clock and CPU iterations of one fork. */
    private static String benchmark(String name, String mode, String unit, double[] wall, double[] cpu) {
        return "{\"benchmark\":\"it.esibe.bench." + name + "\",\"mode\":\"" + mode + "\",\"params\":{},"
                + "\"primaryMetric\":{\"score\":" + Arrays.stream(wall).average().orElseThrow() + ",\"scoreError\":1.0,"
                + "\"scoreUnit\":\"" + unit + "\",\"rawData\":[" + array(wall) + "]},"
                + "\"secondaryMetrics\":{\"" + CpuTimeProfiler.LABEL + "\":{\"score\":0,\"scoreUnit\":\"ns/op\",\"rawData\":["
                + array(cpu) + "]}}}";
    }

    private static String array(double[] values) {
        return Arrays.stream(values).mapToObj(Double::toString).collect(Collectors.joining(",", "[", "]"));
    }

    private String report(List<String> benchmarks, boolean[] steady) throws IOException {
        Path json = dir.resolve("result.json");
        Files.writeString(json, "[" + String.join(",", benchmarks) + "]");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        steady[0] = Report.print(json, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static final double[] FLAT_OPS = {100_000, 97_000, 103_000, 99_000, 101_000, 100_500};

    @Test
    void aRunWhoseCostNoLongerFallsIsSteadyAndTheRatiosComeFromTheCpuTime() throws IOException {
        boolean[] steady = new boolean[1];

        String out = report(List.of(
                benchmark("EvaluationBenchmark.esibeCriteriaOnly", "thrpt", "ops/s", FLAT_OPS,
                        new double[] {20_000, 21_000, 19_000, 20_500, 19_500, 20_000}),
                benchmark("EvaluationBenchmark.plainLoop", "thrpt", "ops/s", FLAT_OPS,
                        new double[] {5_000, 5_100, 4_900, 5_000, 5_000, 5_000})), steady);

        assertThat(steady[0]).isTrue();
        assertThat(out).contains("Every benchmark reached steady state.")
                .contains("| ESIBE's criteria alone ÷ the plain loop, time per decision | 4.00 (1.00) | ≤ 2 | **no** |")
                .contains("| `EvaluationBenchmark.plainLoop` | 100 083 ± 1.00 ops/s | 5.00 µs | yes; yes |")
                .contains("| ESIBE ÷ Easy Rules, decisions per CPU-second | not measured | ≥ 2 | |");
    }

    @Test
    void aBenchmarkStillGettingCheaperFailsTheRun() throws IOException {
        boolean[] steady = new boolean[1];

        // Milliseconds per file falling, and the CPU time with them: the JIT compilers are not done.
        String out = report(List.of(benchmark("ThroughputBenchmark.esibe", "avgt", "ms/op",
                new double[] {3_500, 2_400, 1_700, 1_300, 1_100, 1_000}, new double[] {4e9, 2.6e9, 1.8e9, 1.4e9, 1.1e9, 1e9})),
                steady);

        assertThat(steady[0]).isFalse();
        assertThat(out).contains("**NOT STEADY**").contains("**Some benchmarks did not reach steady state**");
    }

    @Test
    void aWallClockThatFallsAloneIsOnlyWarnedAbout() throws IOException {
        boolean[] steady = new boolean[1];

        // The other processes' load went away half-way: wall time fell, CPU time did not.
        String out = report(List.of(benchmark("ThroughputBenchmark.jacksonFloor", "avgt", "ms/op",
                new double[] {200, 210, 190, 120, 125, 118}, new double[] {1e8, 1.01e8, 0.99e8, 1e8, 1e8, 1.005e8})),
                steady);

        assertThat(steady[0]).isTrue();
        assertThat(out).contains("yes; wall still falling: ");
    }

    @Test
    void fallingLooksAtTheDirectionOfTheMetricAndToleratesFivePercent() {
        double[][] rising = {{100, 100, 100, 106, 106, 106}};
        double[][] slightlyRising = {{100, 100, 100, 104, 104, 104}};

        // A rate that rises is getting better; a time that rises is getting worse.
        assertThat(Report.falling(rising, false)).isPresent();
        assertThat(Report.falling(rising, true)).isEmpty();
        assertThat(Report.falling(slightlyRising, false)).isEmpty();
        assertThat(Report.falling(new double[][] {{106, 106, 106, 100, 100, 100}}, true)).isPresent();
        assertThat(Report.falling(new double[][] {{1, 1, 1}}, true)).contains("fewer than 4 measured iterations");
    }

    @Test
    void singleShotBenchmarksAreNotChecked() throws IOException {
        boolean[] steady = new boolean[1];

        String out = report(List.of(benchmark("FirstDecisionBenchmark.firstDecision", "ss", "ms/op",
                new double[] {1_400, 900}, new double[] {2e9, 1.5e9})), steady);

        assertThat(steady[0]).isTrue();
        assertThat(out).contains("single shot, not checked").contains("first decision in a fresh JVM");
    }
}
