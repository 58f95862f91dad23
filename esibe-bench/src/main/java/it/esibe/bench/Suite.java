package it.esibe.bench;

import java.nio.file.Path;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the benchmarks as docs/PERFORMANCE.md does, in one JMH run: every benchmark (or those the
 * arguments select, with JMH's own options), with the CPU time per operation
 * ({@link CpuTimeProfiler}) and the allocation per operation (JMH's {@code gc} profiler), the
 * results written as JSON; then prints the {@link Report} and exits with status 1 when a benchmark
 * did not reach steady state.
 *
 * <pre>java -cp esibe-bench/target/benchmarks.jar it.esibe.bench.Suite [JMH options] [benchmark regex]</pre>
 *
 * <p>The results go to {@code jmh-result.json} unless {@code -rff FILE} says otherwise.
 */
public final class Suite {

    private Suite() {
    }

    /** Runs the benchmarks, then the report. */
    public static void main(String[] args) throws Exception {
        CommandLineOptions cli = new CommandLineOptions(args);
        Path json = Path.of(cli.getResult().orElse("jmh-result.json"));
        Options options = new OptionsBuilder().parent(cli)
                .addProfiler(CpuTimeProfiler.class)
                .addProfiler(GCProfiler.class)
                .resultFormat(ResultFormatType.JSON)
                .result(json.toString())
                .build();
        new Runner(options).run();
        System.out.println();
        System.exit(Report.print(json, System.out) ? 0 : 1);
    }
}
