package it.esibe.rules;

import static org.assertj.core.api.Assertions.assertThat;

import it.esibe.core.ApplicationEvaluator;
import it.esibe.core.decision.Decision;
import it.esibe.core.decision.Outcome;
import it.esibe.core.model.Application;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One evaluator shared by many threads gives exactly the decisions a single thread gives: the
 * evaluator, the criteria, the SME calculator, the taxonomy and the message and validator caches
 * hold no state that one evaluation could leak into another.
 *
 * <p>The applications are generated with the fixed seed of {@link Generators}; one in ten is made
 * invalid so that validation and its messages run concurrently too. The shared evaluator works
 * first, so its caches start as cold as the JVM allows; the single-threaded reference comes after,
 * from a separate evaluator.
 */
class ConcurrencyTest {

    static final int APPLICATIONS = 2000;
    /** Applications of the second test, which builds sixteen evaluators. */
    static final int FEWER = 500;
    static final int THREADS = 8;

    static List<Application> applications;
    static ExecutorService pool;

    @BeforeAll
    static void generate() {
        List<Application> apps = new ArrayList<>();
        Generators.qt().withExamples(APPLICATIONS).forAll(Generators.applications()).checkAssert(app -> {
            if (apps.size() % 10 == 9) {
                app.vat = "IT00743110158"; // wrong check digit (ESIBE-FORMAT-v1, company.vatNumber)
            }
            app.id = "GEN-" + apps.size();
            apps.add(app.build());
        });
        applications = List.copyOf(apps);
        pool = Executors.newFixedThreadPool(THREADS);
    }

    @AfterAll
    static void stop() {
        pool.shutdownNow();
    }

    @Test
    void aSharedEvaluatorDecidesAsASingleThread() throws Exception {
        ApplicationEvaluator shared = Esibe.evaluator().build();
        List<List<Decision>> perThread = concurrently(applications, i -> shared);
        List<Decision> reference = applications.stream().map(Esibe.evaluator().build()::evaluate).toList();
        assertThat(reference).hasSize(APPLICATIONS).extracting(Decision::outcome)
                .as("a set that exercises every outcome").contains(Outcome.values());
        for (int t = 0; t < THREADS; t++) {
            assertThat(perThread.get(t)).as("thread %d", t).containsExactlyElementsOf(reference);
        }
    }

    @Test
    void evaluatorsBuiltConcurrentlyInBothLanguagesDecideAsASingleThread() throws Exception {
        List<Application> apps = applications.subList(0, FEWER);
        List<List<Decision>> perThread = concurrently(apps,
                i -> Esibe.evaluator().locale(i % 2 == 0 ? Locale.ITALIAN : Locale.ENGLISH).build());
        List<Decision> italian = apps.stream().map(Esibe.evaluator().locale(Locale.ITALIAN).build()::evaluate)
                .toList();
        List<Decision> english = apps.stream().map(Esibe.evaluator().build()::evaluate).toList();
        assertThat(italian).as("the languages must differ somewhere, or this test proves nothing")
                .isNotEqualTo(english);
        for (int t = 0; t < THREADS; t++) {
            assertThat(perThread.get(t)).as("thread %d", t).containsExactlyElementsOf(t % 2 == 0 ? italian : english);
        }
    }

    /**
     * Every thread decides every application, each in its own shuffled order, all starting together;
     * the result lists are back in input order.
     */
    private static List<List<Decision>> concurrently(List<Application> apps,
            Function<Integer, ApplicationEvaluator> evaluatorOfThread) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Decision>>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            Callable<List<Decision>> task = () -> {
                List<Integer> order = new ArrayList<>();
                for (int i = 0; i < apps.size(); i++) {
                    order.add(i);
                }
                Collections.shuffle(order, new Random(Generators.SEED + thread));
                start.await();
                ApplicationEvaluator evaluator = evaluatorOfThread.apply(thread);
                Decision[] decisions = new Decision[apps.size()];
                for (int i : order) {
                    decisions[i] = evaluator.evaluate(apps.get(i));
                }
                return List.of(decisions);
            };
            futures.add(pool.submit(task));
        }
        start.countDown();
        List<List<Decision>> results = new ArrayList<>();
        for (Future<List<Decision>> f : futures) {
            results.add(f.get());
        }
        return results;
    }
}
