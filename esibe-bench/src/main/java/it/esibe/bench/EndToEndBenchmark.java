package it.esibe.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
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
 * End to end: a JSON Lines file of {@code n} applications to a JSON Lines stream of decisions
 * (strict reading, canonical SHA-256, validation, the criteria, writing), against the floor: plain
 * Jackson data binding of the same file into the model's records, with nothing checked.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class EndToEndBenchmark {

    /** The number of applications in the file. */
    @Param("5000")
    public int n;

    private Path file;
    private ApplicationFiles files;
    private ObjectReader jackson;

    /** Writes the file and checks that both sides read all of it. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        List<Application> applications = SyntheticApplications.generate(n, SyntheticApplications.SEED);
        file = Files.createTempFile("esibe-bench-", ".jsonl");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Application a : applications) {
                w.write(ApplicationJson.write(a));
                w.write('\n');
            }
        }
        files = ApplicationFiles.using(Esibe.evaluator().build());
        jackson = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readerFor(Application.class);
        List<Application> parsed = new ArrayList<>();
        try (MappingIterator<Application> it = jackson.readValues(file.toFile())) {
            it.forEachRemaining(parsed::add);
        }
        if (!parsed.equals(applications)) {
            throw new IllegalStateException("the parse floor did not read the applications that were written");
        }
        if (decide() != n) {
            throw new IllegalStateException("ESIBE did not decide every line");
        }
    }

    /** Deletes the file. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
    }

    /** ESIBE: file to decisions, written as JSON Lines to a null stream. */
    @Benchmark
    public long decide() throws IOException {
        try (DecisionLinesWriter out = new DecisionLinesWriter(OutputStream.nullOutputStream())) {
            return files.decide(file, out);
        }
    }

    /** The floor: Jackson binds every line to an {@link Application}. */
    @Benchmark
    public long parseFloor() throws IOException {
        long count = 0;
        try (MappingIterator<Application> it = jackson.readValues(file.toFile())) {
            while (it.hasNext()) {
                if (it.next() != null) {
                    count++;
                }
            }
        }
        return count;
    }

}
