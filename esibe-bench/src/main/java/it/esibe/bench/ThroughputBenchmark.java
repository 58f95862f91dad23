package it.esibe.bench;

import it.esibe.core.model.Application;
import it.esibe.io.ApplicationFiles;
import it.esibe.io.ApplicationJson;
import it.esibe.io.DecisionLinesWriter;
import it.esibe.rules.Esibe;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole pipeline, file to decisions, at steady state: one operation decides a JSON Lines file
 * of {@link #APPLICATIONS} generated applications (strict reading, canonical SHA-256, validation,
 * the criteria, explanations, writing the decisions as JSON Lines to a null stream), against the
 * floor of the same file ({@link JacksonFloor}: parse each line into the model and write it back).
 *
 * <p>{@code threads} is the number of worker threads: {@code 1}, or {@code all}, the available
 * processors. ESIBE decides the whole file through {@link ApplicationFiles#parallel} on that many
 * workers (on one thread without an executor), decisions written in input order as the
 * command-line tool writes them. The floor, which has no threaded reader, runs one copy per worker
 * over its own slice of the file, a contiguous run of lines written to a file of its own in the
 * set-up; its operation ends when every slice is done.
 *
 * <p>The warm-up is long on purpose: the JIT compilers take tens of seconds to finish with the
 * pipeline, and until they do each operation is faster than the last ({@link Report} checks that
 * the measured iterations no longer fall).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 10, time = 3)
@Measurement(iterations = 8, time = 3)
@State(Scope.Benchmark)
public class ThroughputBenchmark {

    /** The number of applications in the file. */
    public static final int APPLICATIONS = 4000;

    /** Worker threads: 1, or "all" for {@link Runtime#availableProcessors()}. */
    @Param({"1", "all"})
    public String threads;

    private Path directory;
    private List<Path> slices;
    private Path whole;
    private ApplicationFiles pipeline;
    private JacksonFloor floor;
    private ExecutorService workers;

    /** Writes the slices, builds a pipeline per worker, and checks that both sides read every line. */
    @Setup(Level.Trial)
    public void setUp() throws IOException, InterruptedException, ExecutionException {
        int n = "all".equals(threads) ? Runtime.getRuntime().availableProcessors() : Integer.parseInt(threads);
        List<Application> applications = SyntheticApplications.generate(APPLICATIONS, SyntheticApplications.SEED);
        directory = Files.createTempDirectory("esibe-throughput-");
        slices = new ArrayList<>();
        whole = directory.resolve("whole.jsonl");
        try (Writer out = Files.newBufferedWriter(whole, StandardCharsets.UTF_8)) {
            for (Application a : applications) {
                out.write(ApplicationJson.write(a));
                out.write('\n');
            }
        }
        for (int w = 0; w < n; w++) {
            Path slice = directory.resolve("slice-" + w + ".jsonl");
            try (Writer out = Files.newBufferedWriter(slice, StandardCharsets.UTF_8)) {
                for (Application a : applications.subList(w * APPLICATIONS / n, (w + 1) * APPLICATIONS / n)) {
                    out.write(ApplicationJson.write(a));
                    out.write('\n');
                }
            }
            slices.add(slice);
        }
        floor = new JacksonFloor();
        workers = Executors.newFixedThreadPool(n);
        ApplicationFiles files = ApplicationFiles.using(Esibe.evaluator().build());
        pipeline = n == 1 ? files : files.parallel(workers, n);
        if (esibe() != APPLICATIONS || jacksonFloor() != APPLICATIONS) {
            throw new IllegalStateException("a pipeline did not read every line of " + directory);
        }
    }

    /** Stops the workers and deletes the slices. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        workers.shutdownNow();
        for (Path slice : slices) {
            Files.deleteIfExists(slice);
        }
        Files.deleteIfExists(whole);
        Files.deleteIfExists(directory);
    }

    /** ESIBE: the whole file to JSON Lines decisions, on the workers; returns the decisions written. */
    @Benchmark
    public long esibe() throws IOException {
        try (DecisionLinesWriter out = new DecisionLinesWriter(OutputStream.nullOutputStream())) {
            return pipeline.decide(whole, out);
        }
    }

    /** The floor: every slice parsed into the model and written back by Jackson, each on its worker. */
    @Benchmark
    public long jacksonFloor() throws InterruptedException, ExecutionException {
        List<Future<Long>> done = new ArrayList<>();
        for (Path slice : slices) {
            done.add(workers.submit(() -> floor.copy(slice, OutputStream.nullOutputStream())));
        }
        return total(done);
    }

    private static long total(List<Future<Long>> done) throws InterruptedException, ExecutionException {
        long total = 0;
        for (Future<Long> f : done) {
            total += f.get();
        }
        return total;
    }
}
