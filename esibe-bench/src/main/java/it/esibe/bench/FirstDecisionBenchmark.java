package it.esibe.bench;

import it.esibe.core.decision.Decision;
import it.esibe.core.model.Application;
import it.esibe.rules.Esibe;
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
 * Time to the first decision in a fresh JVM: building the evaluator (rules, taxonomy, messages,
 * Hibernate Validator's start-up) and deciding one application, once per fork. The application is
 * built in the set-up; only the model's records are loaded before the measurement.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(10)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@State(Scope.Thread)
public class FirstDecisionBenchmark {

    private Application application;

    /** Builds the application, outside the measurement. */
    @Setup
    public void setUp() {
        application = SampleApplication.eligible();
    }

    /** {@code Esibe.evaluator().build()} and the first {@code evaluate}. */
    @Benchmark
    public Decision firstDecision() {
        return Esibe.evaluator().build().evaluate(application);
    }
}
