package it.esibe.bench;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * The CPU time of the whole benchmark process per operation, every thread counted (the benchmark's
 * and the workers', the JIT compilers' and the garbage collector's), as the secondary result
 * {@value #LABEL} in nanoseconds. On a machine that other processes share, the wall-clock score
 * moves with their load and this hardly does: ratios between benchmarks are taken from it.
 *
 * <pre>java -jar esibe-bench/target/benchmarks.jar -prof it.esibe.bench.CpuTimeProfiler ...</pre>
 */
public final class CpuTimeProfiler implements InternalProfiler {

    /** The name of the result. */
    public static final String LABEL = "cpu.time.per.op";

    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private long start;

    @Override
    public String getDescription() {
        return "CPU time of the whole process per operation, every thread counted";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        start = os.getProcessCpuTime();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
            IterationResult result) {
        long cpu = os.getProcessCpuTime() - start;
        long ops = Math.max(1, result.getMetadata().getAllOps());
        return List.of(new ScalarResult(LABEL, (double) cpu / ops, "ns/op", AggregationPolicy.AVG));
    }
}
