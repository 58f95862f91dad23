package it.esibe.bench;

import it.esibe.core.decision.Decision;
import it.esibe.core.model.Application;
import it.esibe.rules.Esibe;
import java.lang.management.ManagementFactory;

/**
 * Prints how long the first decision takes in this JVM: from library entry, and from the JVM's
 * start (which adds the JVM's own start-up and loading this class).
 *
 * <pre>java -cp esibe-bench/target/benchmarks.jar it.esibe.bench.FirstDecision</pre>
 */
public final class FirstDecision {

    private FirstDecision() {
    }

    /** Runs one decision and prints the two times in milliseconds. */
    public static void main(String[] args) {
        Application application = SampleApplication.eligible();
        long entry = System.nanoTime();
        Decision d = Esibe.evaluator().build().evaluate(application);
        long libraryNanos = System.nanoTime() - entry;
        long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.printf("outcome %s%nlibrary (build + first evaluate): %.1f ms%nsince JVM start: %d ms%n",
                d.outcome(), libraryNanos / 1e6, sinceStart);
    }
}
